using System.Collections.Immutable;
using NodaTime;
using AntqDomain.Language;

namespace AntqDomain.Administration;

/// <summary>
/// The 2025 reorganisation of the provinces, 63 → 34 (<em>sắp xếp đơn vị hành chính cấp tỉnh năm 2025</em>), as data:
/// the 29 provinces that were merged into another and the province each became part of. The new provinces operate
/// from 1 July 2025. Source: the National Assembly's resolution of 12 June 2025 on the reorganisation of
/// provincial-level units (numbered 202/2025/QH15 as this library records it; the scheme was checked against the
/// published list of mergers). Eleven provinces and cities were not merged; the others kept the name of one of the
/// merged units.
/// </summary>
public static class ProvinceMergers
{
    /// <summary>The first day the merged provinces operate.</summary>
    public static readonly LocalDate EffectiveOn = new(2025, 7, 1);

    /// <summary>The provinces merged into another, with their successors.</summary>
    public static ImmutableArray<ProvinceMerger> All { get; } =
    [
        new("Hà Giang", "Tuyên Quang"),
        new("Yên Bái", "Lào Cai"),
        new("Bắc Kạn", "Thái Nguyên"),
        new("Vĩnh Phúc", "Phú Thọ"),
        new("Hòa Bình", "Phú Thọ"),
        new("Bắc Giang", "Bắc Ninh"),
        new("Thái Bình", "Hưng Yên"),
        new("Hải Dương", "Hải Phòng"),
        new("Hà Nam", "Ninh Bình"),
        new("Nam Định", "Ninh Bình"),
        new("Quảng Bình", "Quảng Trị"),
        new("Quảng Nam", "Đà Nẵng"),
        new("Kon Tum", "Quảng Ngãi"),
        new("Bình Định", "Gia Lai"),
        new("Ninh Thuận", "Khánh Hòa"),
        new("Đắk Nông", "Lâm Đồng"),
        new("Bình Thuận", "Lâm Đồng"),
        new("Phú Yên", "Đắk Lắk"),
        new("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        new("Bình Dương", "Hồ Chí Minh"),
        new("Bình Phước", "Đồng Nai"),
        new("Long An", "Tây Ninh"),
        new("Sóc Trăng", "Cần Thơ"),
        new("Hậu Giang", "Cần Thơ"),
        new("Bến Tre", "Vĩnh Long"),
        new("Trà Vinh", "Vĩnh Long"),
        new("Tiền Giang", "Đồng Tháp"),
        new("Bạc Liêu", "Cà Mau"),
        new("Kiên Giang", "An Giang"),
    ];

    /// <summary>The number of provincial-level units before and after the reorganisation.</summary>
    public static (int Before, int After) Count => (63, 34);

    private static readonly (string Folded, ProvinceMerger Merger)[] Folded =
        [.. All.Select(m => (FoldName(m.Former), m)), (FoldName("Bà Rịa Vũng Tàu"), All.First(m => m.Former.StartsWith("Bà Rịa", StringComparison.Ordinal))), (FoldName("Bà Rịa – Vũng Tàu"), All.First(m => m.Former.StartsWith("Bà Rịa", StringComparison.Ordinal)))];

    /// <summary>
    /// The folded former names grouped by their first two letters, in the order of <see cref="Folded"/>: after "tỉnh ",
    /// only the names that begin as the text goes on are compared ("tỉnh hình", "tính thần" rule out all but a few).
    /// </summary>
    private static readonly Dictionary<int, (string Folded, ProvinceMerger Merger)[]> ByFirstLetters =
        Folded.GroupBy(n => FirstLetters(n.Folded[0], n.Folded[1])).ToDictionary(g => g.Key, g => g.ToArray());

    private static int FirstLetters(char first, char second) => (first << 16) | second;

    /// <summary>
    /// The first former province named as a province ("tỉnh Hà Giang") in <paramref name="folded"/> (text folded by
    /// <see cref="VietnameseText.Fold"/>), with its position and length; a name marked as former ("tỉnh Hà Giang
    /// (cũ)", "tỉnh Hà Giang cũ", "trước đây") is not counted.
    /// </summary>
    /// <param name="folded">Folded text.</param>
    /// <returns>The merger, the index of "tỉnh" and the length through the name; or null.</returns>
    public static (ProvinceMerger Merger, int Index, int Length)? FindFormerProvince(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return FindFormerProvince(folded.AsSpan());
    }

    /// <summary>As <see cref="FindFormerProvince(string)"/>, in folded text held anywhere.</summary>
    internal static (ProvinceMerger Merger, int Index, int Length)? FindFormerProvince(ReadOnlySpan<char> folded)
    {
        for (int at = folded.IndexOf("tinh ", StringComparison.Ordinal); at >= 0; at = VietnameseText.IndexOf(folded, "tinh ", at + 5))
        {
            if (at > 0 && char.IsLetterOrDigit(folded[at - 1]))
            {
                continue;
            }

            int name = at + 5;
            if (name + 1 >= folded.Length || !ByFirstLetters.TryGetValue(FirstLetters(folded[name], folded[name + 1]), out var candidates))
            {
                continue;
            }

            foreach (var (f, merger) in candidates)
            {
                int end = name + f.Length;
                if (folded[name..].StartsWith(f, StringComparison.Ordinal) && (end == folded.Length || !char.IsLetterOrDigit(folded[end])) && !MarkedFormer(folded, end))
                {
                    return (merger, at, end - at);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the folded text right after a name (at <paramref name="end"/>) marks it as former: "(cũ)", "cũ",
    /// "trước đây", "(trước …)".
    /// </summary>
    internal static bool MarkedFormer(ReadOnlySpan<char> folded, int end)
    {
        var rest = folded[end..].TrimStart();
        return rest.StartsWith("(cu", StringComparison.Ordinal) || (rest.StartsWith("cu", StringComparison.Ordinal) && (rest.Length == 2 || !char.IsLetter(rest[2])))
            || rest.StartsWith("truoc day", StringComparison.Ordinal) || rest.StartsWith("(truoc", StringComparison.Ordinal);
    }

    private static string FoldName(string name) => VietnameseText.Fold(name);
}
