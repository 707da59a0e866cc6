using System.Collections.Frozen;

namespace AntqDomain.Documents;

/// <summary>
/// The abbreviation of an administrative document type (<em>chữ viết tắt tên loại văn bản</em>, Decree 30/2020/NĐ-CP
/// annex III), e.g. <c>KH</c> for a plan (<em>Kế hoạch</em>) or <c>QĐ</c> for a decision (<em>Quyết định</em>).
/// </summary>
public readonly record struct DocumentTypeCode
{
    private static readonly FrozenDictionary<string, (string Vi, string En)> Known = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["NQ"] = ("Nghị quyết", "Resolution"),
        ["QĐ"] = ("Quyết định", "Decision"),
        ["CT"] = ("Chỉ thị", "Directive"),
        ["QC"] = ("Quy chế", "Regulation"),
        ["QyĐ"] = ("Quy định", "Rule"),
        ["TC"] = ("Thông cáo", "Communiqué"),
        ["TB"] = ("Thông báo", "Notice"),
        ["HD"] = ("Hướng dẫn", "Guidance"),
        ["CTr"] = ("Chương trình", "Programme"),
        ["KH"] = ("Kế hoạch", "Plan"),
        ["PA"] = ("Phương án", "Option plan"),
        ["ĐA"] = ("Đề án", "Scheme"),
        ["DA"] = ("Dự án", "Project"),
        ["BC"] = ("Báo cáo", "Report"),
        ["BB"] = ("Biên bản", "Minutes"),
        ["TTr"] = ("Tờ trình", "Submission"),
        ["HĐ"] = ("Hợp đồng", "Contract"),
        ["CĐ"] = ("Công điện", "Official telegram"),
        ["GUQ"] = ("Giấy ủy quyền", "Power of attorney"),
        ["GM"] = ("Giấy mời", "Invitation"),
        ["GGT"] = ("Giấy giới thiệu", "Letter of introduction"),
        ["GNP"] = ("Giấy nghỉ phép", "Leave permit"),
        ["PG"] = ("Phiếu gửi", "Dispatch slip"),
        ["PC"] = ("Phiếu chuyển", "Transfer slip"),
        ["PB"] = ("Phiếu báo", "Notification slip"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Creates a type code from its abbreviation (known or not; see <see cref="IsKnown"/>).</summary>
    /// <param name="abbreviation">The abbreviation, e.g. "KH".</param>
    public DocumentTypeCode(string abbreviation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(abbreviation);
        Abbreviation = abbreviation;
    }

    /// <summary>The plan type, <c>KH</c> (<em>Kế hoạch</em>).</summary>
    public static DocumentTypeCode Plan { get; } = new("KH");

    /// <summary>The decision type, <c>QĐ</c> (<em>Quyết định</em>).</summary>
    public static DocumentTypeCode Decision { get; } = new("QĐ");

    /// <summary>The abbreviation as written in the symbol.</summary>
    public string Abbreviation { get; }

    /// <summary>Whether Decree 30/2020 annex III lists this abbreviation.</summary>
    public bool IsKnown => Abbreviation is not null && Known.ContainsKey(Abbreviation);

    /// <summary>The Vietnamese name of the type, or null when unknown.</summary>
    public string? NameVi => Abbreviation is not null && Known.TryGetValue(Abbreviation, out var n) ? n.Vi : null;

    /// <summary>The English name of the type, or null when unknown.</summary>
    public string? NameEn => Abbreviation is not null && Known.TryGetValue(Abbreviation, out var n) ? n.En : null;

    /// <summary>Whether <paramref name="abbreviation"/> is a type listed in annex III.</summary>
    /// <param name="abbreviation">The abbreviation, e.g. "KH".</param>
    /// <returns>True when annex III lists it.</returns>
    public static bool IsKnownAbbreviation(string abbreviation) => Known.ContainsKey(abbreviation);

    /// <summary>All abbreviations of annex III.</summary>
    public static IEnumerable<string> KnownAbbreviations => Known.Keys;

    /// <summary>The abbreviation.</summary>
    /// <returns>The abbreviation, or an empty text.</returns>
    public override string ToString() => Abbreviation ?? string.Empty;
}
