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
}
