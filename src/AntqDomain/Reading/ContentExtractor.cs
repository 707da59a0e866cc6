using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AntqDomain.Documents;
using AntqDomain.Internal;
using AntqDomain.Plans;
using NodaTime;
using AntqDomain.Language;

namespace AntqDomain.Reading;

/// <summary>
/// Finds the typed content of a plan (ceremony, festival part, window, scope, …) in its parts' paragraphs; see
/// <see cref="PlanContent"/>. It matches on the paragraphs' folded forms: the text reader hands over the ones it has
/// made; otherwise they are folded into a buffer borrowed for the time of the extraction. A paragraph spaced unevenly
/// is matched with its runs of white space squeezed (<see cref="SqueezedSpaces"/>), and what is found in it placed on
/// its text as written.
/// </summary>
internal sealed partial class ContentExtractor : IDisposable
{
    private readonly PooledList<(PlanText Text, ReadOnlyMemory<char> Folded, SectionKind Kind)> all;
    private readonly int? year;
    private readonly SqueezedSpaces squeezed = new();
    private char[]? borrowed;

    private ContentExtractor(ImmutableArray<PlanSection> sections, int? year, IReadOnlyList<FoldedParagraph>? folded)
    {
        this.year = year;
        all = Flatten(sections, folded, squeezed, out borrowed);
    }

    public ImmutableArray<PlanText> LeadUp { get; private set; } = [];

    public CeremonyProgramme? Ceremony { get; private set; }

    public ImmutableArray<FestivalActivity> Activities { get; private set; } = [];

    public bool HasFestivalPart { get; private set; }

    public ImmutableArray<PlanText> Backdrop { get; private set; } = [];

    public PlanWindow? Window { get; private set; }

    public LocalDate? FlagsFrom { get; private set; }

    public PlanText? ScopeText { get; private set; }

    public ImmutableArray<VenueKind> Scope { get; private set; } = [];

    public ImmutableArray<PlanText> Showcase { get; private set; } = [];

    public PlanText? Participants { get; private set; }

    public PlanText? Funding { get; private set; }

    public ImmutableArray<FundingSource> FundingSources { get; private set; } = [];

    public ImmutableArray<ImplementationTask> Tasks { get; private set; } = [];

    /// <summary>
    /// The content of <paramref name="sections"/> for a plan of <paramref name="year"/>; <paramref name="folded"/>,
    /// when given, holds the folded form of every paragraph, part after part (the reader's).
    /// </summary>
    public static PlanContent Extract(ImmutableArray<PlanSection> sections, int? year, IReadOnlyList<FoldedParagraph>? folded = null)
    {
        using var x = new ContentExtractor(sections.IsDefault ? [] : sections, year, folded);
        x.Run();
        return new PlanContent(x.LeadUp, x.Ceremony, x.Activities, x.HasFestivalPart, x.Backdrop, x.Window, x.FlagsFrom, x.ScopeText, x.Scope, x.Showcase, x.Participants, x.Funding, x.FundingSources, x.Tasks);
    }

    /// <summary>Gives back what the extraction borrowed, emptied of the plan's text.</summary>
    public void Dispose()
    {
        all.Dispose();
        squeezed.Dispose();
        if (borrowed is { } buffer)
        {
            borrowed = null;
            buffer.AsSpan().Clear();
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void Run()
    {
        FindLeadUp();
        FindCeremony();
        FindFestivalPart();
        FindBackdrop();
        FindWindow();
        FindStatements();
        FindTasks();
    }

    /// <summary>
    /// Every paragraph of every part with its folded text and its part's kind, in one list of the right size. The
    /// folded forms are <paramref name="folded"/>'s when given, else folded into <paramref name="buffer"/>, borrowed;
    /// an unevenly spaced one is squeezed there (a copy of the reader's), its runs noted in <paramref name="squeezed"/>.
    /// Only a paragraph whose fold saw two spaces in a row (or that the reader could not vouch for) is searched for them.
    /// </summary>
    private static PooledList<(PlanText Text, ReadOnlyMemory<char> Folded, SectionKind Kind)> Flatten(ImmutableArray<PlanSection> sections, IReadOnlyList<FoldedParagraph>? folded, SqueezedSpaces squeezed, out char[]? buffer)
    {
        int count = 0;
        int chars = 0;
        foreach (var s in sections)
        {
            count += s.Paragraphs.Length;
            foreach (var p in s.Paragraphs)
            {
                chars += p.Text?.Length ?? 0;
            }
        }

        if (folded is not null && folded.Count != count)
        {
            throw new ArgumentException("One folded form is needed for each paragraph.", nameof(folded));
        }

        buffer = folded is null && chars > 0 ? System.Buffers.ArrayPool<char>.Shared.Rent(chars) : null;
        int used = 0;
        var all = new PooledList<(PlanText Text, ReadOnlyMemory<char> Folded, SectionKind Kind)>(count);
        foreach (var s in sections)
        {
            foreach (var p in s.Paragraphs)
            {
                ReadOnlyMemory<char> f;
                if (folded is null)
                {
                    int length = p.Text?.Length ?? 0;
                    if (VietnameseText.FoldFindingSpaceRun(p.Text, buffer.AsSpan(used, length)))
                    {
                        length = squeezed.Add(buffer.AsSpan(used, length));
                    }
                    else
                    {
                        squeezed.AddAsIs();
                    }

                    f = buffer.AsMemory(used, length);
                    used += length;
                }
                else if (folded[all.Count] is { MayHoldSpaceRun: true, Folded: var given } && SqueezedSpaces.HasRun(given.Span))
                {
                    buffer ??= System.Buffers.ArrayPool<char>.Shared.Rent(chars);
                    var copy = buffer.AsSpan(used, given.Length);
                    given.Span.CopyTo(copy);
                    int length = squeezed.Add(copy);
                    f = buffer.AsMemory(used, length);
                    used += length;
                }
                else
                {
                    f = folded[all.Count].Folded;
                    squeezed.AddAsIs();
                }

                all.Add((p, f, s.Kind));
            }
        }

        return all;
    }

    /// <summary>
    /// Whether the (squeezed) folded paragraph may hold a match of <see cref="TextPatterns.Showcase"/>: both of its forms
    /// name a "điểm", the first after "chọn", the second with "tại" or "ở" right after it ("tổ chức điểm tại xã A").
    /// Most paragraphs hold neither, and spare the pattern a search for its first letters, which are everywhere.
    /// </summary>
    internal static bool MayNameShowcase(ReadOnlySpan<char> folded)
        => folded.Contains("diem", StringComparison.Ordinal) && MayNameShowcasePoint(folded);

    /// <summary>As <see cref="MayNameShowcase"/>, for a paragraph already known to hold "diem".</summary>
    private static bool MayNameShowcasePoint(ReadOnlySpan<char> folded)
        => folded.Contains("chon", StringComparison.Ordinal) || folded.Contains("diem tai ", StringComparison.Ordinal) || folded.Contains("diem o ", StringComparison.Ordinal)
           || folded.Contains("diem\" tai ", StringComparison.Ordinal) || folded.Contains("diem\" o ", StringComparison.Ordinal);

    private static bool IsItem(string? marker) => marker is not null && char.IsAsciiDigit(marker[0]);

    private static ReadOnlySpan<char> Body(ReadOnlySpan<char> folded)
    {
        int colon = folded.IndexOf(':');
        return colon >= 0 ? folded[(colon + 1)..] : folded;
    }

    private void FindLeadUp()
    {
        // Both headings hold "hoat dong": a paragraph without it (most) is passed after one search.
        int start = all.FindIndex(p => Has(p.Folded.Span, "hoat dong") && (Has(p.Folded.Span, "hoat dong huong toi") || Has(p.Folded.Span, "cac hoat dong truoc")));
        if (start < 0)
        {
            return;
        }

        var list = new List<PlanText>();
        for (int i = start + 1; i < all.Count && !IsItem(all[i].Text.Marker); i++)
        {
            list.Add(all[i].Text);
        }

        LeadUp = [.. list];
    }

    /// <summary>The words before a part's name in the heading of its programme ("Chương trình Phần lễ:"), folded.</summary>
    private const string ProgrammeOf = "chuong trinh ";

    private static bool StartsBlock(ReadOnlySpan<char> folded, string word)
    {
        // The word counts only within the paragraph's first characters (only they are searched), or right after
        // "Chương trình" ("Chương trình Phần lễ:").
        int at = folded[..Math.Min(folded.Length, 12 + word.Length)].IndexOf(word, StringComparison.Ordinal);
        if (at < 0 && folded.StartsWith(ProgrammeOf, StringComparison.Ordinal) && folded[ProgrammeOf.Length..].StartsWith(word, StringComparison.Ordinal))
        {
            at = ProgrammeOf.Length;
        }
        else if (at < 0 || at > 12)
        {
            return false;
        }

        int after = at + word.Length;
        while (after < folded.Length && folded[after] == ' ')
        {
            after++;
        }

        // "Phần lễ gồm các nội dung sau:", "Phần hội bao gồm: …" introduce the block as a colon does.
        var rest = folded[after..];
        var gom = rest.StartsWith("bao ", StringComparison.Ordinal) ? rest[4..] : rest;
        if (gom.StartsWith("gom", StringComparison.Ordinal) && (gom.Length == 3 || gom[3] is ' ' or ':'))
        {
            int colon = rest.IndexOf(':');
            return colon >= 0 && colon <= 40;
        }

        return after >= folded.Length || folded[after] == ':' || folded[after] == '(';
    }

    /// <summary>
    /// The first colon of <paramref name="text"/> outside brackets, or -1: in "Phần lễ (thời gian: 7h30 ngày 12/8)" the
    /// colon belongs to the note in brackets, and the steps follow on their own lines.
    /// </summary>
    private static int ColonOutsideBrackets(string text)
    {
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')' when depth > 0:
                    depth--;
                    break;
                case ':' when depth == 0:
                    return i;
            }
        }

        return -1;
    }

    private void FindCeremony()
    {
        int start = all.FindIndex(p => StartsBlock(p.Folded.Span, "phan le"));
        if (start < 0)
        {
            return;
        }

        var head = all[start];
        string headText = head.Text.Text;
        int colon = ColonOutsideBrackets(headText);
        int restOffset = colon + 1;
        using var steps = new PooledList<CeremonyStep>();
        if (colon >= 0 && !headText.AsSpan(restOffset).IsWhiteSpace())
        {
            // The steps written on the heading's own line, after the colon: numbered inline ("(1) … (2) …") or separated
            // by ';'. A programme hard-wrapped over several lines (a copy from a PDF) is read as the one line it was.
            var lines = InlineProgrammeLines(start);
            var source = head.Text;
            if (lines is not null)
            {
                headText = string.Join(' ', lines.Select(l => l.Written));
                source = new PlanText(headText, head.Text.At, head.Text.Marker);
            }

            using var numbers = new PooledList<(int Index, int Length)>();
            foreach (var n in TextPatterns.InlineStepNumber().EnumerateMatches(headText.AsSpan(restOffset)))
            {
                numbers.Add((restOffset + n.Index, n.Length));
            }

            if (numbers.Count >= 2)
            {
                for (int k = 0; k < numbers.Count; k++)
                {
                    int from = numbers[k].Index + numbers[k].Length;
                    int to = k + 1 < numbers.Count ? numbers[k + 1].Index : headText.Length;
                    AddStep(steps, source, from, to - from, TextPatterns.MarkerText(headText.AsSpan(numbers[k].Index, numbers[k].Length)), lines);
                }
            }
            else
            {
                for (int from = restOffset; from <= headText.Length;)
                {
                    int semicolon = headText.IndexOf(';', from);
                    int to = semicolon < 0 ? headText.Length : semicolon;
                    AddStep(steps, source, from, to - from, null, lines);
                    from = to + 1;
                }
            }
        }
        else
        {
            // A programme laid out as a table ("TT | Nội dung | Thực hiện") comes as rows of cells: a row is one step, its
            // first cell that is neither its number nor its time; the header row and the cells naming who does a step
            // are not steps.
            int? takenRow = null;
            for (int i = start + 1; i < all.Count; i++)
            {
                var p = all[i];
                var f = p.Folded.Span;
                if (StartsBlock(f, "phan hoi") || Has(f, "khanh tiet") || Starts(f, "tieu de") || (IsItem(p.Text.Marker) && !p.Text.Marker!.StartsWith('(')) && !char.IsAsciiDigit(p.Text.Text.FirstOrDefault()) && p.Text.Marker!.Contains('.', StringComparison.Ordinal))
                {
                    break;
                }

                if (IsProgrammeFiller(f))
                {
                    continue;
                }

                if (RowOf(i) is { } row)
                {
                    if (row == takenRow)
                    {
                        continue;
                    }

                    takenRow = row;
                }

                AddStep(steps, p.Text, 0, p.Text.Text.Length, p.Text.Marker, null);
            }
        }

        // A step is added only when it has text.
        Ceremony = new CeremonyProgramme(ImmutableArray.Create(steps.AsSpan()), head.Text.At);
    }

    /// <summary>The line of the paragraph <paramref name="i"/> when it is a cell of a row of several (a neighbour on its line), else null.</summary>
    private int? RowOf(int i)
    {
        if (all[i].Text.At?.Line is not { } line)
        {
            return null;
        }

        return (i > 0 && all[i - 1].Text.At?.Line == line) || (i + 1 < all.Count && all[i + 1].Text.At?.Line == line) ? line : null;
    }

    /// <summary>
    /// A cell of a programme table that is no step: a row's number ("1", "01.", "II"), its time ("7h30", "07 giờ 30 -
    /// 07 giờ 45") or a column's name ("TT", "Nội dung", "Người thực hiện", "Thời gian", "Ghi chú").
    /// </summary>
    private static bool IsProgrammeFiller(ReadOnlySpan<char> folded) => ProgrammeFiller().IsMatch(folded.Trim());

    [GeneratedRegex(@"^(?:[0-9]{1,3}|[ivxl]{1,5}|[0-9]{1,2}\s*(?:h|gio|:)\s*(?:[0-9]{1,2})?\s*(?:phut|')?(?:\s*[-–—]\s*[0-9]{1,2}\s*(?:h|gio|:)\s*(?:[0-9]{1,2})?\s*(?:phut|')?)?|s?tt|noi dung|(?:nguoi |don vi )?thuc hien|thoi gian|ghi chu|chu tri|trach nhiem|phu trach)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex ProgrammeFiller();

    /// <summary>
    /// The lines of an inline programme that the paragraph <paramref name="head"/> ("Phần lễ: (1) … (3) Tuyên bố lý")
    /// starts and the next paragraphs of its part carry on, hard-wrapped ("do, giới thiệu đại biểu; (4) …"), each
    /// with its text as the joined line holds it (a line read as starting with a marker "(11)" gets it back) and where
    /// that text starts there; null when the programme ends on its own line. A line carries the programme on when it
    /// goes on with the next step number, or when the line before it stopped inside a step (no ';' or '.' at its end)
    /// and it has no marker and no label ("Thành phần:"); a block of its own (the festival part, the backdrop, the time)
    /// ends it.
    /// </summary>
    private List<(string Written, int Start, PlanText Text)>? InlineProgrammeLines(int head)
    {
        List<(string Written, int Start, PlanText Text)>? lines = null;
        string previous = all[head].Text.Text;
        int joined = previous.Length;
        int number = LastStepNumber(previous, 0);
        for (int i = head + 1; i < all.Count; i++)
        {
            var (text, folded, kind) = all[i];
            var f = folded.Span;
            string next = "(" + (number + 1).ToString(CultureInfo.InvariantCulture) + ")";
            bool numbered = text.Marker == next || (text.Marker is null && text.Text.Contains(next, StringComparison.Ordinal));
            var end = previous.AsSpan().TrimEnd();
            bool insideStep = text.Marker is null && end.Length > 0 && end[^1] is not (';' or '.') && f.IndexOf(':') is < 0 or > 30;
            if (kind != all[head].Kind || StartsBlock(f, "phan hoi") || Has(f, "khanh tiet") || Starts(f, "tieu de") || Starts(f, "thoi gian") || !(numbered || insideStep))
            {
                break;
            }

            lines ??= [(all[head].Text.Text, 0, all[head].Text)];
            string written = text.Marker is { } m ? m + " " + text.Text : text.Text;
            lines.Add((written, joined + 1 + (written.Length - text.Text.Length), text));
            joined += 1 + written.Length;
            previous = text.Text;
            number = LastStepNumber(written, number);
        }

        return lines;
    }

    /// <summary>The number of the last inline step number "(n)" of <paramref name="text"/>, or <paramref name="last"/> when it has none.</summary>
    private static int LastStepNumber(string text, int last)
    {
        foreach (var n in TextPatterns.InlineStepNumber().EnumerateMatches(text))
        {
            last = TextPatterns.Digits(text.AsSpan(n.Index + 1, n.Length - 2), 0);
        }

        return last;
    }

    /// <summary>
    /// Adds the step written at <paramref name="offset"/> (<paramref name="length"/> characters) of <paramref name="source"/>,
    /// without the spaces around it and the punctuation that ends it; it is classified on its folded form, squeezed.
    /// When <paramref name="lines"/> is given, the source is a programme joined from them, and the step is placed where
    /// it starts in its line (its length, on that line).
    /// </summary>
    private static void AddStep(PooledList<CeremonyStep> steps, PlanText source, int offset, int length, string? marker, List<(string Written, int Start, PlanText Text)>? lines)
    {
        var part = source.Text.AsSpan(offset, length);
        var trimmed = part.Trim().TrimEnd(";.,").Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        int from = offset + (part.Length - part.TrimStart().Length);
        bool whole = from == 0 && trimmed.Length == source.Text.Length;
        string text = whole ? source.Text : source.Text.Substring(from, trimmed.Length);
        using var folded = new FoldScratch(trimmed, stackalloc char[256], squeeze: true);
        var at = lines is null ? source.At?.Shift(from, trimmed.Length) : AtInLines(lines, from, trimmed.Length);
        bool optional = folded.Span.Contains("neu co", StringComparison.Ordinal);
        steps.Add(new CeremonyStep(ParagraphKinds.Step(folded.Span), new PlanText(text, at, marker), optional));
    }

    /// <summary>Where the span (<paramref name="from"/>, <paramref name="length"/>) of a joined programme starts, on its line.</summary>
    private static Location? AtInLines(List<(string Written, int Start, PlanText Text)> lines, int from, int length)
    {
        int k = lines.Count - 1;
        while (k > 0 && lines[k].Start > from)
        {
            k--;
        }

        var (_, start, text) = lines[k];
        int offset = Math.Max(0, from - start);
        return text.At?.Shift(offset, Math.Max(0, Math.Min(length, text.Text.Length - offset)));
    }

    /// <summary>
    /// Whether the folded text holds the phrase: one ordinal search, as the paragraphs' folded forms here have their runs
    /// of spaces squeezed, so a phrase spaced by single spaces is found however the paragraph spaced its words.
    /// </summary>
    private static bool Has(ReadOnlySpan<char> folded, string phrase) => folded.Contains(phrase, StringComparison.Ordinal);

    /// <summary>Whether the (squeezed) folded text starts with the phrase.</summary>
    private static bool Starts(ReadOnlySpan<char> folded, string phrase) => folded.StartsWith(phrase, StringComparison.Ordinal);

    private void FindFestivalPart()
    {
        int start = all.FindIndex(p => StartsBlock(p.Folded.Span, "phan hoi"));
        if (start < 0)
        {
            return;
        }

        HasFestivalPart = true;
        var list = new List<FestivalActivity>();
        var head = all[start];
        int colon = ColonOutsideBrackets(head.Text.Text);
        bool inline = colon >= 0 && head.Text.Text[(colon + 1)..].Trim().Length > 3;
        if (inline)
        {
            string t = head.Text.Text[(colon + 1)..].Trim();
            using var activity = new FoldScratch(t, stackalloc char[256], squeeze: true);
            list.Add(new FestivalActivity(ParagraphKinds.Activity(activity.Span), new PlanText(t, head.Text.At?.Shift(colon + 1 + (head.Text.Text.Length - colon - 1 - head.Text.Text[(colon + 1)..].TrimStart().Length), t.Length), head.Text.Marker)));
        }

        for (int i = start + 1; i < all.Count; i++)
        {
            var p = all[i];
            if (all[i].Kind != head.Kind || IsOutlineItem(p.Text.Marker) || StartsBlock(p.Folded.Span, "phan le") || Starts(p.Folded.Span, "thoi gian")
                || (IsPlanField(p.Folded.Span) && (p.Text.Marker is null || SameMarkerKind(head.Text.Marker, p.Text.Marker)))
                || (inline && SameMarkerKind(head.Text.Marker, p.Text.Marker)))
            {
                // Past the part: the next statement of the plan ("Kinh phí: …", not an item under the heading: "+ Địa
                // điểm: …" says where the part is held), or, after a part whose activities are on its heading's line, the
                // next item at the heading's level.
                break;
            }

            list.Add(new FestivalActivity(ParagraphKinds.Activity(p.Folded.Span), p.Text));
        }

        Activities = [.. list];
    }

    /// <summary>
    /// An item of the plan's own outline, never an activity: a number with a full stop ("3.", "2.1") or a letter closed by
    /// one ("C.", as in "C. Khen thưởng").
    /// </summary>
    private static bool IsOutlineItem(string? marker)
        => (IsItem(marker) && marker!.Contains('.', StringComparison.Ordinal)) || (marker is { Length: 2 } m && char.IsAsciiLetter(m[0]) && m[1] == '.');

    /// <summary>A statement of the plan's own (funding, participants, venue, scope, scale), never an activity of the festival part.</summary>
    private static bool IsPlanField(ReadOnlySpan<char> folded)
        => Labeled(folded, "kinh phi") || Labeled(folded, "thanh phan") || Labeled(folded, "dia diem") || Labeled(folded, "pham vi")
           || Labeled(folded, "quy mo") || Labeled(folded, "doi tuong tham");

    /// <summary>
    /// Whether two list markers are of one kind, items of one list: the same bullet ("-", "+"), or numbers or letters
    /// closed alike ("1." and "2.", "a)" and "b)").
    /// </summary>
    private static bool SameMarkerKind(string? a, string? b)
    {
        if (a is null || b is null || a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (!char.IsLetterOrDigit(a[0]) || !char.IsLetterOrDigit(b[0]))
        {
            return a[0] == b[0];
        }

        return char.IsAsciiDigit(a[0]) == char.IsAsciiDigit(b[0]) && a[^1] == b[^1];
    }

    private void FindBackdrop()
    {
        int k = BackdropLine();
        if (k < 0)
        {
            return;
        }

        var p = all[k].Text;
        var segments = SplitSegments(p);
        if (segments.Count >= 3)
        {
            Backdrop = [.. segments];
            return;
        }

        var list = new List<PlanText>();
        for (int i = Math.Max(0, k - 2); i < k; i++)
        {
            if (VietnameseText.IsCapitals(all[i].Text.Text))
            {
                list.Add(all[i].Text);
            }
        }

        list.AddRange(segments);
        if (k + 1 < all.Count && Has(all[k + 1].Folded.Span, "thang 8"))
        {
            list.Add(all[k + 1].Text);
        }

        Backdrop = [.. list];
    }

    /// <summary>The first paragraph that names the festival's year in capitals ("… TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2026"), or -1.</summary>
    private int BackdropLine()
    {
        const string Named = "toan dan bao ve an ninh to quoc nam";
        for (int i = 0; i < all.Count; i++)
        {
            var f = all[i].Folded.Span;
            for (int at = f.IndexOf(Named, StringComparison.Ordinal); at >= 0; at = VietnameseText.IndexOf(f, Named, at + 1))
            {
                var (offset, length) = squeezed.ToText(i, at, Named.Length);
                if (VietnameseText.IsCapitals(all[i].Text.Text.AsSpan(offset, length)))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// The lines of a backdrop written on one line: the runs of text between gaps wider than the spaces between its
    /// words (two spaces or more, or wider still when every word is spaced by two).
    /// </summary>
    internal static List<PlanText> SplitSegments(PlanText p)
    {
        string t = p.Text;
        int gap = Math.Max(2, NarrowestGap(t) + 1);
        var result = new List<PlanText>();
        int start = -1, end = 0;
        for (int i = 0; i < t.Length;)
        {
            if (!char.IsWhiteSpace(t[i]))
            {
                start = start < 0 ? i : start;
                end = ++i;
                continue;
            }

            int next = SpacedWords.SkipSpaces(t, i);
            if (start >= 0 && next - i >= gap)
            {
                result.Add(new PlanText(t[start..end], p.At?.Shift(start, end - start)));
                start = -1;
            }

            i = next;
        }

        if (start >= 0)
        {
            result.Add(new PlanText(t[start..end], p.At?.Shift(start, end - start)));
        }

        return result;
    }

    /// <summary>The length of the shortest run of white space between two words of <paramref name="text"/> (1 when it has none).</summary>
    private static int NarrowestGap(string text)
    {
        int narrowest = int.MaxValue;
        var inner = text.AsSpan().Trim();
        for (int i = 0; i < inner.Length && narrowest > 1; i++)
        {
            if (char.IsWhiteSpace(inner[i]))
            {
                int next = SpacedWords.SkipSpaces(inner, i);
                narrowest = Math.Min(narrowest, next - i);
                i = next;
            }
        }

        return narrowest == int.MaxValue ? 1 : narrowest;
    }

    private void FindWindow()
    {
        (PlanText Text, ReadOnlyMemory<char> Folded, SectionKind Kind)? best = null;
        foreach (var p in all)
        {
            var f = p.Folded.Span;
            if (Has(f, "thoi gian") && TextPatterns.DateRange().IsMatch(f))
            {
                if (best is null || Body(f).Length < best.Value.Folded.Length && Starts(f.TrimStart(), "thoi gian"))
                {
                    best = p;
                }

                if (Starts(f, "thoi gian"))
                {
                    best = p;
                    break;
                }
            }
        }

        if (best is { } w)
        {
            var f = w.Folded.Span;
            foreach (var found in TextPatterns.DateRange().EnumerateMatches(f))
            {
                var match = f.Slice(found.Index, found.Length);
                var (from, to) = RangeParts(match);
                var end = DateOf(match[to], year, isEnd: true);
                var start = DateOf(match[from], end?.Year ?? year, isEnd: false);
                Window = new PlanWindow(start, end, w.Text);
                break;
            }
        }
        else
        {
            // No range: the first "Thời gian" line naming a deadline or a day gives the window; one naming neither (a
            // heading "Thời gian, địa điểm", "theo hướng dẫn") stands for a window stated without dates.
            foreach (var p in all)
            {
                if (Starts(p.Folded.Span, "thoi gian") && !IsReportingTime(p.Folded.Span))
                {
                    Window ??= new PlanWindow(null, null, p.Text);
                    if (WindowWithoutRange(p.Folded.Span) is var (start, end))
                    {
                        Window = new PlanWindow(start, end, p.Text);
                        break;
                    }
                }
            }
        }

        foreach (var p in all)
        {
            if (Has(p.Folded.Span, "treo co") && FlagsFromIn(p.Folded.Span) is var (found, flagsFrom) && found)
            {
                FlagsFrom = flagsFrom;
                break;
            }
        }
    }

    /// <summary>A "Thời gian" label about reports ("Thời gian gửi báo cáo: trước ngày 25/8"), not about the festival.</summary>
    private static bool IsReportingTime(ReadOnlySpan<char> folded)
    {
        int colon = folded.IndexOf(':');
        var label = colon < 0 ? folded : folded[..colon];
        return VietnameseText.ContainsWholeWords(label, "bao cao") || VietnameseText.ContainsWholeWords(label, "gui") || VietnameseText.ContainsWholeWords(label, "nop");
    }

    /// <summary>
    /// The window a "Thời gian" line states without a range: up to its first deadline ("trước ngày 15/8/2026", "chậm
    /// nhất ngày …", "đến hết ngày …"), from the first day of a month named beside it ("trong tháng 8/2026, trước ngày
    /// 17/8"); else its first day, the whole window; else the months it names ("trong tháng 8/2026", "tháng 7 và tháng 8
    /// năm 2026"), from the first day of the first to the last day of the last; null when it names no valid day or month.
    /// </summary>
    private (LocalDate? Start, LocalDate End)? WindowWithoutRange(ReadOnlySpan<char> folded)
    {
        LocalDate? day = null, deadline = null;
        // Only the few "Thời gian" lines without a range get here: the line is copied to read the groups.
        foreach (Match m in TextPatterns.WindowDay().Matches(folded.ToString()))
        {
            int y = m.Groups["y"].Success ? TextPatterns.Number(m.Groups["y"]) ?? 0 : year ?? 0;
            int mo = TextPatterns.Number(m.Groups["m"]) ?? 0, d = TextPatterns.Number(m.Groups["d"]) ?? 0;
            if (!VietnameseDates.IsValid(y, mo, d))
            {
                continue;
            }

            var date = new LocalDate(y, mo, d);
            if (m.Groups["by"].Success)
            {
                deadline = date;
                break;
            }

            day ??= date;
        }

        if (deadline is null && day is { } one)
        {
            return (one, one);
        }

        LocalDate? first = null, last = null;
        foreach (var found in TextPatterns.WindowMonth().EnumerateMatches(folded))
        {
            var month = folded.Slice(found.Index, found.Length);
            if (DateOf(month, year, isEnd: false) is { } start && DateOf(month, year, isEnd: true) is { } end)
            {
                first = first is { } f && f < start ? f : start;
                last = last is { } l && l > end ? l : end;
            }
        }

        if (deadline is { } by)
        {
            return (first <= by ? first : null, by);
        }

        return first is { } from && last is { } to ? (from, to) : null;
    }

    /// <summary>
    /// The first "từ ngày d/m[/y]" of a paragraph on flying the flag: whether there is one, and its date when it exists
    /// (the plan's year when none is written). Its numbers are the match's runs of digits: day, month, year.
    /// </summary>
    private (bool Found, LocalDate? Date) FlagsFromIn(ReadOnlySpan<char> folded)
    {
        Span<Range> runs = stackalloc Range[3];
        foreach (var found in TextPatterns.FromDay().EnumerateMatches(folded))
        {
            var match = folded.Slice(found.Index, found.Length);
            int count = TextPatterns.DigitRuns(match, runs);
            int y = count > 2 ? TextPatterns.Digits(match[runs[2]], -1) : year ?? 0;
            int m = TextPatterns.Digits(match[runs[1]], -1);
            int d = TextPatterns.Digits(match[runs[0]], -1);
            return (true, VietnameseDates.IsValid(y, m, d) ? new LocalDate(y, m, d) : null);
        }

        return (false, null);
    }

    /// <summary>
    /// The two ends of a date range <paramref name="match"/> of <see cref="TextPatterns.DateRange"/> ("tu ngay 1/7 den
    /// het ngay 19/8/2024", "tu thang 7 – thang 8 nam 2024"), read from its runs of digits: an end is a day and a month
    /// (two runs) or a month (one, after "thang"), each with a year of four digits when one follows; the second end
    /// starts with one or two digits, so a four-digit run after the first end's runs is its year. A month end starts at
    /// its "thang".
    /// </summary>
    internal static (Range From, Range To) RangeParts(ReadOnlySpan<char> match)
    {
        Span<Range> runs = stackalloc Range[6];
        int count = TextPatterns.DigitRuns(match, runs);
        int fromStart = StartOfEnd(match[..runs[0].Start.Value], runs[0].Start.Value, out bool fromMonth);
        int fromRuns = fromMonth ? 1 : 2;
        if (fromRuns < count && runs[fromRuns].End.Value - runs[fromRuns].Start.Value == 4)
        {
            fromRuns++;
        }

        int fromEnd = runs[fromRuns - 1].End.Value;
        int toFirst = runs[Math.Min(fromRuns, count - 1)].Start.Value;
        int toStart = fromEnd + StartOfEnd(match[fromEnd..toFirst], toFirst - fromEnd, out _);
        return (fromStart..fromEnd, toStart..runs[count - 1].End.Value);

        // Where an end whose first digit is at `digit` starts: at the "thang" just before the digit, for a month.
        static int StartOfEnd(ReadOnlySpan<char> before, int digit, out bool month)
        {
            var trimmed = before.TrimEnd();
            month = trimmed.EndsWith("thang", StringComparison.Ordinal);
            return month ? trimmed.Length - 5 : digit;
        }
    }

    /// <summary>A day "19/8/2024", "19/8" (year inferred) or a month "thang 7/2024" (first or last day).</summary>
    internal static LocalDate? DateOf(ReadOnlySpan<char> folded, int? fallbackYear, bool isEnd)
    {
        Span<int> nums = stackalloc int[3];
        int count = Numbers(folded, nums);
        if (folded.StartsWith("thang", StringComparison.Ordinal))
        {
            if (count == 0)
            {
                return null;
            }

            int month = nums[0];
            int y = count > 1 ? nums[1] : fallbackYear ?? 0;
            if (month is < 1 or > 12 || y is < 1 or > 9999)
            {
                return null;
            }

            return isEnd ? new LocalDate(y, month, CalendarSystem.Iso.GetDaysInMonth(y, month)) : new LocalDate(y, month, 1);
        }

        if (count < 2)
        {
            return null;
        }

        int d = nums[0];
        int mo = nums[1];
        int yr = count > 2 ? nums[2] : fallbackYear ?? 0;
        return VietnameseDates.IsValid(yr, mo, d) ? new LocalDate(yr, mo, d) : null;
    }

    /// <summary>
    /// The first numbers of <paramref name="folded"/> (as many as <paramref name="numbers"/> holds), each a run of one to
    /// four ASCII digits (a longer run is read four digits at a time); returns how many were read.
    /// </summary>
    private static int Numbers(ReadOnlySpan<char> folded, Span<int> numbers)
    {
        int count = 0;
        for (int i = 0; i < folded.Length && count < numbers.Length;)
        {
            if (!char.IsAsciiDigit(folded[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < folded.Length && i - start < 4 && char.IsAsciiDigit(folded[i]))
            {
                i++;
            }

            numbers[count++] = TextPatterns.Digits(folded[start..i], -1);
        }

        return count;
    }

    private void FindStatements()
    {
        var venues = default(EnumSet<VenueKind>);
        var sites = new List<PlanText>();
        var sources = default(EnumSet<FundingSource>);
        for (int i = 0; i < all.Count; i++)
        {
            var p = all[i];
            var f = p.Folded.Span;
            if (ScopeText is null && IsScopeLabel(f))
            {
                // The places are named in the statement's first sentence; one after it names a site or something else
                // ("Ban Chỉ đạo chọn xã Phương Độ tổ chức điểm").
                ScopeText = p.Text;
                venues = VenuesIn(FirstSentence(Body(f)));
            }
            else if (ScopeText is null && Labeled(f, "quy mo") && VenuesIn(FirstSentence(Body(f))) is { IsEmpty: false } held)
            {
                // A scale that says where the festival is held ("Quy mô: tại 100% tổ dân phố") states the scope; the
                // sentences after it on its line are about something else.
                ScopeText = p.Text;
                venues = held;
            }

            // Only a paragraph that may name a showcase site runs the pattern; only a match's own text is copied, to read
            // its groups.
            bool point = f.Contains("diem", StringComparison.Ordinal);
            var rest = point && MayNameShowcasePoint(f) ? f : [];
            for (int offset = 0; TextPatterns.MatchOfCopy(TextPatterns.Showcase(), rest, out int at) is { Success: true } m; )
            {
                var g = m.Groups["s"].Success ? m.Groups["s"] : m.Groups["t"];
                var (index, length) = squeezed.ToText(i, offset + at + g.Index, g.Length);
                string name = p.Text.Text.AsSpan(index, length).Trim().ToString();
                sites.Add(new PlanText(name, p.Text.At?.Shift(index, name.Length)));
                offset += at + m.Index + m.Length;
                rest = rest[(at + m.Index + m.Length)..];
            }

            // A draft names its showcase site by a placeholder: "chọn [tên xã, phường tổ chức điểm] tổ chức điểm".
            if (point && Has(f, "chon ["))
            {
                foreach (var (placeholder, index) in Placeholder.FindAll(p.Text.Text))
                {
                    // The placeholder's ends in the squeezed folded text.
                    int start = squeezed.ToSqueezed(i, index), end = squeezed.ToSqueezed(i, index + placeholder.Length - 1) + 1;
                    if (index >= 5 && f[..start].TrimEnd().EndsWith("chon", StringComparison.Ordinal) && f[end..].TrimStart().StartsWith("to chuc diem", StringComparison.Ordinal))
                    {
                        sites.Add(new PlanText(placeholder, p.Text.At?.Shift(index, placeholder.Length)));
                    }
                }
            }

            if (Participants is null && (Labeled(f, "thanh phan") || Labeled(f, "doi tuong tham du") || Labeled(f, "doi tuong tham gia")))
            {
                Participants = p.Text;
            }

            if (Funding is null && (Labeled(f, "kinh phi") || p.Kind == SectionKind.Funding))
            {
                Funding = p.Text;
            }

            if (Starts(f, "kinh phi") || p.Kind == SectionKind.Funding)
            {
                if (Has(f, "ngan sach") || Has(f, "du tru kinh phi") || Has(f, "chinh quyen cac cap") || Has(f, "kinh phi chi"))
                {
                    sources.Add(FundingSource.Budget);
                }

                if (Has(f, "xa hoi hoa"))
                {
                    sources.Add(FundingSource.Socialised);
                }
            }
        }

        if (ScopeText is null && HeldEverywhere() is var (heldText, across))
        {
            ScopeText = heldText;
            venues = across;
        }

        Scope = venues.ToImmutableArray();
        Showcase = [.. sites];
        FundingSources = sources.ToImmutableArray();
    }

    /// <summary>
    /// For a plan with no labelled scope, the first statement that the festival is organised across a kind of place
    /// ("tổ chức Ngày hội ở 100% thôn, tổ dân phố", "tổ chức tại tất cả các xã, phường"), with the kinds of place its
    /// sentence names from there on; null when none says so. A site named alone ("tổ chức điểm tại xã Phương Độ") and
    /// places where something else is done ("treo cờ tại các cơ quan") are not a scope.
    /// </summary>
    private (PlanText Text, EnumSet<VenueKind> Venues)? HeldEverywhere()
    {
        foreach (var p in all)
        {
            var f = p.Folded.Span;
            foreach (var m in HeldAcross().EnumerateMatches(f))
            {
                int sentence = f[..m.Index].LastIndexOf(". ", StringComparison.Ordinal) + 1;
                if (f[sentence..m.Index].Contains("to chuc", StringComparison.Ordinal) && VenuesIn(FirstSentence(f[m.Index..])) is { IsEmpty: false } venues)
                {
                    return (p.Text, venues);
                }
            }
        }

        return null;
    }

    /// <summary>The text up to the end of its first sentence (a full stop followed by a space), or all of it.</summary>
    private static ReadOnlySpan<char> FirstSentence(ReadOnlySpan<char> text)
    {
        int end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    /// <summary>The kinds of place a scope's words name: residential areas, communes, agencies, enterprises, schools.</summary>
    private static EnumSet<VenueKind> VenuesIn(ReadOnlySpan<char> body)
    {
        var venues = default(EnumSet<VenueKind>);
        if (Has(body, "khu dan cu") || body.Contains("thon", StringComparison.Ordinal) || Has(body, "to dan pho"))
        {
            venues.Add(VenueKind.ResidentialArea);
        }

        if (CommuneWord().IsMatch(body))
        {
            venues.Add(VenueKind.Commune);
        }

        if (Has(body, "co quan"))
        {
            venues.Add(VenueKind.Agency);
        }

        if (Has(body, "doanh nghiep"))
        {
            venues.Add(VenueKind.Enterprise);
        }

        if (Has(body, "nha truong") || Has(body, "co so giao duc") || Has(body, "truong hoc"))
        {
            venues.Add(VenueKind.EducationInstitution);
        }

        return venues;
    }

    /// <summary>
    /// The scope's statement: labelled "Phạm vi:", or by a label joining it with the scale or the form ("Quy mô, phạm
    /// vi:", "Quy mô và phạm vi tổ chức:", "Hình thức, phạm vi:") and followed by what it says (a heading so worded,
    /// "Hình thức, phạm vi, thời gian:", leaves the scope to its own line).
    /// </summary>
    private static bool IsScopeLabel(ReadOnlySpan<char> folded)
        => Labeled(folded, "pham vi")
           || ((Labeled(folded, "quy mo") || Labeled(folded, "hinh thuc")) && folded[..folded.IndexOf(':')].Contains("pham vi", StringComparison.Ordinal)
               && !Body(folded).IsWhiteSpace());

    /// <summary>A labelled statement: the paragraph starts with the label and has a colon soon after it.</summary>
    private static bool Labeled(ReadOnlySpan<char> folded, string label)
    {
        if (!folded.StartsWith(label, StringComparison.Ordinal))
        {
            return false;
        }

        int colon = folded.IndexOf(':');
        return colon >= 0 && colon <= label.Length + 30;
    }

    private void FindTasks()
    {
        var tasks = new List<ImplementationTask>();
        for (int i = 0; i < all.Count; i++)
        {
            var p = all[i];
            if (p.Kind != SectionKind.Implementation)
            {
                continue;
            }

            var m = TextPatterns.MatchOfCopy(Agency(), p.Folded.Span, out int at);
            var (index, length) = m.Success ? squeezed.ToText(i, at + m.Groups["a"].Index, m.Groups["a"].Length) : default;
            string? agency = m.Success ? p.Text.Text.AsSpan(index, length).Trim().ToString() : null;
            tasks.Add(new ImplementationTask(agency, p.Text));
        }

        Tasks = [.. tasks];
    }

    /// <summary>
    /// A commune (xã, phường, thị trấn, đặc khu) named as a place where the festival is held: not the area the places lie
    /// in ("trên địa bàn phường", "thuộc xã", "toàn xã", "trên địa bàn các xã, phường và đặc khu của tỉnh").
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:dia ban|thuoc|toan|trong|cua)\s+(?:cac\s+)?(?:(?:xa|phuong|thi tran|dac khu)(?:\s*,\s*|\s+va\s+))*)\b(?:xa|phuong|thi tran|dac khu)\b(?!\s+hoi)", RegexOptions.CultureInvariant)]
    private static partial Regex CommuneWord();

    /// <summary>
    /// "tai / o" then a word for every place of a kind ("100% [so] [cac]", "[tat ca] cac", "moi", "toan bo [cac]") and the
    /// kind: the festival held across the area.
    /// </summary>
    [GeneratedRegex(@"\b(?:tai|o)\s+(?:100\s*%\s*(?:(?:so|cac)\s+)?|(?:tat\s+ca\s+)?cac\s+|moi\s+|toan\s+bo\s+(?:cac\s+)?)(?:khu\s+dan\s+cu|thon|to\s+dan\s+pho|khu\s+pho|ban|ap|xom|xa|phuong|dac\s+khu|co\s+quan|doanh\s+nghiep|nha\s+truong|co\s+so\s+giao\s+duc|truong\s+hoc)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeldAcross();

    [GeneratedRegex(@"^(?:giao\s+)?(?<a>[^:,(]{2,80}?)\s*(?:\([^)]{0,120}\)\s*)?(?:chu tri|phoi hop|can cu|co trach nhiem|tham muu|chi dao|huong dan|:|xay dung|to chuc|thuc hien|theo doi)", RegexOptions.CultureInvariant)]
    internal static partial Regex Agency();
}
