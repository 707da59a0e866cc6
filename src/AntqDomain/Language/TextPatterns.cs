using System.Text.RegularExpressions;
using AntqDomain.Language;

namespace AntqDomain.Language;

/// <summary>
/// The regular expressions of the readers and rules. All run on folded text (lower case, no diacritics, see
/// <see cref="VietnameseText.Fold"/>) of lines capped at <see cref="DefaultMaxLineChars"/>, and are anchored or
/// bounded, with no repetition nested in another that could match the same text: the work of a match grows with the
/// line and its bounds, never explodes.
/// </summary>
/// <remarks>
/// None carries a match timeout: a timed match reads the clock at every step of its loops (about a third of the time
/// of a long lazy match, such as the issuer in a basis sentence), and a timeout would only turn a hang into an
/// exception. The guard is the shape of the patterns, held by a test that runs every pattern of the library over a
/// line of its own words at the line limit.
/// </remarks>
internal static partial class TextPatterns
{
    /// <summary>The longest stretch of one line that is matched against patterns (the reader's default line limit).</summary>
    public const int DefaultMaxLineChars = 20_000;

    /// <summary>"so: 1975/kh-bcd" at the start of a header cell.</summary>
    [GeneratedRegex(@"^so\s*[:.]?\s*(?<n>[0-9]{0,9}\s*/\s*[\p{L}0-9]+(?:\s*[-–]\s*[\p{L}0-9]+)*|\S{1,40})?", RegexOptions.CultureInvariant)]
    public static partial Regex NumberCell();

    /// <summary>
    /// Place-and-date line: "bac son, ngay 05 thang 7 nam 2024" (day and month may be blank), or a cell that starts
    /// with the date and leaves out the place ("ngay 05 thang 7 nam 2024": the place group does not match). The year
    /// takes every digit written (up to nine are kept), so that a mistyped "nam 20261" is an impossible year, not 2026.
    /// The place starts at the start or after white space, never inside a word: in "so: 214/kh-bcd   tuyen quang, ngay
    /// …" (a number and the date on one line of a web copy) it is not "kh-bcd   tuyen quang". It may end in a number
    /// ("ha giang 1").
    /// </summary>
    [GeneratedRegex(@"(?:(?<=^|\s)(?<place>[^\t,;:/0-9]{1,60}(?:\s[0-9]{1,3})?),\s*|^\s*)ngay\s*(?<d>[0-9]{0,2})\s*(?:\.{0,6}|…?)\s*thang\s*(?<m>[0-9]{0,2})\s*(?:\.{0,6}|…?)\s*nam\s*(?<y>[0-9]{0,9})[0-9]*", RegexOptions.CultureInvariant)]
    public static partial Regex PlaceDate();

    /// <summary>
    /// A place-and-date line with its date in figures, as Decree 30 does not write it: "tuyen quang, ngay 05/6/2026"
    /// (also with "." or "-"); the place is required, so that a date in figures on a line of its own is not taken for it.
    /// </summary>
    [GeneratedRegex(@"(?<=^|\s)(?<place>[^\t,;:/0-9]{1,60}(?:\s[0-9]{1,3})?),\s*ngay\s*(?<d>[0-9]{1,2})\s*(?<sep>[/.\-])\s*(?<m>[0-9]{1,2})\s*\k<sep>\s*(?<y>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    public static partial Regex PlaceDateInFigures();

    /// <summary>
    /// The number a group of ASCII digits holds: null when the group is empty (a blank day in a draft), int.MaxValue
    /// when it is too long to be one (an impossible year that the rules report), never an exception.
    /// </summary>
    public static int? Number(Group g)
        => g.Length == 0 ? null : Digits(g.ValueSpan, otherwise: int.MaxValue);

    /// <summary>
    /// The number <paramref name="digits"/> (ASCII digits) write, or <paramref name="otherwise"/> when they do not make
    /// one that fits (none, too many, or not digits); never an exception.
    /// </summary>
    internal static int Digits(ReadOnlySpan<char> digits, int otherwise)
        => int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : otherwise;

    /// <summary>The longest heading a Roman-numbered part heading has after its numeral (the words, in characters).</summary>
    private const int MaxHeadingWords = 201;

    /// <summary>
    /// Reads a Roman-numbered part heading at the start of folded text ("ii. noi dung", "iii- khen thuong", "phan i. muc
    /// dich"): perhaps "phan" (phần) and spaces; one to four of <c>i</c>, <c>v</c>, <c>x</c>; spaces; one of
    /// <c>. - – : ) /</c>; spaces; then the heading's words, from a character that is not a space to the end of the line,
    /// at most 201 characters. Read by hand (it is asked of many lines), with no allocation.
    /// </summary>
    /// <param name="folded">A line's folded text.</param>
    /// <param name="numeral">Where the numeral stands.</param>
    /// <param name="wordsStart">Where the heading's words start.</param>
    /// <returns>Whether the text is such a heading.</returns>
    public static bool TryRomanHeading(ReadOnlySpan<char> folded, out Range numeral, out int wordsStart)
    {
        numeral = default;
        wordsStart = 0;
        int start = 0;
        if (folded.StartsWith("phan", StringComparison.Ordinal) && folded.Length > 4 && char.IsWhiteSpace(folded[4]))
        {
            start = SpacedWords.SkipSpaces(folded, 4);
        }

        int i = start;
        while (i < folded.Length && i - start < 4 && folded[i] is 'i' or 'v' or 'x')
        {
            i++;
        }

        int end = i;
        i = SpacedWords.SkipSpaces(folded, i);
        if (end == start || i == folded.Length || folded[i] is not ('.' or '-' or '–' or ':' or ')' or '/'))
        {
            return false;
        }

        i = SpacedWords.SkipSpaces(folded, i + 1);

        // The words run to the end of the line: a line feed may only end the text.
        int last = folded.Length > 0 && folded[^1] == '\n' ? folded.Length - 1 : folded.Length;
        if (last - i is < 1 or > MaxHeadingWords || folded[i..last].Contains('\n'))
        {
            return false;
        }

        numeral = start..end;
        wordsStart = i;
        return true;
    }

    /// <summary>Whether folded text is a Roman-numbered heading (<see cref="TryRomanHeading"/>).</summary>
    public static bool IsRomanHeading(ReadOnlySpan<char> folded) => TryRomanHeading(folded, out _, out _);

    /// <summary>
    /// The list marker at the start of folded text, as <see cref="Marker"/> defines it, read by hand: it runs on
    /// every paragraph, and a regex call there cost more than all the other reading of a line together.
    /// </summary>
    public static ListMarker MatchMarker(ReadOnlySpan<char> folded)
    {
        if (folded.Length == 0)
        {
            return default;
        }

        char c = folded[0];
        int end;
        if (c is '-' or '+' or '•' or '–' or '*' or '·')
        {
            end = 1;
        }
        else if (c == '(')
        {
            int digits = DigitRun(folded, 1, 2);
            if (digits == 0 || 1 + digits >= folded.Length || folded[1 + digits] != ')')
            {
                return default;
            }

            end = digits + 2;
        }
        else if (char.IsAsciiDigit(c))
        {
            // 1. / 2.1 / 2.1. / 1.2.3.4. — up to four groups of one or two digits, then a space.
            int i = DigitRun(folded, 0, 2);
            if (i == 0 || (i < folded.Length && char.IsAsciiDigit(folded[i])))
            {
                return default;
            }

            for (int groups = 1; groups < 4 && i + 1 < folded.Length && folded[i] == '.' && char.IsAsciiDigit(folded[i + 1]); groups++)
            {
                int run = DigitRun(folded, i + 1, 2);
                if (i + 1 + run < folded.Length && char.IsAsciiDigit(folded[i + 1 + run]))
                {
                    break;
                }

                i += 1 + run;
            }

            if (i < folded.Length && folded[i] == '.')
            {
                i++;
            }

            if (i >= folded.Length || !char.IsWhiteSpace(folded[i]))
            {
                return default;
            }

            end = i;
        }
        else if (folded.Length > 1 && ((c >= 'a' && c <= 'z') || c == 'đ') && (folded[1] == ')' || (folded[1] == '.' && folded.Length > 2 && char.IsWhiteSpace(folded[2]))))
        {
            // "a)", or "a." before a space ("A. Mục đích", "b. Phần hội").
            end = 2;
        }
        else
        {
            return default;
        }

        return new ListMarker(MarkerText(folded[..end]), SpacedWords.SkipSpaces(folded, end));
    }

    /// <summary>
    /// The marker as a string: the common ones (the one-character bullets, and the numbers "(1)" to "(20)" of lists and
    /// of ceremony steps written inline) are shared, not copied for every paragraph or step.
    /// </summary>
    internal static string MarkerText(ReadOnlySpan<char> marker)
    {
        if (marker.Length == 1)
        {
            return marker[0] switch { '-' => "-", '+' => "+", '•' => "•", '–' => "–", '*' => "*", '·' => "·", _ => marker.ToString() };
        }

        if (marker.Length > 2 && marker[0] == '(')
        {
            foreach (string common in BracketedNumbers)
            {
                if (marker.SequenceEqual(common))
                {
                    return common;
                }
            }
        }

        return marker.ToString();
    }

    /// <summary>The markers "(1)" to "(20)".</summary>
    private static readonly string[] BracketedNumbers = [.. Enumerable.Range(1, 20).Select(n => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({n})"))];

    /// <summary>
    /// The first match of <paramref name="regex"/> in <paramref name="text"/>, read for its groups from a copy of the
    /// matched part alone rather than of the whole text: group indexes are relative to <paramref name="at"/>, where the
    /// match starts; <see cref="Match.Empty"/> when there is none. Only for a pattern that matches the copy of its match
    /// the same way (no anchor, word boundary or lookaround that the copy's edges could newly satisfy), which a test
    /// checks for each pattern read so.
    /// </summary>
    internal static Match MatchOfCopy(Regex regex, ReadOnlySpan<char> text, out int at)
    {
        foreach (var found in regex.EnumerateMatches(text))
        {
            at = found.Index;
            return regex.Match(text.Slice(found.Index, found.Length).ToString());
        }

        at = 0;
        return Match.Empty;
    }

    /// <summary>The first (or last) run of ASCII digits in <paramref name="match"/>; empty when it holds none.</summary>
    internal static Range NumberIn(ReadOnlySpan<char> match, bool last)
    {
        if (last)
        {
            int end = match.LastIndexOfAnyInRange('0', '9') + 1;
            int start = end == 0 ? 0 : match[..end].LastIndexOfAnyExceptInRange('0', '9') + 1;
            return start..end;
        }

        int from = match.IndexOfAnyInRange('0', '9');
        if (from < 0)
        {
            return 0..0;
        }

        int stop = match[from..].IndexOfAnyExceptInRange('0', '9');
        return from..(stop < 0 ? match.Length : from + stop);
    }

    /// <summary>The runs of ASCII digits of <paramref name="match"/>, in order, as many as <paramref name="runs"/> holds; how many were found.</summary>
    internal static int DigitRuns(ReadOnlySpan<char> match, Span<Range> runs)
    {
        int count = 0;
        int at = 0;
        while (count < runs.Length)
        {
            var run = NumberIn(match[at..], last: false);
            if (run.End.Value == 0)
            {
                break;
            }

            runs[count++] = (at + run.Start.Value)..(at + run.End.Value);
            at += run.End.Value;
        }

        for (int i = count; i < runs.Length; i++)
        {
            runs[i] = 0..0;
        }

        return count;
    }

    private static int DigitRun(ReadOnlySpan<char> s, int start, int max)
    {
        int n = 0;
        while (n < max && start + n < s.Length && char.IsAsciiDigit(s[start + n]))
        {
            n++;
        }

        return n;
    }

    /// <summary>
    /// List marker: "1.", "2.1.", "2.1", "a)", "a." (before a space), "(3)", "-", "+", "•". The definition of what <see cref="MatchMarker"/>
    /// reads by hand; a property test holds the two to the same answers.
    /// </summary>
    [GeneratedRegex(@"^(?<m>[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}\.?(?=\s)|[a-zđ]\)|[a-zđ]\.(?=\s)|\([0-9]{1,2}\)|[-+•–*·])\s*", RegexOptions.CultureInvariant)]
    public static partial Regex Marker();

    /// <summary>Inline ceremony step numbers "(1)".</summary>
    [GeneratedRegex(@"\((?<n>[0-9]{1,2})\)", RegexOptions.CultureInvariant)]
    public static partial Regex InlineStepNumber();

    /// <summary>
    /// The parent plan in a basis sentence: "ke hoach so 1975/kh-bcd ngay 12/4/2024 cua ..."; the words may be spaced
    /// any way (two spaces, a tab, a no-break space left by a copy).
    /// </summary>
    [GeneratedRegex(@"ke\s+hoach\s+so\s*:?\s*(?<n>(?:[0-9]{0,9}|\[[^\[\]/]{1,40}\])\s*/\s*[\p{L}0-9]+(?:\s*[-–]\s*[\p{L}0-9]+)*)(?:\s*,?\s*ngay\s*(?<date>\[[^\[\]]{1,40}\]|[0-9]{1,2}\s*[/.\-]\s*[0-9]{1,2}\s*[/.\-]\s*[0-9]{4}|[0-9]{1,2}\s+thang\s+[0-9]{1,2}\s+nam\s+[0-9]{4}))?(?:\s*cua\s+(?<iss>[^,;(]{3,160}?)(?=\s+ve\s|\s*[,;(]|\s*$))?", RegexOptions.CultureInvariant)]
    public static partial Regex ParentPlan();

    /// <summary>The issuing body named in the basis: ", ban chi dao ... huyen (...) xay dung ke hoach" (the words spaced any way).</summary>
    [GeneratedRegex(@",\s*(?<self>(?:ban\s+chi\s+dao|uy\s+ban\s+nhan\s+dan|ubnd|cong\s+an|so\s|truong\s)[^,]{2,200}?)\s+(?:xay\s+dung|ban\s+hanh|trien\s+khai)\s+(?:ke\s+hoach|thuc\s+hien)", RegexOptions.CultureInvariant)]
    public static partial Regex SelfIssuer();

    /// <summary>
    /// A date range "tu [ngay] A (den|-|–) [het] [ngay] B", A and B each a day in figures ("19/8/2026"), a day in words
    /// ("19 thang 8 nam 2026") or a month ("thang 7/2026").
    /// </summary>
    [GeneratedRegex(@"tu\s+(?:ngay\s+)?(?<a>[0-9]{1,2}\s*[/.\-]\s*[0-9]{1,2}(?:\s*[/.\-]\s*[0-9]{4})?|[0-9]{1,2}\s+thang\s+[0-9]{1,2}(?:\s*[/.\-]\s*[0-9]{4}|\s+nam\s+[0-9]{4})?|thang\s+[0-9]{1,2}(?:\s*[/.\-]\s*[0-9]{4}|\s+nam\s+[0-9]{4})?)\s*(?:,\s*)?(?:den|toi|[-–—])\s*(?:het\s+)?(?:ngay\s+)?(?<b>[0-9]{1,2}\s*[/.\-]\s*[0-9]{1,2}(?:\s*[/.\-]\s*[0-9]{4})?|[0-9]{1,2}\s+thang\s+[0-9]{1,2}(?:\s*[/.\-]\s*[0-9]{4}|\s+nam\s+[0-9]{4})?|thang\s+[0-9]{1,2}(?:\s*[/.\-]\s*[0-9]{4}|\s+nam\s+[0-9]{4})?)", RegexOptions.CultureInvariant)]
    public static partial Regex DateRange();

    /// <summary>
    /// A day of a window stated without a range: a deadline "truoc / cham nhat [la] / den [het] [ngay] 15/8[/2026]"
    /// (group <c>by</c>), or one day "[ngay] 12/8[/2026]", "12 thang 8 [nam 2026]". Day and month stand alone as
    /// numbers (not the "8/20" of "8/2026").
    /// </summary>
    [GeneratedRegex(@"(?:(?<by>truoc|cham nhat(?:\s+la)?|den(?:\s+het)?)\s+)?(?:ngay\s+)?\b(?<d>[0-9]{1,2})(?:\s*[/.\-]\s*|\s+thang\s+)(?<m>[0-9]{1,2})\b(?:(?:\s*[/.\-]\s*|\s+nam\s+)(?<y>[0-9]{4})\b)?", RegexOptions.CultureInvariant)]
    public static partial Regex WindowDay();

    /// <summary>
    /// A month named alone in a window stated without a range: "thang 8", "thang 8/2026", "thang 8 nam 2026"; not the
    /// "thang" of a day in words ("12 thang 8") nor a number of months ("8 thang dau nam").
    /// </summary>
    [GeneratedRegex(@"(?<![0-9]\s{0,3})\bthang\s+[0-9]{1,2}(?![0-9])(?:(?:\s*[/.\-]\s*|\s+nam\s+)[0-9]{4}(?![0-9]))?", RegexOptions.CultureInvariant)]
    public static partial Regex WindowMonth();

    /// <summary>"tu ngay 18/7" or "tu ngay 18 thang 7 [nam 2026]" (flags and banners).</summary>
    [GeneratedRegex(@"tu\s+ngay\s+(?<d>[0-9]{1,2})(?:\s*[/.\-]\s*|\s+thang\s+)(?<m>[0-9]{1,2})(?:(?:\s*[/.\-]\s*|\s+nam\s+)(?<y>[0-9]{4}))?", RegexOptions.CultureInvariant)]
    public static partial Regex FromDay();

    /// <summary>Showcase site: "chon xa tan huong to chuc diem", "chon xa a, huyen b to chuc diem", "to chuc diem tai ...".</summary>
    [GeneratedRegex(@"chon\s+(?<s>(?:xa|phuong|thi tran|dac khu|thon|ban|xom|ap|to dan pho|khu pho|khu dan cu|huyen|quan|thi xa|thanh pho|truong|cong ty|co quan)\s+[^,;.()]{1,60}?(?:,\s*(?:huyen|quan|thi xa|thanh pho|tinh|xa|phuong)\s+[^,;.()]{1,40}?)?)\s+(?:de\s+)?(?:to chuc\s+|lam\s+|la\s+)?(?:diem|""diem"")|(?:to chuc|chi dao)\s+(?:diem|""diem"")\s+(?:tai|o)\s+(?<t>[^,;.()]{2,60})", RegexOptions.CultureInvariant)]
    public static partial Regex Showcase();

    /// <summary>A year after "nam": four digits, or more (kept whole, so that "năm 20261" is not read as 2026).</summary>
    [GeneratedRegex(@"nam\s+(?<y>[0-9]{4,9})(?![0-9])", RegexOptions.CultureInvariant)]
    public static partial Regex YearAfterNam();
}

/// <summary>A list marker read at the start of a paragraph: the marker ("2.1.", "a)", "-") and the length it and the spaces after it take.</summary>
internal readonly record struct ListMarker(string? Marker, int Length)
{
    /// <summary>Whether a marker was found.</summary>
    public bool Success => Marker is not null;
}
