using AntqDomain.Results;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AntqDomain.Administration;
using AntqDomain.Documents;
using AntqDomain.Plans;
using AntqDomain.Language;
using AntqDomain.Rules;

namespace AntqDomain.Reading;

/// <summary>
/// Reads a results report from its text (<em>đọc báo cáo kết quả</em>): the header as the plan reader reads it, then
/// every figure attached to its noun phrase — Vietnamese numbers with dot thousands separators ("673.364"), small
/// number words ("ba cuộc thi"), bounds ("hơn 500", "gần", "trên", "khoảng", "dưới"), shares ("44/45 xã tổ chức …
/// (đạt 97,8%)"). A figure whose noun the reader does not know, or a second figure of an indicator already read, is kept
/// verbatim in <see cref="ResultsReport.Unplaced"/> with an info diagnostic (ANTQ014), never dropped. Thread-safe.
/// </summary>
public static partial class ResultsTextReader
{
    /// <summary>The noun phrases the reader knows, as folded prefixes, most specific first.</summary>
    private static readonly (string Noun, Indicator Indicator)[] Nouns =
    [
        ("luot nguoi du thi", Indicator.ContestParticipants),
        ("luot nguoi duoc tuyen truyen", Indicator.ClassAttendees),
        ("luot nguoi", Indicator.Participants),
        ("nguoi tham gia", Indicator.Participants),
        ("nguoi tham du", Indicator.Participants),
        ("bang ron", Indicator.Banners),
        ("bang zon", Indicator.Banners),
        ("khau hieu", Indicator.Banners),
        ("pano", Indicator.Signs),
        ("ap phich", Indicator.Signs),
        ("cuoc trien lam", Indicator.Exhibitions),
        ("trien lam", Indicator.Exhibitions),
        ("lop tuyen truyen", Indicator.PropagandaClasses),
        ("buoi tuyen truyen", Indicator.PropagandaClasses),
        ("cuoc tuyen truyen", Indicator.PropagandaClasses),
        ("lop", Indicator.PropagandaClasses),
        ("tin, bai", Indicator.NewsItems),
        ("tin bai", Indicator.NewsItems),
        ("phong su", Indicator.NewsItems),
        ("bai viet", Indicator.NewsItems),
        ("cuoc thi", Indicator.Contests),
        ("hoi thi", Indicator.Contests),
        ("mo hinh moi", Indicator.ModelsNew),
        ("mo hinh hoat dong hieu qua", Indicator.ModelsEffective),
        ("mo hinh hieu qua", Indicator.ModelsEffective),
        ("mo hinh duoc nhan rong", Indicator.ModelsReplicated),
        ("mo hinh nhan rong", Indicator.ModelsReplicated),
        ("mo hinh bi thanh loai", Indicator.ModelsRemoved),
        ("mo hinh thanh loai", Indicator.ModelsRemoved),
        ("mo hinh", Indicator.ModelsTotal),
        ("dien hinh", Indicator.TypicalExamples),
        ("guong dien hinh", Indicator.TypicalExamples),
        ("tap the", Indicator.CollectivesCommended),
        ("ca nhan", Indicator.IndividualsCommended),
        ("tin bao", Indicator.CrimeTips),
        ("nguon tin", Indicator.CrimeTips),
        ("tin to giac", Indicator.CrimeTips),
        ("khau sung", Indicator.WeaponsSurrendered),
        ("vu khi", Indicator.WeaponsSurrendered),
        ("qua luu dan", Indicator.ExplosivesSurrendered),
        ("kg vat lieu no", Indicator.ExplosivesSurrendered),
        ("vat lieu no", Indicator.ExplosivesSurrendered),
        ("vu viec hoa giai", Indicator.DisputesMediated),
        ("vu viec mau thuan", Indicator.DisputesMediated),
        ("vu, viec", Indicator.DisputesMediated),
        ("dan so", Indicator.Population),
        ("nhan khau", Indicator.Population),
    ];

    /// <summary>Words after a number that make it a date, a time or an identifier, not a count.</summary>
    private static readonly string[] NotCounts = ["nam", "thang", "ngay", "gio", "phut", "%", "lan thu", "tuoi", "km", "trieu dong", "dong", "ty", "nghin dong"];

    private static readonly (string Word, int Value)[] NumberWords =
        [("mot", 1), ("hai", 2), ("ba", 3), ("bon", 4), ("sau", 6), ("bay", 7), ("tam", 8), ("chin", 9), ("muoi", 10)];

    /// <summary>Reads <paramref name="text"/>: the report, or why it could not be read.</summary>
    /// <param name="text">The report as text.</param>
    /// <param name="reader">The plan reader for the header; <see cref="PlanTextReader.Default"/> when null.</param>
    /// <returns>The report (when a header and a year were found) and the diagnostics.</returns>
    public static ResultsReadResult Read(string text, PlanTextReader? reader = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var read = (reader ?? PlanTextReader.Default).Read(text);
        if (read.Plan is not { } document)
        {
            return new ResultsReadResult(null, read.Diagnostics);
        }

        return FromDocument(document, read.Diagnostics);
    }

    /// <summary>The results report in a document the plan reader has read (its header, parts and unplaced text).</summary>
    /// <param name="document">The document as read.</param>
    /// <param name="diagnostics">The reader's diagnostics, kept.</param>
    /// <returns>The report and the diagnostics, with ANTQ014 for what was not placed.</returns>
    public static ResultsReadResult FromDocument(FestivalPlan document, ImmutableArray<ReadDiagnostic> diagnostics = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var all = ImmutableArray.CreateBuilder<ReadDiagnostic>();
        all.AddRange(diagnostics.IsDefault ? [] : diagnostics);
        int? year = document.TitleYear ?? document.IssueDate?.Year;
        if (year is not { } y)
        {
            all.Add(new ReadDiagnostic("ANTQ003", FindingSeverity.Error, "Không xác định được năm báo cáo (tên báo cáo hoặc ngày ban hành).", "The year reported cannot be told (from the title or the date)."));
            return new ResultsReadResult(null, all.ToImmutable());
        }

        var figures = new List<Figure>();
        var shares = new List<StatedShare>();
        var unplaced = new List<PlanText>();
        var texts = document.AllText().Select(t => t.Text).ToList();
        for (int i = 0; i < texts.Count; i++)
        {
            // A table row ("1 | Băng rôn, khẩu hiệu | cái | 6.229"), its cells on one line: read as a row when it states a
            // count; else, as any other text, cell by cell.
            int end = i + 1;
            while (texts[i].At?.Line is int line && end < texts.Count && texts[end].At?.Line == line)
            {
                end++;
            }

            if (end - i >= 2 && ScanRow(texts.GetRange(i, end - i), figures, unplaced))
            {
                i = end - 1;
                continue;
            }

            Scan(texts[i], figures, shares, unplaced);
        }

        foreach (var u in unplaced)
        {
            all.Add(new ReadDiagnostic("ANTQ014", FindingSeverity.Info,
                $"Số liệu chưa xếp được vào chỉ tiêu nào, giữ nguyên: \"{u.Text}\".", $"A figure the reader could not place, kept verbatim: \"{u.Text}\".", u.At));
        }

        var report = new ResultsReport
        {
            Unit = UnitNames.UnitPhrase(document.Issuer.Name) ?? document.Issuer.Name ?? "?",
            Level = document.Issuer.Level,
            IssuedBy = document.Issuer.Name,
            NumberText = document.NumberText,
            Dated = document.IssueDate,
            Year = y,
            Figures = [.. figures],
            Shares = [.. shares],
            Unplaced = [.. unplaced],
        };
        return new ResultsReadResult(report, all.ToImmutable());
    }

    private static void Scan(PlanText text, List<Figure> figures, List<StatedShare> shares, List<PlanText> unplaced)
    {
        // Matched folded, its runs of spaces squeezed ("44/45 xã  tổ chức Ngày hội" copied from a web page); what is
        // found is placed on the text as written.
        char[] folded = new char[text.Text.Length];
        VietnameseText.FoldInto(text.Text, folded);
        using var spaces = new SqueezedSpaces();
        string f = new(folded, 0, spaces.Add(folded));
        var line = (text, spaces);
        foreach (Match m in Ratio().Matches(f))
        {
            // "44/45 xã, phường tổ chức Ngày hội (đạt 97,8%)": units held of units in scope, and the share.
            if (ParseCount(m.Groups["a"].Value) is not { } held || ParseCount(m.Groups["b"].Value) is not { } scope)
            {
                continue;
            }

            Add(figures, unplaced, new Figure(Indicator.UnitsHeld, held, FigureBound.Exact, At(line, m.Groups["a"])), line, m);
            Add(figures, unplaced, new Figure(Indicator.UnitsInScope, scope, FigureBound.Exact, At(line, m.Groups["b"])), line, m);
            if (m.Groups["p"].Success && decimal.TryParse(m.Groups["p"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal percent))
            {
                shares.Add(new StatedShare(Indicator.UnitsHeld, Indicator.UnitsInScope, percent, At(line, m.Groups["p"])));
            }
        }

        foreach (Match m in Count().Matches(f))
        {
            if (IsPartOfRatioOrDate(f, m))
            {
                continue;
            }

            string noun = m.Groups["noun"].Value;
            if (NotCounts.Any(w => noun.StartsWith(w, StringComparison.Ordinal)))
            {
                continue;
            }

            long? value = m.Groups["n"].Success ? ParseCount(m.Groups["n"].Value) : Word(m.Groups["w"].Value);
            if (value is not { } v)
            {
                continue;
            }

            var bound = Bound(m.Groups["b"].Value);
            var indicator = Classify(noun, f, m.Index);
            var span = m.Groups["n"].Success ? m.Groups["n"] : m.Groups["w"];
            if (indicator is { } i)
            {
                Add(figures, unplaced, new Figure(i, v, bound, At(line, span)), line, m);
            }
            else if (m.Groups["n"].Success)
            {
                unplaced.Add(Excerpt(line, m));
            }
        }
    }

    /// <summary>
    /// Reads a table row of a report: its last cell holding only a count ("6.229", "hơn 500") is the figure, and its
    /// first cell naming something is the indicator ("Băng rôn, khẩu hiệu"), with the unit's cell before it when the
    /// name alone is not known ("khẩu" + "Súng giao nộp"); a row whose indicator is not known is kept unplaced. False when
    /// the row states no count (a header row, a row of words): its cells are then read one by one.
    /// </summary>
    private static bool ScanRow(List<PlanText> cells, List<Figure> figures, List<PlanText> unplaced)
    {
        int countAt = -1;
        Match count = Match.Empty;
        for (int k = cells.Count - 1; k > 0 && countAt < 0; k--)
        {
            var m = CountCell().Match(VietnameseText.Fold(cells[k].Text.Trim()));
            if (m.Success)
            {
                (countAt, count) = (k, m);
            }
        }

        if (countAt < 0 || ParseCount(count.Groups["n"].Value) is not { } value)
        {
            return false;
        }

        var names = cells.Take(countAt).Where(c => c.Text.Any(char.IsLetter)).Select(c => VietnameseText.Fold(c.Text.Trim())).ToList();
        var indicator = names.Count == 0 ? null : Classify(names[0], names[0], 0);
        if (indicator is null && names.Count >= 2)
        {
            string withUnit = names[1] + " " + names[0];
            indicator = Classify(withUnit, withUnit, 0);
        }

        var cell = cells[countAt];
        int lead = cell.Text.Length - cell.Text.TrimStart().Length;
        var at = cell.At?.Shift(lead + count.Groups["n"].Index, count.Groups["n"].Length);
        if (indicator is { } i)
        {
            var figure = new Figure(i, value, Bound(count.Groups["b"].Value), at);
            if (figures.Any(x => x.Indicator == i))
            {
                unplaced.Add(Row(cells));
            }
            else
            {
                figures.Add(figure);
            }
        }
        else
        {
            unplaced.Add(Row(cells));
        }

        return true;

        static PlanText Row(List<PlanText> cells)
        {
            var first = cells[0].At;
            var last = cells[^1].At;
            var at = first is { Column: int from } && last is { Column: int to, Length: int length } ? first with { Length = to + length - from } : first;
            return new PlanText(string.Join(" | ", cells.Select(c => c.Text.Trim())), at);
        }
    }

    private static void Add(List<Figure> figures, List<PlanText> unplaced, Figure figure, (PlanText Text, SqueezedSpaces Spaces) line, Match m)
    {
        if (figures.Any(x => x.Indicator == figure.Indicator))
        {
            unplaced.Add(Excerpt(line, m));
        }
        else
        {
            figures.Add(figure);
        }
    }

    /// <summary>The indicator of a count's noun, with the sentence's context: "cho 673.364 lượt người" after a class is attendance; "tập thể, cá nhân" count only when commended.</summary>
    private static Indicator? Classify(string noun, string folded, int index)
    {
        foreach (var (n, indicator) in Nouns)
        {
            if (!noun.StartsWith(n, StringComparison.Ordinal))
            {
                continue;
            }

            string before = folded[..index];
            int sentence = Math.Max(before.LastIndexOf('.'), before.LastIndexOf(';'));
            string context = folded[(sentence + 1)..];
            switch (indicator)
            {
                case Indicator.Participants when before.TrimEnd().EndsWith("cho", StringComparison.Ordinal) && context.Contains("tuyen truyen", StringComparison.Ordinal):
                    return Indicator.ClassAttendees;
                case Indicator.CollectivesCommended or Indicator.IndividualsCommended when !context.Contains("khen", StringComparison.Ordinal):
                    return null;
                case Indicator.ModelsTotal when context.Contains("nhan rong", StringComparison.Ordinal) && noun.Contains("nhan rong", StringComparison.Ordinal):
                    return Indicator.ModelsReplicated;
                default:
                    return indicator;
            }
        }

        return null;
    }

    /// <summary>Whether the number is part of a ratio, a date, a document number or a name ("Ban Chỉ đạo 138"), not a count.</summary>
    private static bool IsPartOfRatioOrDate(string f, Match m)
    {
        int start = m.Groups["n"].Success ? m.Groups["n"].Index : m.Index;
        int end = m.Groups["n"].Success ? m.Groups["n"].Index + m.Groups["n"].Length : m.Index + m.Length;
        return (start > 0 && f[start - 1] is '/' or '-' or '.' or ',') || (end < f.Length && f[end] is '/' or '%')
               || (start >= 3 && f.AsSpan(0, start).TrimEnd().EndsWith("so", StringComparison.Ordinal))
               || f.AsSpan(0, start).TrimEnd().EndsWith("ban chi dao", StringComparison.Ordinal);
    }

    private static FigureBound Bound(string word) => word switch
    {
        "hon" or "tren" => FigureBound.MoreThan,
        "gan" or "duoi" => FigureBound.LessThan,
        "khoang" or "xap xi" => FigureBound.About,
        _ => FigureBound.Exact,
    };

    /// <summary>A count written the Vietnamese way: "673.364" (dots between thousands) or "1340"; null when it is not one.</summary>
    internal static long? ParseCount(string digits)
    {
        string plain = digits.Replace(".", string.Empty, StringComparison.Ordinal);
        return plain.Length is > 0 and <= 15 && long.TryParse(plain, NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n : null;
    }

    private static long? Word(string word)
    {
        foreach (var (w, v) in NumberWords)
        {
            if (w == word)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>Where the group, matched in the line's squeezed folded form, stands in the line as written.</summary>
    private static Location? At((PlanText Text, SqueezedSpaces Spaces) line, Group g)
        => line.Spaces.ToText(0, g.Index, g.Length) is var (offset, length) ? line.Text.At?.Shift(offset, length) : null;

    /// <summary>The text as written of a match in the line's squeezed folded form.</summary>
    private static PlanText Excerpt((PlanText Text, SqueezedSpaces Spaces) line, Match m)
    {
        var (offset, length) = line.Spaces.ToText(0, m.Index, m.Length);
        return new(line.Text.Text.Substring(offset, length).Trim(), line.Text.At?.Shift(offset, length));
    }

    /// <summary>"hơn 1.340 mô hình", "305 lớp tuyên truyền", "ba cuộc thi": an optional bound, a number (or a small number word), the noun.</summary>
    [GeneratedRegex(@"(?<![\p{L}0-9])(?:(?<b>hon|tren|gan|duoi|khoang|xap xi)\s+)?(?:(?<n>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,12})|(?<w>mot|hai|ba|bon|sau|bay|tam|chin|muoi))\s+(?<noun>[\p{L}][\p{L} ,]{0,40})", RegexOptions.CultureInvariant)]
    private static partial Regex Count();

    /// <summary>A table cell holding only a count, perhaps bounded: "6.229", "hơn 500", folded.</summary>
    [GeneratedRegex(@"^(?:(?<b>hon|tren|gan|duoi|khoang|xap xi)\s+)?(?<n>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,12})$", RegexOptions.CultureInvariant)]
    private static partial Regex CountCell();

    /// <summary>"44/45 xã, phường tổ chức Ngày hội (đạt 97,8%)".</summary>
    [GeneratedRegex(@"(?<a>[0-9]{1,3}(?:\.[0-9]{3})*)\s*/\s*(?<b>[0-9]{1,3}(?:\.[0-9]{3})*)\s+[\p{L} ,]{1,60}?to chuc (?:ngay hoi|thanh cong)(?:[^%()]{0,40}\(?\s*(?:dat|bang|chiem)?\s*(?<p>[0-9]{1,3}(?:,[0-9]{1,2})?)\s*%)?", RegexOptions.CultureInvariant)]
    private static partial Regex Ratio();
}
