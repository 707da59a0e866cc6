using AntqDomain.Language;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>The names of forces and units no longer in use (<i>lực lượng, đơn vị không còn</i>), checked by ANTQ316.</summary>
internal static class OutdatedNames
{
    /// <summary>The Law on Forces Participating in Protecting Security and Order at the Grassroots took force on 2024-07-01.</summary>
    public static readonly LocalDate GrassrootsForcesLaw = new(2024, 7, 1);

    /// <summary>
    /// Forces and units that ceased to exist, with the day and what replaced them (ANTQ316). The text scan looks for
    /// their folded forms with its cues, so the rule searches a name only in the pieces of text that hold it.
    /// </summary>
    public static readonly (SpelledPhrase Name, LocalDate Since, string InsteadVi, string InsteadEn)[] All =
    [
        (new("bảo vệ dân phố"), GrassrootsForcesLaw, "lực lượng bảo vệ dân phố được thay bằng Tổ bảo vệ an ninh, trật tự ở cơ sở", "neighbourhood guards were replaced by the grassroots security and order teams"),
        (new("công an viên"), GrassrootsForcesLaw, "công an viên được thay bằng Tổ bảo vệ an ninh, trật tự ở cơ sở", "part-time commune police were replaced by the grassroots security and order teams"),
        (new("công an xã, phường, thị trấn"), Administration.UnitType.FirstDayOfTwoTiers, "thị trấn không còn từ khi tổ chức chính quyền địa phương hai cấp; nay là Công an xã, phường, đặc khu", "townships ended with the two-tier local government; now Công an xã, phường, đặc khu"),
        (new("công an huyện"), Administration.UnitType.DistrictPoliceEnded, "Công an cấp huyện kết thúc hoạt động; nhiệm vụ chuyển về Công an tỉnh và Công an xã, phường", "district police ended; their tasks went to the province police and the commune and ward police"),
        (new("công an quận"), Administration.UnitType.DistrictPoliceEnded, "Công an cấp huyện kết thúc hoạt động; nhiệm vụ chuyển về Công an tỉnh và Công an xã, phường", "district police ended; their tasks went to the province police and the commune and ward police"),
        (new("công an thị xã"), Administration.UnitType.DistrictPoliceEnded, "Công an cấp huyện kết thúc hoạt động; nhiệm vụ chuyển về Công an tỉnh và Công an xã, phường", "district police ended; their tasks went to the province police and the commune and ward police"),
        (new("xã, phường, thị trấn"), Administration.UnitType.FirstDayOfTwoTiers, "thị trấn không còn từ khi tổ chức chính quyền địa phương hai cấp; nay là xã, phường, đặc khu", "townships ended with the two-tier local government; now xã, phường, đặc khu"),
    ];

    private const string DistrictEndedVi = "cấp huyện kết thúc hoạt động khi tổ chức chính quyền địa phương hai cấp; nhiệm vụ chuyển về cấp tỉnh và cấp xã";
    private const string DistrictEndedEn = "the district level ended with the two-tier local government; its tasks went to the province and the communes";
    private const string TownshipEndedVi = "thị trấn không còn từ khi tổ chức chính quyền địa phương hai cấp; nay là xã, phường, đặc khu";
    private const string TownshipEndedEn = "townships ended with the two-tier local government; now communes, wards and special zones";

    /// <summary>
    /// Bodies of the district level and of townships (<i>cơ quan cấp huyện, thị trấn</i>), which ended on
    /// <see cref="Administration.UnitType.FirstDayOfTwoTiers"/>: "Ban Chỉ đạo 138 các huyện", "UBND huyện …", "Huyện ủy",
    /// "Công an thị trấn", "các xã, thị trấn" (ANTQ316). Only plans dated from then look for them, with their own search
    /// (<see cref="EndedLevelSet"/>), so the text scan every plan pays for does not grow. Words whose tone mark may sit on
    /// either vowel ("ủy"/"uỷ") are listed both ways, since a name is found only as spelled.
    /// </summary>
    public static readonly (SpelledPhrase Name, string InsteadVi, string InsteadEn)[] EndedLevels =
    [
        .. Names(DistrictEndedVi, DistrictEndedEn,
            "các huyện", "138 huyện", "138 quận", "138 thị xã",
            "ubnd huyện", "ubnd quận", "ubnd thị xã", "ubnd cấp huyện",
            "nhân dân huyện", "nhân dân quận", "nhân dân thị xã", "nhân dân cấp huyện",
            "chỉ đạo cấp huyện", "công an cấp huyện",
            "huyện ủy", "huyện uỷ", "quận ủy", "quận uỷ", "thị ủy", "thị uỷ"),
        .. Names(TownshipEndedVi, TownshipEndedEn,
            "xã, thị trấn", "ubnd thị trấn", "nhân dân thị trấn", "công an thị trấn", "138 thị trấn"),
    ];

    /// <summary>The folded forms of <see cref="EndedLevels"/>, looked for together.</summary>
    public static readonly PhraseSet EndedLevelSet = new(EndedLevels.Select(n => n.Name.Folded));

    /// <summary>
    /// The bit of each of <see cref="EndedLevels"/> in the answers of <see cref="EndedLevelSet"/> (two spellings of one
    /// name share their folded form, hence their bit).
    /// </summary>
    public static readonly ulong[] EndedLevelBits = [.. EndedLevels.Select(n => EndedLevelSet.Bits([n.Name.Folded]))];

    private static IEnumerable<(SpelledPhrase, string, string)> Names(string insteadVi, string insteadEn, params string[] names)
        => names.Select(n => (new SpelledPhrase(n), insteadVi, insteadEn));
}
