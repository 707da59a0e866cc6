using AntqDomain.Internal;
using AntqDomain.Language;

namespace AntqDomain.Administration;

/// <summary>Names of units as sentences write them, from the capitals of a document's header.</summary>
internal static class UnitNames
{
    /// <summary>"thành phố" (a city).</summary>
    internal static readonly SpelledPhrase City = new("thành phố");

    /// <summary>"thị trấn" (a township).</summary>
    internal static readonly SpelledPhrase Township = new("thị trấn");

    /// <summary>"thị xã" (a district-level town).</summary>
    internal static readonly SpelledPhrase DistrictTown = new("thị xã");

    /// <summary>"đặc khu" (a special zone).</summary>
    internal static readonly SpelledPhrase SpecialZone = new("đặc khu");

    /// <summary>"phường" (a ward).</summary>
    internal static readonly SpelledPhrase Ward = new("phường");

    /// <summary>"huyện" (a rural district).</summary>
    internal static readonly SpelledPhrase RuralDistrict = new("huyện");

    /// <summary>"quận" (an urban district).</summary>
    internal static readonly SpelledPhrase UrbanDistrict = new("quận");

    /// <summary>"tỉnh" (a province).</summary>
    internal static readonly SpelledPhrase Province = new("tỉnh");

    /// <summary>"xã" (a commune).</summary>
    internal static readonly SpelledPhrase Commune = new("xã");

    /// <summary>The unit type words a name can start with, longest first.</summary>
    private static readonly SpelledPhrase[] TypePhrases = [City, Township, DistrictTown, SpecialZone, Ward, RuralDistrict, UrbanDistrict, Province, Commune];

    /// <summary>The unit type words as written, longest first.</summary>
    internal static readonly string[] TypeWords = [.. TypePhrases.Select(p => p.Spelled)];

    /// <summary>
    /// Whether a header line is just a unit's name ("TỈNH TUYÊN QUANG", "XÃ ĐỒNG TÂM"): it starts with a unit-type word
    /// spelled as such ("QUẢN LÝ …" does not start with "quận").
    /// </summary>
    /// <param name="line">The header line.</param>
    public static bool IsUnitName(string line)
    {
        string folded = VietnameseText.Fold(line);
        return TypePhrases.Any(p => p.StartsWith(line, folded));
    }

    /// <summary>
    /// The unit in a header name, as a sentence writes it: "UBND TỈNH TUYÊN QUANG BAN CHỈ ĐẠO 138" → "tỉnh Tuyên Quang";
    /// null when the name holds no unit type word followed by a name.
    /// </summary>
    public static string? UnitPhrase(string? headerName)
    {
        if (string.IsNullOrWhiteSpace(headerName))
        {
            return null;
        }

        string name = " " + VietnameseText.Normalize(headerName).Trim() + " ";
        var vi = Localization.Vietnamese;
        foreach (var word in TypeWords)
        {
            string upper = " " + word.ToUpper(vi) + " ";
            int at = name.IndexOf(upper, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            string rest = name[(at + upper.Length)..];
            int cut = rest.IndexOf(" BAN CHỈ ĐẠO", StringComparison.Ordinal);
            rest = (cut >= 0 ? rest[..cut] : rest).Trim();
            return rest.Length == 0 ? null : word + " " + vi.TextInfo.ToTitleCase(rest.ToLower(vi));
        }

        return null;
    }
}
