using AntqDomain.Language;
using System.Globalization;
using System.Text.RegularExpressions;
using AntqDomain.Documents;
using AntqDomain.Plans;

namespace AntqDomain.Rules;

/// <summary>What the text-reading rules look for.</summary>
internal enum MentionKind
{
    PoliceYears,
    AugustRevolutionYears,
    NationalDayYears,
    FestivalYears,
    AnniversaryRange,
    Edition,
    FestivalDay,
    MisnamedFestival,
    MisnamedMedal,
    MisnamedMovement,
    OutdatedPoliceFormula,
    Circular23Of2012,
    Circular11Of2021,
    Decree91Of2017,
    AnniversaryCeremony,
}

/// <summary>A statement found in the plan's text, with the number or dates it states and where.</summary>
internal sealed record Mention(MentionKind Kind, int A, int B, Location? At, TextPath TextPath, string Excerpt)
{
    public string Path => TextPath.ToString();
}

/// <summary>A statement found in one piece of text: kind, values, and its span in that text.</summary>
internal readonly record struct LocalMention(MentionKind Kind, int A, int B, int Offset, int Length);

/// <summary>A statement found by a pattern, with the literals every match of it contains (its cues).</summary>
/// <param name="Kind">What the statement is.</param>
/// <param name="Regex">The pattern, over folded text.</param>
/// <param name="Cues">Literals of which every match contains at least one: a text with none is not searched.</param>
internal sealed record StatementPattern(MentionKind Kind, Regex Regex, string[] Cues)
{
    public bool MayMatch(string folded)
    {
        foreach (string cue in Cues)
        {
            if (folded.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The statements of a plan's text that the calendar and content rules check: anniversary counts, date ranges,
/// editions, festival-day dates, mis-named institutions, outdated formulas and superseded regulations. Found afresh for
/// each validation, on folded text so diacritics and case do not matter.
/// </summary>
internal static partial class PlanScanner
{
    private static readonly LocalMention[] None = [];

    /// <summary>The plan's mentions, found afresh in every piece of its text.</summary>
    public static Mention[] Scan(FestivalPlan plan)
    {
        List<Mention>? list = null;
        foreach (var (text, path) in plan.TextItems())
        {
            var local = ScanText(text);
            foreach (var m in local)
            {
                list ??= [];
                list.Add(new Mention(m.Kind, m.A, m.B, text.At?.Shift(m.Offset, m.Length), path, text.Text.Substring(m.Offset, m.Length)));
            }
        }

        return list is null ? [] : [.. list];
    }

    /// <summary>The statements of one piece of plan text (its folded form is reused).</summary>
    internal static LocalMention[] ScanText(PlanText text)
    {
        if (text.Text is not { Length: > 0 } s)
        {
            return None;
        }

        // As the reader (by default), the rules analyse the first characters of a long text; the rest is kept, not matched.
        int limit = TextPatterns.DefaultMaxLineChars;
        string f = text.Folded;
        if (s.Length > limit)
        {
            s = s[..limit];
            f = f[..limit];
        }

        return ScanText(s, f);
    }

    private static LocalMention[] ScanText(string s, string f)
    {
        // Where each cue first occurs (-1: nowhere), found in one pass over the text. A pattern none of whose cues
        // occurs cannot match and is not run; a phrase is found with its cue.
        Span<int> at = stackalloc int[Cues.Literals.Length];
        bool dates = HasDigits(f, 8);
        if (!Cues.FirstPositions(f, at) && !dates)
        {
            return None;
        }

        // Most texts state nothing: the list is made by the first statement found.
        List<LocalMention>? list = null;
        for (int i = 0; i < Counts.Length; i++)
        {
            if (Occurs(CountCues[i], at))
            {
                Collect(ref list, Counts[i].Kind, Counts[i].Regex, f);
            }
        }

        // A range is two dates: at least eight digits (19/8/1945 – 19/8/2026).
        if (dates)
        {
            foreach (var found in Range().EnumerateMatches(f))
            {
                var m = Range().Match(f, found.Index);
                int da = Int(m.Groups["da"]), ma = Int(m.Groups["ma"]), db = Int(m.Groups["db"]), mb = Int(m.Groups["mb"]);
                bool anniversary = da == db && ma == mb && ((da == 19 && ma == 8) || (da == 2 && ma == 9));
                if (anniversary && !LooksAhead(f, m.Index))
                {
                    (list ??= []).Add(new LocalMention(MentionKind.AnniversaryRange, Int(m.Groups["a"]), Int(m.Groups["b"]), m.Index, m.Length));
                }
            }
        }

        if (Occurs(FestivalDayCues, at))
        {
            foreach (var found in FestivalDayStatement.Regex.EnumerateMatches(f))
            {
                var m = FestivalDayStatement.Regex.Match(f, found.Index);
                var g = m.Groups["d"];
                (list ??= []).Add(new LocalMention(MentionKind.FestivalDay, Int(g), Int(m.Groups["m"]), g.Index, m.Index + m.Length - g.Index));
            }
        }

        Phrases(ref list, at, 0, FirstCircular);
        if (Occurs(OutdatedFormulaCues, at))
        {
            foreach (var m in OutdatedFormulaStatement.Regex.EnumerateMatches(f))
            {
                if (!InsideQuotes(s, m.Index))
                {
                    (list ??= []).Add(new LocalMention(MentionKind.OutdatedPoliceFormula, 0, 0, m.Index, m.Length));
                }
            }
        }

        if (Occurs(CeremonyCues, at))
        {
            Collect(ref list, CeremonyStatement.Kind, CeremonyStatement.Regex, f);
        }

        Phrases(ref list, at, FirstCircular, PhraseList.Length);
        return list is null ? None : [.. list];
    }

    /// <summary>The mentions of the phrases <paramref name="from"/> to <paramref name="to"/> (exclusive) found in the text.</summary>
    private static void Phrases(ref List<LocalMention>? list, ReadOnlySpan<int> at, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            var (kind, phrase) = PhraseList[i];
            int where = at[PhraseCues[i]];
            if (where >= 0)
            {
                (list ??= []).Add(new LocalMention(kind, 0, 0, where, phrase.Length));
            }
        }
    }

    private static bool Occurs(int[] cues, ReadOnlySpan<int> at)
    {
        foreach (int c in cues)
        {
            if (at[c] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text holds at least <paramref name="count"/> ASCII digits (a vectorised search jumps between them).</summary>
    private static bool HasDigits(string f, int count)
    {
        var span = f.AsSpan();
        for (int at = span.IndexOfAnyInRange('0', '9'); at >= 0 && count > 0; at = span.IndexOfAnyInRange('0', '9'))
        {
            count--;
            span = span[(at + 1)..];
        }

        return count == 0;
    }

    private static bool InsideQuotes(string s, int index)
    {
        int open = s.LastIndexOfAny(['“', '"'], index);
        if (open < 0)
        {
            return false;
        }

        int close = s.IndexOfAny(['”', '"'], open + 1);
        return close < 0 || close > index;
    }

    /// <summary>
    /// Whether the statement at <paramref name="index"/> looks ahead to a coming anniversary ("hướng tới kỷ niệm 80
    /// năm … (19/8/1945 – 19/8/2025)" in a 2024 plan): its numbers are not this year's.
    /// </summary>
    private static bool LooksAhead(string f, int index)
    {
        var before = f.AsSpan(Math.Max(0, index - 120), Math.Min(index, 120));
        int at = before.LastIndexOf("huong toi", StringComparison.Ordinal);
        return at >= 0 && before[at..].IndexOfAny('.', ';') < 0;
    }

    private static void Collect(ref List<LocalMention>? list, MentionKind kind, Regex regex, string f)
    {
        foreach (var found in regex.EnumerateMatches(f))
        {
            if (LooksAhead(f, found.Index))
            {
                continue;
            }

            var g = regex.Match(f, found.Index).Groups["n"];
            int len = Math.Min(g.Length + 4, f.Length - g.Index);
            (list ??= []).Add(new LocalMention(kind, Int(g), 0, g.Index, len));
        }
    }

    /// <summary>The counted statements, in the order their mentions are listed.</summary>
    private static readonly StatementPattern[] Counts =
    [
        new(MentionKind.PoliceYears, PoliceCount(), ["truyen thong"]),
        new(MentionKind.PoliceYears, PoliceCountAfter(), ["cong an nhan dan", "cand"]),
        new(MentionKind.AugustRevolutionYears, RevolutionCount(), ["cach mang thang"]),
        new(MentionKind.NationalDayYears, NationalDayCount(), ["quoc khanh"]),
        new(MentionKind.FestivalYears, FestivalCount(), ["ngay hoi toan dan bao ve"]),
        new(MentionKind.Edition, Edition(), ["ngay hoi toan dan bao ve"]),
    ];

    private static readonly StatementPattern FestivalDayStatement = new(MentionKind.FestivalDay, FestivalDay(), ["ngay hoi toan dan bao ve"]);

    private static readonly StatementPattern OutdatedFormulaStatement = new(MentionKind.OutdatedPoliceFormula, OutdatedFormula(), ["tinh nhue"]);

    private static readonly StatementPattern CeremonyStatement = new(MentionKind.AnniversaryCeremony, AnniversaryCeremony(), ["le ky niem"]);

    /// <summary>Every statement found by a pattern, with its cues (for the test that keeps the cues honest).</summary>
    internal static IEnumerable<StatementPattern> Patterns => [.. Counts, FestivalDayStatement, OutdatedFormulaStatement, CeremonyStatement];

    /// <summary>
    /// The statements found as a fixed phrase of folded text, each its own cue, in the order their mentions are listed:
    /// the mis-named institutions before the formula and the ceremony, the superseded regulations after them.
    /// </summary>
    private static readonly (MentionKind Kind, string Phrase)[] PhraseList =
    [
        (MentionKind.MisnamedFestival, "ngay hoi toan dan vi an ninh to quoc"),
        (MentionKind.MisnamedMedal, "ky niem chuong vi an ninh to quoc"),
        (MentionKind.MisnamedMedal, "ky niem chuong \"vi an ninh to quoc"),
        (MentionKind.MisnamedMedal, "ky niem chuong “vi an ninh to quoc"),
        (MentionKind.MisnamedMedal, "ky niem chuong vi su nghiep bao ve"),
        (MentionKind.MisnamedMovement, "phong trao toan dan vi an ninh to quoc"),
        (MentionKind.Circular23Of2012, "23/2012/tt-bca"),
        (MentionKind.Circular11Of2021, "11/2021/tt-bca"),
        (MentionKind.Decree91Of2017, "91/2017/nd-cp"),
    ];

    /// <summary>Where the superseded regulations start in <see cref="PhraseList"/>.</summary>
    private static readonly int FirstCircular = Array.FindIndex(PhraseList, p => p.Kind == MentionKind.Circular23Of2012);

    /// <summary>Every literal the scan looks for: the patterns' cues and the phrases, each once.</summary>
    private static readonly LiteralSet Cues = new(Patterns.SelectMany(p => p.Cues).Concat(PhraseList.Select(p => p.Phrase)));

    private static readonly int[][] CountCues = [.. Counts.Select(p => CueIds(p.Cues))];

    private static readonly int[] FestivalDayCues = CueIds(FestivalDayStatement.Cues);

    private static readonly int[] OutdatedFormulaCues = CueIds(OutdatedFormulaStatement.Cues);

    private static readonly int[] CeremonyCues = CueIds(CeremonyStatement.Cues);

    private static readonly int[] PhraseCues = [.. PhraseList.Select(p => Cues.IdOf(p.Phrase))];

    private static int[] CueIds(string[] cues) => [.. cues.Select(Cues.IdOf)];

    private static int Int(Group g)
        => g.Success && int.TryParse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : -1;

    [GeneratedRegex(@"(?<n>[0-9]{1,3})\s+nam\s+(?:ngay\s+)?truyen thong\s+(?:luc luong\s+)?(?:cong an nhan dan|cand)\b", RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMs)]
    private static partial Regex PoliceCount();

    // Only a count tied to the tradition day is a count: "qua 81 năm xây dựng, chiến đấu và trưởng thành", not the
    // period "trong 5 năm qua".
    [GeneratedRegex(@"(?:cong an nhan dan|cand)(?:\s+viet nam)?\s+(?:qua|trong)\s+(?<n>[0-9]{1,3})\s+nam\s+(?:xay dung|hinh thanh|chien dau|truong thanh|phat trien|lich su|truyen thong)", RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMs)]
    private static partial Regex PoliceCountAfter();

    /// <summary>A formal anniversary ceremony of the tradition day: "lễ kỷ niệm 81 năm Ngày truyền thống Công an nhân dân".</summary>
    [GeneratedRegex(@"le ky niem\s+(?<n>[0-9]{1,3})\s+nam\s+(?:ngay\s+)?truyen thong\s+(?:luc luong\s+)?(?:cong an nhan dan|cand)\b", RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMs)]
    private static partial Regex AnniversaryCeremony();

    [GeneratedRegex(@"(?<n>[0-9]{1,3})\s+nam\s+(?:ngay\s+)?cach mang thang\s+(?:8|tam)\b", RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMs)]
    private static partial Regex RevolutionCount();

    [GeneratedRegex(@"(?<n>[0-9]{1,3})\s+nam\s+(?:ngay\s+)?quoc khanh\b", RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMs)]
    private static partial Regex NationalDayCount();

    [GeneratedRegex(@"(?<n>[0-9]{1,3})\s+nam\s+[""“]?ngay hoi toan dan bao ve\s+(?:an ninh to quoc|antq)", RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMs)]
    private static partial Regex FestivalCount();

    [GeneratedRegex(@"ngay hoi toan dan bao ve\s+(?:an ninh to quoc|antq)[""”]?[^.;]{0,40}?\blan thu\s+(?<n>[0-9]{1,3})\b", RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMs)]
    private static partial Regex Edition();

    [GeneratedRegex(@"\b(?<da>[0-9]{1,2})\s*[/.\-]\s*(?<ma>[0-9]{1,2})\s*[/.\-]\s*(?<a>[0-9]{4})\s*[-–—]\s*(?<db>[0-9]{1,2})\s*[/.\-]\s*(?<mb>[0-9]{1,2})\s*[/.\-]\s*(?<b>[0-9]{4})\b", RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMs)]
    private static partial Regex Range();

    [GeneratedRegex(@"ngay hoi toan dan bao ve\s+(?:an ninh to quoc|antq)[""”]?(?:\s*\((?:antq)\))?(?:\s+nam\s+[0-9]{4})?\s*(?:\(|,|:)?\s*(?:(?:duoc\s+)?(?:to chuc|dien ra)\s+)?(?:vao\s+)?ngay\s+(?<d>[0-9]{1,2})\s*[/.\-]\s*(?<m>[0-9]{1,2})(?:\s*[/.\-]\s*[0-9]{4})?", RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMs)]
    private static partial Regex FestivalDay();

    [GeneratedRegex(@"(?:cach mang,\s*)?chinh quy,\s*tinh nhue,\s*tung buoc hien dai", RegexOptions.CultureInvariant, TextPatterns.MatchTimeoutMs)]
    private static partial Regex OutdatedFormula();
}
