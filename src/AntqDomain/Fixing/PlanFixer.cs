using System.Collections.Immutable;
using AntqDomain.Calendar;
using AntqDomain.Documents;
using AntqDomain.Plans;
using AntqDomain.Rules;
using NodaTime;
using AntqDomain.Language;
using AntqDomain.Reading;

namespace AntqDomain.Fixing;

/// <summary>
/// Repairs the mechanical defects of a plan's text (<em>sửa lỗi kỹ thuật của kế hoạch</em>): reads it, validates it,
/// applies every <see cref="SuggestedFix"/> the findings carry, and repeats until nothing fixable is left; optionally
/// re-targets last year's plan to another year first. Only the spans of the fixes change — the rest of the text,
/// its line endings included, is kept byte for byte. Thread-safe.
/// </summary>
public sealed class PlanFixer
{
    private const int MaxRounds = 5;
    private readonly PlanValidator validator;
    private readonly PlanTextReader reader;

    /// <summary>A fixer using <paramref name="validator"/> and <paramref name="reader"/> (the defaults when null).</summary>
    /// <param name="validator">The validator whose findings are fixed.</param>
    /// <param name="reader">The reader of the text.</param>
    public PlanFixer(PlanValidator? validator = null, PlanTextReader? reader = null)
    {
        this.validator = validator ?? new PlanValidator();
        this.reader = reader ?? PlanTextReader.Default;
    }

    /// <summary>Fixes <paramref name="text"/>: every fixable finding, round after round, until none is left.</summary>
    /// <param name="text">The plan as text.</param>
    /// <param name="parent">The plan of the level above, when known.</param>
    /// <param name="on">The date whose requirements apply; the plan's own date when null.</param>
    /// <param name="year">
    /// Re-target the plan to this festival year first ("as of": the year in the title, the backdrop title, the window
    /// and the issue date; counts, ranges and the rest then follow from the rules); null keeps the plan's year.
    /// </param>
    /// <returns>The fixed text, what was applied, and what is left for a person.</returns>
    /// <exception cref="PlanFormatException">The text cannot be read as a plan at all.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> has no festival.</exception>
    public PlanFixResult Fix(string text, FestivalPlan? parent = null, LocalDate? on = null, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (year is { } y && !FestivalYear.IsSupported(y))
        {
            throw new ArgumentOutOfRangeException(nameof(year), y, $"The festival is held from {FestivalYear.FirstYear}; {y} has none.");
        }

        string current = text;
        var applied = ImmutableArray.CreateBuilder<SuggestedFix>();
        if (year is { } target)
        {
            var plan = reader.Read(current).GetPlanOrThrow();
            if (RetargetFix(plan, VietnameseText.Normalize(current), target) is { } retarget)
            {
                current = Apply(current, [retarget]).Text;
                applied.Add(retarget);
            }
        }

        ValidationReport report;
        for (int round = 0; ; round++)
        {
            var plan = reader.Read(current).GetPlanOrThrow();
            report = validator.Check(plan, parent, on);
            if (round == MaxRounds || !report.Findings.Any(f => f.Fix is not null))
            {
                break;
            }

            var step = Apply(current, report.Findings.Select(f => f.Fix).OfType<SuggestedFix>());
            if (step.Applied.IsEmpty || string.Equals(step.Text, current, StringComparison.Ordinal))
            {
                break;
            }

            current = step.Text;
            applied.AddRange(step.Applied);
        }

        return new PlanFixResult(text, current, applied.ToImmutable(), report);
    }

    /// <summary>
    /// Applies <paramref name="fixes"/> to <paramref name="text"/> (the text they were found in). A fix is taken whole
    /// or not at all: one with an edit that overlaps an edit already taken, or that leaves its line, is skipped. A line
    /// feed in a replacement becomes the text's own line ending.
    /// </summary>
    /// <param name="text">The text the fixes were made for.</param>
    /// <param name="fixes">The fixes (<see cref="Finding.Fix"/> of a report's findings).</param>
    /// <returns>The new text and the fixes applied.</returns>
    public static (string Text, ImmutableArray<SuggestedFix> Applied) Apply(string text, IEnumerable<SuggestedFix> fixes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fixes);

        // Positions in findings are in the text as the reader saw it: NFC-normalised.
        string source = VietnameseText.Normalize(text);
        var lines = LineSpans(source);
        string newline = NewLine(source);
        var edits = new List<(int Start, int Length, string Replacement, SuggestedFix Fix)>();
        foreach (var fix in fixes)
        {
            var resolved = new List<(int, int, string, SuggestedFix)>();
            foreach (var e in fix.Edits)
            {
                if (e.Span is not { Line: { } line, Column: { } column, Length: { } length } || line < 1 || line > lines.Count || column < 1 || length < 0)
                {
                    resolved = null;
                    break;
                }

                var (start, end) = lines[line - 1];
                int at = start + column - 1;
                if (at + length > end)
                {
                    resolved = null;
                    break;
                }

                resolved.Add((at, length, e.Replacement.Replace("\n", newline, StringComparison.Ordinal), fix));
            }

            if (resolved is not null)
            {
                edits.AddRange(resolved);
            }
        }

        edits.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Length.CompareTo(y.Length));
        // A fix is all or nothing: first find the fixes with an edit that clashes, then keep the others' edits.
        var refused = new HashSet<SuggestedFix>(ReferenceEqualityComparer.Instance);
        for (int i = 1; i < edits.Count; i++)
        {
            var (prev, e) = (edits[i - 1], edits[i]);
            if (!ReferenceEquals(prev.Fix, e.Fix) && (e.Start < prev.Start + prev.Length || (e.Start == prev.Start && (e.Length == 0 || prev.Length == 0))))
            {
                refused.Add(e.Fix);
            }
        }

        var taken = new List<(int Start, int Length, string Replacement, SuggestedFix Fix)>();
        foreach (var e in edits)
        {
            if (refused.Contains(e.Fix) || string.Equals(source.Substring(e.Start, e.Length), e.Replacement, StringComparison.Ordinal))
            {
                continue;
            }

            if (taken.Count > 0 && e.Start < taken[^1].Start + taken[^1].Length)
            {
                continue;
            }

            taken.Add(e);
        }

        if (taken.Count == 0)
        {
            return (text, []);
        }

        var sb = new System.Text.StringBuilder(source.Length + 64);
        int pos = 0;
        foreach (var e in taken)
        {
            sb.Append(source, pos, e.Start - pos).Append(e.Replacement);
            pos = e.Start + e.Length;
        }

        sb.Append(source, pos, source.Length - pos);
        return (sb.ToString(), [.. taken.Select(t => t.Fix).Distinct(ReferenceEqualityComparer.Instance).Cast<SuggestedFix>()]);
    }

    /// <summary>
    /// The fix that moves a plan to <paramref name="year"/>: the year in the title, in every backdrop line, in the
    /// window and in the issue date; null when the plan has no year or already has it.
    /// </summary>
    /// <summary>
    /// The fix that moves the plan in <paramref name="text"/> to the festival of <paramref name="year"/> (the years of
    /// its title, backdrop, window and issue date); null when it cannot be read, has no year or already has that one.
    /// </summary>
    /// <param name="text">The plan as text.</param>
    /// <param name="year">The festival year to move to.</param>
    /// <param name="reader">The reader; <see cref="PlanTextReader.Default"/> when null.</param>
    /// <returns>The fix, or null.</returns>
    public static SuggestedFix? Retarget(string text, int year, PlanTextReader? reader = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (reader ?? PlanTextReader.Default).Read(text).Plan is { } plan ? RetargetFix(plan, VietnameseText.Normalize(text), year) : null;
    }

    private static SuggestedFix? RetargetFix(FestivalPlan plan, string source, int year)
    {
        if (plan.FestivalYear is not { } from || from == year)
        {
            return null;
        }

        var lines = LineSpans(source);
        var spans = new List<Location>();
        void Add(Location? at)
        {
            if (at is { Line: { } line, Column: { } column, Length: { } length } && line <= lines.Count)
            {
                var (start, end) = lines[line - 1];
                int s = start + column - 1;
                if (s + length <= end)
                {
                    spans.AddRange(Fixes.Years(at, source.Substring(s, length), from));
                }
            }
        }

        // The title usually spans two lines ("KẾ HOẠCH" over "Tổ chức … năm 2026"): its year is on a line after the first.
        if (plan.Title is { At: { Line: { } titleLine } } title)
        {
            for (int l = titleLine; l <= Math.Min(titleLine + 2, lines.Count); l++)
            {
                var (start, end) = lines[l - 1];
                string lineText = source[start..end];
                if (lineText.Trim().Length > 0 && title.Text.Contains(lineText.Trim(), StringComparison.Ordinal))
                {
                    Add(Location.At(l, 1, lineText.Length));
                }
            }
        }

        foreach (var line in plan.BackdropTitle)
        {
            Add(line.At);
        }

        Add(plan.Window?.Text?.At);
        Add(plan.DatedAt);
        if (spans.Count == 0)
        {
            return null;
        }

        string y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string f = from.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var edits = spans.Distinct().Select(s => new TextEdit(s, y)).ToList();
        if (CeremonyEdit(plan, from, year) is { } ceremony)
        {
            edits.Add(ceremony);
        }

        return new SuggestedFix($"Chuyển kế hoạch năm {f} thành năm {y}", $"Re-target the {f} plan to {y}", [.. edits]);
    }

    /// <summary>
    /// The ceremony steps of the template in force in the new year, when the plan followed the old year's template
    /// step for step on one line and the template changes ("(1) …; (2) …" rewritten); null otherwise.
    /// </summary>
    private static TextEdit? CeremonyEdit(FestivalPlan plan, int from, int year)
    {
        if (plan.Ceremony is not { Steps: { IsDefaultOrEmpty: false } steps } || plan.IssueDate is not { } issued || !FestivalYear.IsSupported(from)
            || steps[0].Text.At is not { Line: { } line, Column: { } firstColumn } || steps[^1].Text.At is not { Line: { } lastLine, Column: { } lastColumn, Length: { } lastLength }
            || line != lastLine || steps[0].Text.Marker is not { Length: > 0 } marker)
        {
            return null;
        }

        var old = Drafting.PlanDrafter.TemplateFor(new FestivalYear(from), issued);
        var moved = new LocalDate(year, issued.Month, Math.Min(issued.Day, CalendarSystem.Iso.GetDaysInMonth(year, issued.Month)));
        var now = Drafting.PlanDrafter.TemplateFor(new FestivalYear(year), moved);
        if (old.Id == now.Id || !steps.Select(s => s.Kind).SequenceEqual(old.Steps.Select(s => s.Kind)))
        {
            return null;
        }

        int start = firstColumn - marker.Length - 1;
        return start < 1 ? null : new TextEdit(Location.At(line, start, lastColumn + lastLength - start), Drafting.PlanDrafter.CeremonyStepsText(now));
    }

    private static List<(int Start, int End)> LineSpans(string text)
    {
        var spans = new List<(int, int)>();
        int start = 0;
        while (true)
        {
            int nl = text.AsSpan(start).IndexOfAny(PlanTextReader.LineBreaks);
            if (nl < 0)
            {
                spans.Add((start, text.Length));
                return spans;
            }

            int end = start + nl;
            spans.Add((start, end));
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
    }

    private static string NewLine(string text)
    {
        int nl = text.AsSpan().IndexOfAny(PlanTextReader.LineBreaks);
        return nl < 0 ? "\n" : text[nl] == '\r' ? (nl + 1 < text.Length && text[nl + 1] == '\n' ? "\r\n" : "\r") : text[nl].ToString();
    }
}
