using System.Globalization;
using AntqDomain.Documents;
using AntqDomain.Language;

namespace AntqDomain.Rules;

/// <summary>The replacements of the fixable rules: each computed from the evidence a finding points at.</summary>
internal static class Fixes
{
    /// <summary>The span of the digits that start <paramref name="excerpt"/> at <paramref name="at"/> ("76" of "76 năm").</summary>
    public static Location? LeadingDigits(Location? at, string excerpt)
    {
        int n = 0;
        while (n < excerpt.Length && char.IsAsciiDigit(excerpt[n]))
        {
            n++;
        }

        return n == 0 || at is not { Line: not null, Column: not null } ? null : at with { Length = n, Path = null };
    }

    /// <summary>The span of the last four-digit year in <paramref name="excerpt"/> at <paramref name="at"/>.</summary>
    public static Location? LastYear(Location? at, string excerpt)
    {
        for (int i = excerpt.Length - 4; i >= 0; i--)
        {
            if (IsYearAt(excerpt, i))
            {
                return at is { Line: not null, Column: not null } ? at.Shift(i, 4) with { Path = null } : null;
            }
        }

        return null;
    }

    /// <summary>The first four-digit group equal to <paramref name="year"/> in <paramref name="text"/>, as a span of <paramref name="at"/>.</summary>
    public static Location? Year(Location? at, string text, int year) => Years(at, text, year).FirstOrDefault();

    /// <summary>Every four-digit group equal to <paramref name="year"/> in <paramref name="text"/>, as spans of <paramref name="at"/>.</summary>
    public static IEnumerable<Location> Years(Location? at, string text, int year)
    {
        if (at is not { Line: not null, Column: not null })
        {
            yield break;
        }

        string y = year.ToString(CultureInfo.InvariantCulture);
        for (int i = text.IndexOf(y, StringComparison.Ordinal); i >= 0; i = text.IndexOf(y, i + 1, StringComparison.Ordinal))
        {
            if (IsYearAt(text, i))
            {
                yield return at.Shift(i, 4) with { Path = null };
            }
        }
    }

    private static bool IsYearAt(string s, int i)
        => i + 4 <= s.Length && s.AsSpan(i, 4).IndexOfAnyExceptInRange('0', '9') < 0
           && (i == 0 || !char.IsAsciiDigit(s[i - 1])) && (i + 4 == s.Length || !char.IsAsciiDigit(s[i + 4]));

    /// <summary>
    /// The right name for a mis-named festival, medal or movement, keeping the writer's case and quotes:
    /// "vì an ninh Tổ quốc" becomes "bảo vệ an ninh Tổ quốc"; "Vì sự nghiệp bảo vệ" becomes "Bảo vệ". A name whose words
    /// were spaced unevenly is written back with single spaces.
    /// </summary>
    public static string? RightName(string excerpt)
    {
        excerpt = SpacedWords.Even(excerpt);
        string f = VietnameseText.Fold(excerpt);
        foreach (var wrong in new[] { "vi su nghiep bao ve", "vi " })
        {
            int at = f.IndexOf(wrong, StringComparison.Ordinal);
            while (at > 0 && char.IsLetter(f[at - 1]))
            {
                at = f.IndexOf(wrong, at + 1, StringComparison.Ordinal);
            }

            if (at >= 0)
            {
                string right = char.IsUpper(excerpt[at]) ? "Bảo vệ" : "bảo vệ";
                int length = wrong.TrimEnd().Length;
                return excerpt[..at] + right + excerpt[(at + length)..];
            }
        }

        return null;
    }

    /// <summary>
    /// The number and symbol written the Decree 30 way, when that is the one right answer: no spaces, hyphens for
    /// dashes, capitals, a hyphen after the type, and the type <paramref name="type"/> of the document. Null when
    /// the text cannot be repaired mechanically (no number and symbol shape, or an unknown type).
    /// </summary>
    public static string? Symbol(string numberText, string type)
    {
        string t = numberText.Trim().TrimEnd('.', ';', ',');
        int slash = t.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return null;
        }

        string number = t[..slash].Replace(" ", string.Empty, StringComparison.Ordinal);
        // Vietnamese letters have no culture-specific case mapping: invariant casing gives the same symbol without loading culture data.
        string symbol = t[(slash + 1)..].Replace(" ", string.Empty, StringComparison.Ordinal).Replace('–', '-').Replace('—', '-').ToUpperInvariant();
        if (symbol.Length == 0)
        {
            return null;
        }

        var groups = symbol.Split('-', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (groups.Count == 1)
        {
            string? known = DocumentTypeCode.KnownAbbreviations.OrderByDescending(k => k.Length).FirstOrDefault(k => groups[0].StartsWith(k.ToUpperInvariant(), StringComparison.Ordinal) && groups[0].Length > k.Length);
            if (known is null)
            {
                return null;
            }

            groups = [groups[0][..known.Length], groups[0][known.Length..]];
        }

        groups[0] = type;
        string fixedText = number + "/" + string.Join('-', groups);
        return fixedText != numberText.Trim() && DocumentNumber.Parse(fixedText).Success && DocumentFormRules.SymbolFormProblem(fixedText) is null ? fixedText : null;
    }

    /// <summary>The document number with the leading zero Decree 30 writes below 10 ("5/KH-BCĐ" → "05/KH-BCĐ").</summary>
    public static string LeadingZero(string numberText)
    {
        string t = numberText.TrimStart();
        return t.Length > 0 && char.IsAsciiDigit(t[0]) && (t.Length == 1 || !char.IsAsciiDigit(t[1])) ? "0" + t : numberText;
    }

    /// <summary>A one-line description of replacing <paramref name="found"/> by <paramref name="replacement"/>.</summary>
    public static (string Vi, string En) Replace(string found, string replacement)
        => ($"Sửa \"{found}\" thành \"{replacement}\"", $"Replace \"{found}\" with \"{replacement}\"");
}
