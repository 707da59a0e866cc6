using System.Buffers;
using AntqDomain.Language;
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
/// <param name="Lead">
/// The most characters a match holds before one of its cues starts, in folded text whose runs of white space are one
/// space (as the scan squeezes it): 0 when every match starts with a cue. The pattern is tried only from that far
/// before each occurrence of a cue (<see cref="Matches"/>).
/// </param>
/// <param name="DigitWithin">
/// How many characters from a match's start hold its first ASCII digit at the most (1 when every match starts with
/// its number), or 0 when a match need hold no digit. A text without a digit is not searched, and around a cue the
/// pattern is run only when a digit lies between the window's start and this many characters past the cue: most
/// occurrences of a common cue ("công an nhân dân", the festival's name) state no number and cost no run of the regex.
/// </param>
/// <param name="NumberLast">
/// Whether the number the statement counts is the match's last run of digits (else its first): read from the match's
/// text, so no folded copy is made to read a group.
/// </param>
internal sealed record StatementPattern(MentionKind Kind, Regex Regex, string[] Cues, int Lead = 0, int DigitWithin = 1, bool NumberLast = false)
{
    /// <summary>The most cues a pattern declares (their next occurrences are kept while its matches are enumerated).</summary>
    public const int MaxCues = 4;

    /// <summary>
    /// More than the characters any match holds from the start of its cue on, one more for a word boundary or a digit
    /// read after it: the pattern is run on the text up to this far after the cue.
    /// </summary>
    public const int Reach = 160;

    /// <summary>Whether every match contains an ASCII digit (<see cref="DigitWithin"/> is not 0).</summary>
    public bool StatesNumber => DigitWithin > 0;

    /// <summary>The declared cues: one to <see cref="MaxCues"/>.</summary>
    public string[] Cues { get; } = Cues is { Length: > 0 and <= MaxCues } ? Cues : throw new ArgumentException($"A statement pattern declares one to {MaxCues} cues.", nameof(Cues));

    /// <summary>
    /// The pattern's matches in <paramref name="folded"/> (folded, its runs of white space squeezed), the same as the
    /// regex's own left-to-right matches: the regex is run only around each occurrence of a cue, from <see cref="Lead"/>
    /// characters before it to <see cref="Reach"/> after, and a match is taken only if it starts by the cue.
    /// </summary>
    /// <param name="folded">The text.</param>
    /// <param name="absent">The cues known to be absent from the text (bit <c>k</c> for cue <c>k</c>): never looked for.</param>
    public StatementMatches Matches(ReadOnlySpan<char> folded, int absent = 0) => new(this, folded, absent);
}

/// <summary>The matches of a <see cref="StatementPattern"/> in one folded text, found around the occurrences of its cues.</summary>
internal ref struct StatementMatches
{
    private const int Unknown = -1;

    private const int Absent = int.MaxValue;

    private readonly StatementPattern pattern;
    private readonly ReadOnlySpan<char> text;
    private int from;
    private CueStarts cueAt;

    // The characters the windows may still span before the rest is matched as a whole: cues crowded together (a hostile
    // line of nothing but cues) would have each window scan again what the one before it did.
    private int budget;

    /// <summary>The matches of <paramref name="pattern"/> in <paramref name="text"/>, whose cues <paramref name="absent"/> (bits) it does not hold.</summary>
    public StatementMatches(StatementPattern pattern, ReadOnlySpan<char> text, int absent)
    {
        this.pattern = pattern;
        this.text = text;
        budget = 2 * text.Length + 4 * StatementPattern.Reach;
        Span<int> starts = cueAt;
        for (int k = 0; k < starts.Length; k++)
        {
            starts[k] = (absent & (1 << k)) != 0 ? Absent : Unknown;
        }
    }

    /// <summary>The current match: its index and length in the text.</summary>
    public (int Index, int Length) Current { get; private set; }

    /// <summary>The enumerator (itself), for <c>foreach</c>.</summary>
    public readonly StatementMatches GetEnumerator() => this;

    /// <summary>Moves to the next match, after the current one; false when there is none.</summary>
    public bool MoveNext()
    {
        for (int cue = budget > 0 ? NextCue(from) : Absent; cue != Absent; cue = budget > 0 ? NextCue(cue + 1) : Absent)
        {
            int start = Math.Max(from, cue - pattern.Lead);
            if (pattern.StatesNumber)
            {
                // A match starting by the cue has its first digit before the cue's start plus the declared distance.
                var digits = text[start..Math.Min(text.Length, cue + pattern.DigitWithin)];
                if (digits.IndexOfAnyInRange('0', '9') < 0)
                {
                    budget -= digits.Length;
                    continue;
                }
            }

            var window = text[..Math.Min(text.Length, cue + StatementPattern.Reach)];
            budget -= window.Length - start;
            foreach (var m in pattern.Regex.EnumerateMatches(window, start))
            {
                // A match starting after the cue may be cut by the window's end: it is found again from its own cue.
                if (m.Index <= cue)
                {
                    return Take(m);
                }

                break;
            }
        }

        if (budget <= 0 && from <= text.Length)
        {
            // The windows spent their budget: the rest of the text is matched as the pattern matches it, from here on.
            foreach (var m in pattern.Regex.EnumerateMatches(text, from))
            {
                return Take(m);
            }
        }

        from = text.Length + 1;
        return false;
    }

    /// <summary>Makes <paramref name="m"/> the current match; the next is looked for after it.</summary>
    private bool Take(ValueMatch m)
    {
        Current = (m.Index, m.Length);
        from = m.Index + Math.Max(1, m.Length);
        return true;
    }

    /// <summary>The first position at or after <paramref name="at"/> where one of the cues starts, or <see cref="Absent"/>.</summary>
    private int NextCue(int at)
    {
        var cues = pattern.Cues;
        Span<int> starts = cueAt;
        int next = Absent;
        for (int k = 0; k < cues.Length; k++)
        {
            if (starts[k] < at)
            {
                int found = at >= text.Length ? -1 : text[at..].IndexOf(cues[k], StringComparison.Ordinal);
                starts[k] = found < 0 ? Absent : at + found;
            }

            next = Math.Min(next, starts[k]);
        }

        return next;
    }

    /// <summary>Where each cue next starts (<see cref="Unknown"/> until looked for, <see cref="Absent"/> when it does not).</summary>
    [System.Runtime.CompilerServices.InlineArray(StatementPattern.MaxCues)]
    private struct CueStarts
    {
        private int first;
    }
}

/// <summary>A statement found as a fixed phrase of folded text, looked for only where its gate (a part of it, shared with other phrases) occurs.</summary>
/// <param name="Kind">What the statement is.</param>
/// <param name="Phrase">The phrase, folded.</param>
/// <param name="Gate">A part of the phrase that several phrases share: one search rules them all out.</param>
internal sealed record StatementPhrase(MentionKind Kind, string Phrase, string Gate);

/// <summary>
/// The statements of a plan's text that the calendar and content rules check: anniversary counts, date ranges,
/// editions, festival-day dates, mis-named institutions, outdated formulas and superseded regulations. Found afresh for
/// each validation, on folded text so diacritics and case do not matter.
/// </summary>
internal static partial class PlanScanner
{
    private static readonly LocalMention[] None = [];

    /// <summary>
    /// The plan's mentions, found afresh in every piece of its text. The pieces are folded into <paramref name="folded"/>
    /// (where the rules that match on every piece find them afterwards), the cues of all of them are found in one
    /// search, then each piece is read; what a piece states is placed on its text as written, however its words are spaced.
    /// </summary>
    public static Mention[] Scan(FestivalPlan plan, FoldedTextItems folded)
    {
        foreach (var (text, path) in plan.TextItems())
        {
            folded.Add(text, path);
        }

        folded.FindCues(Cues);
        List<Mention>? list = null;
        for (int i = 0; i < folded.Count; i++)
        {
            var local = ScanText(folded[i], folded.CuesAt(i));
            if (local.Length == 0)
            {
                continue;
            }

            var (text, path) = folded.ItemAt(i);
            foreach (var m in local)
            {
                var (offset, length) = folded.ToText(i, m.Offset, m.Length);
                list ??= [];
                list.Add(new Mention(m.Kind, m.A, m.B, text.At?.Shift(offset, length), path, text.Text.Substring(offset, length)));
            }
        }

        return list is null ? [] : [.. list];
    }

    /// <summary>The statements of one piece of plan text, placed on the text as written.</summary>
    internal static LocalMention[] ScanText(PlanText text)
    {
        using var folded = new FoldedTextItems();
        folded.Add(text, default);
        folded.FindCues(Cues);
        var local = ScanText(folded[0], folded.CuesAt(0));
        for (int k = 0; k < local.Length; k++)
        {
            var (offset, length) = folded.ToText(0, local[k].Offset, local[k].Length);
            local[k] = local[k] with { Offset = offset, Length = length };
        }

        return local;
    }

    /// <summary>
    /// The statements of the folded text <paramref name="folded"/>, holding the cues <paramref name="cues"/> (found in
    /// the whole folded text: a cue past the analysed part only lets a pattern run where it cannot match).
    /// </summary>
    private static LocalMention[] ScanText(ReadOnlySpan<char> folded, ulong cues)
    {
        if (folded.IsEmpty)
        {
            return None;
        }

        // As the reader (by default), the rules analyse the first characters of a long text; the rest is kept, not matched.
        int limit = TextPatterns.DefaultMaxLineChars;
        if (folded.Length > limit)
        {
            folded = folded[..limit];
        }

        // Most texts state nothing: the list is made by the first statement found. Each pattern runs only on a text
        // holding one of its cues (and a digit, when it states a number); each phrase only where its gate occurs. The
        // numbers are read from the matched text's runs of digits, whose order each pattern fixes.
        var f = folded;
        List<LocalMention>? list = null;

        // A text holding no cue runs no pattern and no phrase: only a range may be in it, which the dash test finds.
        bool digit = cues != 0 && f.IndexOfAnyInRange('0', '9') >= 0;
        for (int i = 0; i < Counts.Length; i++)
        {
            if (MayMatch(Counts[i], CountCues[i], cues, digit, out int absent))
            {
                Collect(ref list, Counts[i], f, absent);
            }
        }

        // A range is two dates joined by a dash or "đến" between digits, at least eight digits (19/8/1945 – 19/8/2026),
        // six runs of them in the pattern's order (day, month, year; day, month, year). Most texts with dates hold no
        // such join.
        Span<Range> runs = stackalloc Range[6];
        if ((digit || cues == 0) && HasDigits(f, 8) && JoinsTwoDates(f))
        {
            foreach (var found in AnniversaryRange().EnumerateMatches(f))
            {
                var match = f.Slice(found.Index, found.Length);
                TextPatterns.DigitRuns(match, runs);
                int da = TextPatterns.Digits(match[runs[0]], -1), ma = TextPatterns.Digits(match[runs[1]], -1);
                int db = TextPatterns.Digits(match[runs[3]], -1), mb = TextPatterns.Digits(match[runs[4]], -1);
                bool anniversary = da == db && ma == mb && ((da == 19 && ma == 8) || (da == 2 && ma == 9));

                // In words, a range between two festival days is as often a period of results ("từ 19/8/2025 đến
                // 19/8/2026"): only one starting at a founding year is an anniversary.
                if (anniversary && match.IndexOf("den", StringComparison.Ordinal) >= 0)
                {
                    anniversary = TextPatterns.Digits(match[runs[2]], -1) is 1945 or 2005;
                }

                if (anniversary && !LooksAhead(f, found.Index))
                {
                    (list ??= []).Add(new LocalMention(MentionKind.AnniversaryRange, TextPatterns.Digits(match[runs[2]], -1), TextPatterns.Digits(match[runs[5]], -1), found.Index, found.Length));
                }
            }
        }

        if (MayMatch(FestivalDayStatement, FestivalDayCues, cues, digit, out int absentNames))
        {
            foreach (var found in FestivalDayStatement.Matches(f, absentNames))
            {
                var match = f.Slice(found.Index, found.Length);
                var (day, month) = FestivalDayParts(match, runs);
                int dayAt = day.Start.Value;
                (list ??= []).Add(new LocalMention(MentionKind.FestivalDay, TextPatterns.Digits(match[day], -1), TextPatterns.Digits(match[month], -1), found.Index + dayAt, found.Length - dayAt));
            }
        }

        Phrases(ref list, f, cues, MisnamedPhrases, MisnamedGates);
        if (MayMatch(OutdatedFormulaStatement, OutdatedFormulaCues, cues, digit, out int absentFormula))
        {
            foreach (var m in OutdatedFormulaStatement.Matches(f, absentFormula))
            {
                if (!InsideQuotes(f, m.Index))
                {
                    (list ??= []).Add(new LocalMention(MentionKind.OutdatedPoliceFormula, 0, 0, m.Index, m.Length));
                }
            }
        }

        if (MayMatch(CeremonyStatement, CeremonyCues, cues, digit, out int absentCeremony))
        {
            Collect(ref list, CeremonyStatement, f, absentCeremony);
        }

        if (digit)
        {
            Phrases(ref list, f, cues, RegulationPhrases, RegulationGates);
        }

        return list is null ? None : [.. list];
    }

    /// <summary>
    /// Whether <paramref name="pattern"/>, whose cues are the bits <paramref name="patternCues"/> of <see cref="Cues"/>
    /// (one per cue, in its order), may match a text holding the cues <paramref name="present"/>: one of its cues, and a
    /// digit when it states a number. <paramref name="absent"/> tells which of its cues the text does not hold (bit <c>k</c>
    /// for cue <c>k</c>), so that they are not looked for.
    /// </summary>
    private static bool MayMatch(StatementPattern pattern, ulong[] patternCues, ulong present, bool hasDigit, out int absent)
    {
        absent = 0;
        for (int k = 0; k < patternCues.Length; k++)
        {
            absent |= (present & patternCues[k]) == 0 ? 1 << k : 0;
        }

        return (hasDigit || !pattern.StatesNumber) && absent != (1 << patternCues.Length) - 1;
    }

    /// <summary>
    /// The mentions of <paramref name="phrases"/> in <paramref name="f"/>, each at its first occurrence; a phrase is
    /// looked for only when its gate (<paramref name="gates"/>, bits of <see cref="Cues"/>) is among the text's <paramref name="cues"/>.
    /// </summary>
    private static void Phrases(ref List<LocalMention>? list, ReadOnlySpan<char> f, ulong cues, StatementPhrase[] phrases, ulong[] gates)
    {
        for (int i = 0; i < phrases.Length; i++)
        {
            var p = phrases[i];
            int at = (cues & gates[i]) != 0 ? f.IndexOf(p.Phrase, StringComparison.Ordinal) : -1;
            if (at >= 0)
            {
                (list ??= []).Add(new LocalMention(p.Kind, 0, 0, at, p.Phrase.Length));
            }
        }
    }

    /// <summary>The dashes that may join the two dates of an anniversary range (as in its pattern).</summary>
    private static readonly SearchValues<char> RangeDashes = SearchValues.Create("-–—");

    /// <summary>
    /// Whether two dates may be joined in folded text <paramref name="f"/> as in every match of
    /// <see cref="AnniversaryRange"/>: a dash between two ASCII digits (<see cref="HasDashBetweenDigits"/>), or "den"
    /// (đến), perhaps followed by "ngay", between them ("1945 đến ngày 19"), white space aside.
    /// </summary>
    internal static bool JoinsTwoDates(ReadOnlySpan<char> f)
    {
        if (HasDashBetweenDigits(f))
        {
            return true;
        }

        for (int at = f.IndexOf("den", StringComparison.Ordinal); at >= 0; at = VietnameseText.IndexOf(f, "den", at + 3))
        {
            if (at + 3 < f.Length && char.IsAsciiLetter(f[at + 3]))
            {
                continue;
            }

            int after = SpacedWords.SkipSpaces(f, at + 3);
            if (f[after..].StartsWith("ngay", StringComparison.Ordinal) && after + 4 < f.Length && char.IsWhiteSpace(f[after + 4]))
            {
                after = SpacedWords.SkipSpaces(f, after + 4);
            }

            if (DigitsAround(f, at, after))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an ASCII digit ends the text before <paramref name="at"/> (white space aside) and one stands at <paramref name="after"/>.</summary>
    private static bool DigitsAround(ReadOnlySpan<char> f, int at, int after)
    {
        int before = f[..at].TrimEnd().Length - 1;
        return before >= 0 && after < f.Length && char.IsAsciiDigit(f[before]) && char.IsAsciiDigit(f[after]);
    }

    /// <summary>
    /// Whether a dash of <see cref="RangeDashes"/> stands between two ASCII digits, white space aside ("1945 – 19"), as
    /// in every match of <see cref="AnniversaryRange"/> joined by a dash. Each space is looked at at most twice, so the
    /// test is linear.
    /// </summary>
    internal static bool HasDashBetweenDigits(ReadOnlySpan<char> f)
    {
        for (int from = 0; from < f.Length;)
        {
            int at = f[from..].IndexOfAny(RangeDashes);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if (DigitsAround(f, at, SpacedWords.SkipSpaces(f, at + 1)))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>Whether the text holds at least <paramref name="count"/> ASCII digits (a vectorised search jumps between them).</summary>
    private static bool HasDigits(ReadOnlySpan<char> f, int count)
    {
        var span = f;
        for (int at = span.IndexOfAnyInRange('0', '9'); at >= 0 && count > 0; at = span.IndexOfAnyInRange('0', '9'))
        {
            count--;
            span = span[(at + 1)..];
        }

        return count == 0;
    }

    /// <summary>Whether position <paramref name="index"/> of the folded text stands inside quotes (folding keeps them).</summary>
    private static bool InsideQuotes(ReadOnlySpan<char> f, int index)
    {
        int open = f[..(index + 1)].LastIndexOfAny('“', '"');
        if (open < 0)
        {
            return false;
        }

        int close = f[(open + 1)..].IndexOfAny('”', '"');
        return close < 0 || open + 1 + close > index;
    }

    /// <summary>
    /// Whether the statement at <paramref name="index"/> looks ahead to a coming anniversary ("hướng tới kỷ niệm 80
    /// năm … (19/8/1945 – 19/8/2025)" in a 2024 plan): its numbers are not this year's.
    /// </summary>
    private static bool LooksAhead(ReadOnlySpan<char> f, int index)
    {
        var before = f.Slice(Math.Max(0, index - 120), Math.Min(index, 120));
        int at = before.LastIndexOf("huong toi", StringComparison.Ordinal);
        return at >= 0 && before[at..].IndexOfAny('.', ';') < 0;
    }

    private static void Collect(ref List<LocalMention>? list, StatementPattern pattern, ReadOnlySpan<char> f, int absent)
    {
        foreach (var found in pattern.Matches(f, absent))
        {
            if (LooksAhead(f, found.Index))
            {
                continue;
            }

            var number = TextPatterns.NumberIn(f.Slice(found.Index, found.Length), pattern.NumberLast);
            int index = found.Index + number.Start.Value;
            int length = number.End.Value - number.Start.Value;
            int len = Math.Min(length + 4, f.Length - index);
            (list ??= []).Add(new LocalMention(pattern.Kind, TextPatterns.Digits(f.Slice(index, length), -1), 0, index, len));
        }
    }

    /// <summary>
    /// The day and the month of a festival-day statement's <paramref name="match"/>: its first two runs of digits, or
    /// the two after the festival's year when one comes first ("năm 2024 … ngày 19/8"); <paramref name="runs"/> is scratch.
    /// </summary>
    internal static (Range Day, Range Month) FestivalDayParts(ReadOnlySpan<char> match, Span<Range> runs)
    {
        int count = TextPatterns.DigitRuns(match, runs);
        int day = count > 2 && match[runs[0]].Length == 4 ? 1 : 0;
        return (runs[day], runs[day + 1]);
    }

    /// <summary>What a count holds before its cue, at most: "81 nam ngay " (three digits, "nam", "ngay", a space after each).</summary>
    private const int CountLead = 13;

    /// <summary>
    /// The festival's name as the cue of its statements, with its quote after "ngày hội" when it has one ("Ngày hội
    /// “Toàn dân …”"): "toàn dân bảo vệ" alone would be a cue four times as common (the movement's name holds it too).
    /// </summary>
    private static readonly string[] FestivalNames = ["ngay hoi toan dan bao ve", "ngay hoi “toan dan bao ve", "ngay hoi \"toan dan bao ve"];

    /// <summary>The festival's name in the statement patterns: one of <see cref="FestivalNames"/>.</summary>
    private const string FestivalName = @"(?:ngay hoi toan dan bao ve|ngay hoi “toan dan bao ve|ngay hoi ""toan dan bao ve)";

    /// <summary>The counted statements, in the order their mentions are listed.</summary>
    private static readonly StatementPattern[] Counts =
    [
        new(MentionKind.PoliceYears, PoliceCount(), ["truyen thong", "thanh lap"], Lead: CountLead),
        new(MentionKind.PoliceYears, PoliceCountAfter(), ["cong an nhan dan", "cand"], DigitWithin: 33),
        new(MentionKind.AugustRevolutionYears, RevolutionCount(), ["cach mang thang"], Lead: CountLead),
        new(MentionKind.NationalDayYears, NationalDayCount(), ["quoc khanh"], Lead: CountLead),
        new(MentionKind.FestivalYears, FestivalCount(), FestivalNames, Lead: CountLead + 1),
        new(MentionKind.Edition, Edition(), ["lan thu"], Lead: 82, DigitWithin: 91, NumberLast: true), // the rarer of its two literals: most texts name the festival, few its edition
    ];

    private static readonly StatementPattern FestivalDayStatement = new(MentionKind.FestivalDay, FestivalDay(), FestivalNames, DigitWithin: 75);

    private static readonly StatementPattern OutdatedFormulaStatement = new(MentionKind.OutdatedPoliceFormula, OutdatedFormula(), ["tung buoc hien dai"], Lead: 33, DigitWithin: 0); // the words the formula in force dropped: most plans quote that one

    private static readonly StatementPattern CeremonyStatement = new(MentionKind.AnniversaryCeremony, AnniversaryCeremony(), ["le ky niem"], DigitWithin: 12);

    /// <summary>Every statement found by a pattern, with its cues (for the test that keeps the cues honest).</summary>
    internal static IEnumerable<StatementPattern> Patterns => [.. Counts, FestivalDayStatement, OutdatedFormulaStatement, CeremonyStatement];

    private const string ForSecurity = "vi an ninh to quoc";

    private const string ForTheCause = "vi su nghiep bao ve";

    /// <summary>The mis-named institutions, listed after the festival day and before the formula (phrases sharing a gate stand together).</summary>
    private static readonly StatementPhrase[] MisnamedPhrases =
    [
        new(MentionKind.MisnamedFestival, "ngay hoi toan dan vi an ninh to quoc", ForSecurity),
        new(MentionKind.MisnamedMedal, "ky niem chuong vi an ninh to quoc", ForSecurity),
        new(MentionKind.MisnamedMedal, "ky niem chuong \"vi an ninh to quoc", ForSecurity),
        new(MentionKind.MisnamedMedal, "ky niem chuong “vi an ninh to quoc", ForSecurity),
        new(MentionKind.MisnamedMovement, "phong trao toan dan vi an ninh to quoc", ForSecurity),
        new(MentionKind.MisnamedMedal, "ky niem chuong vi su nghiep bao ve", ForTheCause),
    ];

    private const string Circular = "/tt-bca";

    /// <summary>The superseded regulations, listed last (they need a digit).</summary>
    private static readonly StatementPhrase[] RegulationPhrases =
    [
        new(MentionKind.Circular23Of2012, "23/2012/tt-bca", Circular),
        new(MentionKind.Circular11Of2021, "11/2021/tt-bca", Circular),
        new(MentionKind.Decree91Of2017, "91/2017/nd-cp", "/nd-cp"),
    ];

    /// <summary>Every statement found as a phrase (for the test that keeps the gates honest).</summary>
    internal static IEnumerable<StatementPhrase> PhraseStatements => [.. MisnamedPhrases, .. RegulationPhrases];

    /// <summary>
    /// Every cue of the patterns, every gate of the phrases and every name no longer in use, derived from their
    /// declarations and looked for together in one search of each text (declared above it: static fields are set in order).
    /// </summary>
    private static readonly PhraseSet Cues = new(Patterns.SelectMany(p => p.Cues).Concat(PhraseStatements.Select(p => p.Gate)).Concat(OutdatedNames.All.Select(n => n.Name.Folded)));

    /// <summary>
    /// The bit of each of <see cref="OutdatedNames.All"/> among the cues a piece of text holds
    /// (<see cref="FoldedTextItems.CuesAt"/>): the names ANTQ316 looks for are found in the same search as the scan's cues.
    /// </summary>
    internal static readonly ulong[] OutdatedNameCues = [.. OutdatedNames.All.Select(n => Cues.Bits([n.Name.Folded]))];

    /// <summary>The bits of all of <see cref="OutdatedNames.All"/>: a piece of text holding none is passed over at once.</summary>
    internal static readonly ulong AnyOutdatedNameCue = OutdatedNameCues.Aggregate(0UL, (all, bit) => all | bit);

    private static readonly ulong[][] CountCues = [.. Counts.Select(CueBits)];

    private static readonly ulong[] FestivalDayCues = CueBits(FestivalDayStatement);

    private static readonly ulong[] OutdatedFormulaCues = CueBits(OutdatedFormulaStatement);

    private static readonly ulong[] CeremonyCues = CueBits(CeremonyStatement);

    /// <summary>The bit of each of a pattern's cues among <see cref="Cues"/>, in the pattern's order.</summary>
    private static ulong[] CueBits(StatementPattern pattern) => [.. pattern.Cues.Select(c => Cues.Bits([c]))];

    private static readonly ulong[] MisnamedGates = [.. MisnamedPhrases.Select(p => Cues.Bits([p.Gate]))];

    private static readonly ulong[] RegulationGates = [.. RegulationPhrases.Select(p => Cues.Bits([p.Gate]))];

    // The day is named "truyền thống" (tradition) or "thành lập" (founding); "Công an nhân dân vũ trang" is the border
    // guards' former name, whose day (3 March 1959) is another count.
    [GeneratedRegex(@"(?<n>[0-9]{1,3})\s+nam\s+(?:ngay\s+)?(?:truyen thong|thanh lap)\s+(?:luc luong\s+)?(?:cong an nhan dan|cand)\b(?!\s+vu trang)", RegexOptions.CultureInvariant)]
    private static partial Regex PoliceCount();

    // Only a count tied to the tradition day is a count: "qua 81 năm xây dựng, chiến đấu và trưởng thành", not the
    // period "trong 5 năm qua".
    [GeneratedRegex(@"(?:cong an nhan dan|cand)(?:\s+viet nam)?\s+(?:qua|trong)\s+(?<n>[0-9]{1,3})\s+nam\s+(?:xay dung|hinh thanh|chien dau|truong thanh|phat trien|lich su|truyen thong)", RegexOptions.CultureInvariant)]
    private static partial Regex PoliceCountAfter();

    /// <summary>A formal anniversary ceremony of the tradition day: "lễ kỷ niệm 81 năm Ngày truyền thống Công an nhân dân".</summary>
    [GeneratedRegex(@"le ky niem\s+(?<n>[0-9]{1,3})\s+nam\s+(?:ngay\s+)?(?:truyen thong|thanh lap)\s+(?:luc luong\s+)?(?:cong an nhan dan|cand)\b(?!\s+vu trang)", RegexOptions.CultureInvariant)]
    private static partial Regex AnniversaryCeremony();

    [GeneratedRegex(@"(?<n>[0-9]{1,3})\s+nam\s+(?:ngay\s+)?cach mang thang\s+(?:8|tam)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RevolutionCount();

    [GeneratedRegex(@"(?<n>[0-9]{1,3})\s+nam\s+(?:ngay\s+)?quoc khanh\b", RegexOptions.CultureInvariant)]
    private static partial Regex NationalDayCount();

    // The festival's name may be quoted whole ("“Ngày hội toàn dân …”") or after "Ngày hội" ("Ngày hội “Toàn dân …”").
    [GeneratedRegex(@"(?<n>[0-9]{1,3})\s+nam\s+[""“]?" + FestivalName + @"\s+(?:an ninh to quoc|antq)", RegexOptions.CultureInvariant)]
    private static partial Regex FestivalCount();

    [GeneratedRegex(FestivalName + @"\s+(?:an ninh to quoc|antq)[""”]?[^.;]{0,40}?\blan thu\s+(?<n>[0-9]{1,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Edition();

    [GeneratedRegex(@"\b(?<da>[0-9]{1,2})\s*[/.\-]\s*(?<ma>[0-9]{1,2})\s*[/.\-]\s*(?<a>[0-9]{4})\s*(?:[-–—]|den(?:\s+ngay)?)\s*(?<db>[0-9]{1,2})\s*[/.\-]\s*(?<mb>[0-9]{1,2})\s*[/.\-]\s*(?<b>[0-9]{4})\b", RegexOptions.CultureInvariant)]
    internal static partial Regex AnniversaryRange();

    [GeneratedRegex(FestivalName + @"\s+(?:an ninh to quoc|antq)[""”]?(?:\s*\((?:antq)\))?(?:\s+nam\s+[0-9]{4})?\s*(?:\(|,|:)?\s*(?:(?:duoc\s+)?(?:to chuc|dien ra)\s+)?(?:vao\s+)?ngay\s+(?<d>[0-9]{1,2})\s*[/.\-]\s*(?<m>[0-9]{1,2})(?:\s*[/.\-]\s*[0-9]{4})?", RegexOptions.CultureInvariant)]
    private static partial Regex FestivalDay();

    [GeneratedRegex(@"(?:cach mang,\s*)?chinh quy,\s*tinh nhue,\s*tung buoc hien dai", RegexOptions.CultureInvariant)]
    private static partial Regex OutdatedFormula();
}
