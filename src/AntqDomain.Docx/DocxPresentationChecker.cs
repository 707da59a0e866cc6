using System.Collections.Immutable;
using System.Globalization;
using AntqDomain.Documents;
using AntqDomain.Rules;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;
using AntqDomain.Language;
using AntqDomain.Legal;
using AntqDomain.Reading;

namespace AntqDomain.Docx;

/// <summary>
/// Checks how a plan is presented in a Word file against Decree 30/2020/NĐ-CP, Phụ lục I (<em>kiểm tra thể thức trình
/// bày</em>): the rules ANTQ121–ANTQ139 of <see cref="PresentationRules"/> — A4 portrait, margins, Times New Roman,
/// legacy fonts, black text, page numbers, the national name and motto, the header and closing blocks. Formatting is
/// resolved as Word does (document defaults, style chains, direct formatting, theme fonts). Each finding names the
/// part and a structural path ("word/document.xml: body/tbl[1]/tr[1]/tc[2]/p[1]"). Never throws on a file's content;
/// thread-safe.
/// </summary>
public static class DocxPresentationChecker
{
    private const int Tolerance = 3;

    /// <summary>Checks the Word file <paramref name="bytes"/> with the rules in force on <paramref name="on"/>.</summary>
    /// <param name="bytes">The .docx file.</param>
    /// <param name="on">The date whose rules apply (the plan's date); Decree 30 applies from 5 March 2020.</param>
    /// <returns>The findings; empty for a file that is not a readable .docx (the reader says why).</returns>
    public static ValidationReport Check(byte[] bytes, LocalDate on) => Check(bytes, on, RuleCatalogue.Default);

    /// <summary>Checks the Word file <paramref name="bytes"/> with the presentation rules of <paramref name="catalogue"/> in force on <paramref name="on"/>.</summary>
    /// <param name="bytes">The .docx file.</param>
    /// <param name="on">The date whose rules apply (the plan's date); Decree 30 applies from 5 March 2020.</param>
    /// <param name="catalogue">The rules (<see cref="RuleCatalogue.Without"/> silences some); a presentation rule it lacks is not checked.</param>
    /// <returns>The findings; empty for a file that is not a readable .docx (the reader says why).</returns>
    public static ValidationReport Check(byte[] bytes, LocalDate on, RuleCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(catalogue);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        if (FileKinds.NotDocx(bytes) is not null)
        {
            return new ValidationReport([], on);
        }

        try
        {
            using var memory = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(memory, false, new OpenSettings { MaxCharactersInPart = ReaderLimits.Default.MaxChars * 8L, AutoSave = false });
            if (document.MainDocumentPart is { Document.Body: { } body } main)
            {
                new Run(main, body, on, catalogue, findings).All();
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return new ValidationReport([], on);
        }

        return new ValidationReport(findings.ToImmutable(), on);
    }

    /// <summary>One check of one document.</summary>
    private sealed class Run(MainDocumentPart main, Body body, LocalDate on, RuleCatalogue catalogue, ImmutableArray<Finding>.Builder findings)
    {
        private readonly RunFormat.Resolver formats = new(main);

        public void All()
        {
            Page();
            Fonts();
            PageNumbers();
            Header();
            TitleAndBody();
            Closing();
            Rules();
            Foreign();
            Annexes();
        }

        /// <summary>P13: a solid rule under the motto, under the issuing body and under the summary.</summary>
        private void Rules()
        {
            var all = Paragraphs().ToList();
            int motto = all.FindIndex(x => Normal(x.P) == "Độc lập - Tự do - Hạnh phúc");
            var missing = new List<(string Vi, string En, string Where)>();
            if (motto >= 0 && !Underlined(all[motto].P) && !RuleAfter(all, motto))
            {
                missing.Add(("Tiêu ngữ", "the motto", all[motto].Where));
            }

            int number = all.FindIndex(x => x.Where.StartsWith("body/tbl[1]/", StringComparison.Ordinal) && Normal(x.P).StartsWith("Số", StringComparison.Ordinal));
            int issuer = number - 1;
            while (issuer >= 0 && Normal(all[issuer].P).Length == 0)
            {
                issuer--;
            }

            if (issuer >= 0 && all[issuer].Where.StartsWith("body/tbl[1]/tr[1]/tc[1]", StringComparison.Ordinal) && !RuleAfter(all, issuer))
            {
                missing.Add(("tên cơ quan ban hành", "the issuing body", all[issuer].Where));
            }

            int title = all.FindIndex(x => Normal(x.P) == "KẾ HOẠCH");
            if (title >= 0 && title + 1 < all.Count && Normal(all[title + 1].P).Length > 0 && !RuleAfter(all, title + 1))
            {
                missing.Add(("trích yếu", "the summary", all[title + 1].Where));
            }

            if (missing.Count > 0)
            {
                Report("ANTQ129", missing[0].Where, null,
                    "Thiếu đường kẻ ngang liền nét dưới " + string.Join(", ", missing.Select(m => m.Vi)) + ".",
                    "No solid horizontal rule under " + string.Join(", ", missing.Select(m => m.En)) + ".");
            }
        }

        private static bool Underlined(Paragraph p)
            => p.Elements<DocumentFormat.OpenXml.Wordprocessing.Run>().Where(r => r.InnerText.Trim().Length > 0)
                .All(r => r.RunProperties?.Underline?.Val is { HasValue: true } u && u.InnerText == "single");

        /// <summary>Whether a rule follows paragraph <paramref name="index"/>: a drawn line, underscores, or an empty short paragraph with a bottom border.</summary>
        private static bool RuleAfter(List<(Paragraph P, string Where)> all, int index)
        {
            bool Drawn(Paragraph p) => p.Descendants().Any(d => d.LocalName is "line" or "wsp" or "prstGeom");
            if (Drawn(all[index].P))
            {
                return true;
            }

            if (index + 1 >= all.Count)
            {
                return false;
            }

            var next = all[index + 1].P;
            string text = next.InnerText.Trim();
            return Drawn(next)
                   || (text.Length >= 5 && text.All(c => c == '_'))
                   || (text.Length == 0 && next.ParagraphProperties?.ParagraphBorders?.BottomBorder is { Val: { HasValue: true } b } && b.InnerText is not ("none" or "nil") && next.ParagraphProperties?.Indentation is { Left: not null, Right: not null });
        }

        /// <summary>P22, P23: spacing of body paragraphs and the form of part headings.</summary>
        private void Spacing(List<(Paragraph P, string Where)> body)
        {
            string? first = null;
            int count = 0;
            foreach (var (p, where) in body)
            {
                var (before, after, line, rule) = formats.Spacing(p);
                bool gap = before + after >= 120 - Tolerance;
                bool lines = rule != "auto" || (line >= 240 - Tolerance && line <= 360 + Tolerance);
                if (!gap || !lines)
                {
                    count++;
                    first ??= where;
                }
            }

            if (first is not null)
            {
                Report("ANTQ140", first, null,
                    $"{count} đoạn nội dung cách nhau dưới 6 pt hoặc giãn dòng ngoài khoảng dòng đơn – 1,5 dòng; đầu tiên ở {first}.",
                    $"{count} body paragraph(s) are less than 6 pt apart or spaced outside single to 1.5 lines; first at {first}.");
            }
        }

        /// <summary>P29: no "Kính gửi" block and no "V/v" summary in a plan; the body ends with "./.".</summary>
        private void Foreign()
        {
            var top = body.Elements<Paragraph>().Select((p, i) => (P: p, Where: $"body/p[{i + 1}]", Text: Normal(p))).ToList();
            var problems = new List<(string Vi, string En, string Where)>();
            if (top.FirstOrDefault(x => x.Text.StartsWith("Kính gửi", StringComparison.Ordinal)) is { P: not null } kg)
            {
                problems.Add(("có khối \"Kính gửi\" (dành cho tờ trình, công văn)", "a \"Kính gửi\" block (for submissions and letters)", kg.Where));
            }

            int title = top.FindIndex(x => x.Text == "KẾ HOẠCH");
            if (title >= 0 && title + 1 < top.Count && top[title + 1].Text.StartsWith("V/v", StringComparison.Ordinal))
            {
                problems.Add(("trích yếu bắt đầu bằng \"V/v\" (dành cho công văn)", "a summary starting with \"V/v\" (for letters)", top[title + 1].Where));
            }

            // The body's last paragraph is the last one before the closing table (recipients and signature).
            var closing = body.Elements<Table>().Skip(1).FirstOrDefault();
            var beforeClosing = closing is null ? top : top.Where(x => x.P.IsBefore(closing)).ToList();
            if (title >= 0 && beforeClosing.LastOrDefault(x => x.Text.Length > 0) is { P: not null } last && !last.Text.EndsWith("./.", StringComparison.Ordinal) && last.Where != top[title].Where)
            {
                problems.Add(("nội dung không kết thúc bằng \"./.\"", "the body does not end with \"./.\"", last.Where));
            }

            if (problems.Count > 0)
            {
                Report("ANTQ142", problems[0].Where, null, "Kế hoạch: " + string.Join("; ", problems.Select(x => x.Vi)) + ".", "A plan: " + string.Join("; ", problems.Select(x => x.En)) + ".");
            }
        }

        /// <summary>P30: each annex starts a section whose page numbers restart at 1.</summary>
        private void Annexes()
        {
            var elements = body.ChildElements.ToList();
            for (int i = 0; i < elements.Count; i++)
            {
                if (elements[i] is not Paragraph p || !Normal(p).StartsWith("PHỤ LỤC", StringComparison.OrdinalIgnoreCase) || Normal(p).Length > 40)
                {
                    continue;
                }

                // The section break before the annex is held by the last paragraph of the section before it.
                var breakBefore = elements.Take(i).OfType<Paragraph>().LastOrDefault(x => x.ParagraphProperties?.SectionProperties is not null)?.ParagraphProperties?.SectionProperties;
                var annexSection = elements.Skip(i).OfType<Paragraph>().FirstOrDefault(x => x.ParagraphProperties?.SectionProperties is not null)?.ParagraphProperties?.SectionProperties
                                   ?? body.GetFirstChild<SectionProperties>();
                bool restarts = breakBefore is not null && annexSection?.GetFirstChild<PageNumberType>()?.Start?.Value == 1;
                if (!restarts)
                {
                    Report("ANTQ143", $"body/p[{elements.Take(i + 1).OfType<Paragraph>().Count()}]", Normal(p), "Phụ lục phải bắt đầu một phần (section) mới, đánh số trang riêng từ 1.", "An annex starts a new section with its own page numbers from 1.");
                }
            }
        }

        private void Report(string code, string where, string? excerpt, string vi, string en)
        {
            if (catalogue.Find(code) is not { } rule || !rule.Period.Contains(on))
            {
                return;
            }

            findings.Add(new Finding(rule.Code, rule.Severity, vi, en, rule.Citation, Location.AtPath("word/document.xml: " + where), excerpt is null ? null : (excerpt.Length > 120 ? excerpt[..117] + "..." : excerpt)));
        }

        private void Page()
        {
            var sections = body.Descendants<SectionProperties>().ToList();
            if (sections.Count == 0)
            {
                Report("ANTQ121", "body", null, "Tệp không đặt khổ giấy và lề (không có w:sectPr): trình soạn thảo sẽ dùng khổ mặc định, thường là Letter.", "The file sets no page size or margins (no w:sectPr): the editor's default applies, often Letter.");
                return;
            }

            foreach (var (sp, i) in sections.Select((s, i) => (s, i)))
            {
                string where = sections.Count == 1 ? "body/sectPr" : $"body/sectPr[{i + 1}]";
                var size = sp.GetFirstChild<PageSize>();
                uint w = size?.Width?.Value ?? 0, h = size?.Height?.Value ?? 0;
                bool a4Portrait = Near(w, 11906) && Near(h, 16838);
                bool a4Landscape = Near(w, 16838) && Near(h, 11906);
                if (!a4Portrait && !a4Landscape)
                {
                    Report("ANTQ121", where, null, $"Khổ giấy {Mm(w)} × {Mm(h)} mm, không phải A4 (210 × 297 mm).", $"The paper is {Mm(w)} × {Mm(h)} mm, not A4 (210 × 297 mm).");
                }
                else if (a4Landscape && !body.Elements<Table>().Skip(2).Any())
                {
                    Report("ANTQ121", where, null, "Trang khổ ngang nhưng không có bảng nội dung cần trình bày ngang.", "A landscape page without a content table that needs it.");
                }

                var m = sp.GetFirstChild<PageMargin>();
                int top = Math.Abs(m?.Top?.Value ?? 0), bottom = Math.Abs(m?.Bottom?.Value ?? 0);
                int left = (int)(m?.Left?.Value ?? 0), right = (int)(m?.Right?.Value ?? 0), gutter = (int)(m?.Gutter?.Value ?? 0);
                if (!In(top, 1134, 1417) || !In(bottom, 1134, 1417))
                {
                    Report("ANTQ122", where, null, $"Lề trên {Mm(top)} mm, lề dưới {Mm(bottom)} mm; Phụ lục I quy định 20–25 mm.", $"Top margin {Mm(top)} mm, bottom {Mm(bottom)} mm; Phụ lục I sets 20–25 mm.");
                }

                if (!In(left, 1701, 1984) || gutter != 0)
                {
                    Report("ANTQ123", where, null, $"Lề trái {Mm(left)} mm{(gutter != 0 ? $" (thêm gáy {Mm(gutter)} mm)" : string.Empty)}; Phụ lục I quy định 30–35 mm.", $"Left margin {Mm(left)} mm{(gutter != 0 ? $" (plus a {Mm(gutter)} mm gutter)" : string.Empty)}; Phụ lục I sets 30–35 mm.");
                }

                if (!In(right, 850, 1134))
                {
                    Report("ANTQ124", where, null, $"Lề phải {Mm(right)} mm; Phụ lục I quy định 15–20 mm.", $"Right margin {Mm(right)} mm; Phụ lục I sets 15–20 mm.");
                }
            }
        }

        private void Fonts()
        {
            int notTimes = 0, legacy = 0, coloured = 0;
            string? firstNotTimes = null, firstLegacy = null, firstColour = null;
            foreach (var (p, where) in Paragraphs())
            {
                foreach (var r in p.Elements<DocumentFormat.OpenXml.Wordprocessing.Run>())
                {
                    if (string.IsNullOrWhiteSpace(r.InnerText))
                    {
                        continue;
                    }

                    var f = formats.Of(p, r);
                    string font = f.Font ?? "Times New Roman";
                    if (font.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase) || font.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase))
                    {
                        legacy++;
                        firstLegacy ??= $"{where} ({font})";
                    }
                    else if (!font.Equals("Times New Roman", StringComparison.OrdinalIgnoreCase))
                    {
                        notTimes++;
                        firstNotTimes ??= $"{where} ({font})";
                    }

                    if (f.Color is { } c && !c.Equals("auto", StringComparison.OrdinalIgnoreCase) && c != "000000")
                    {
                        coloured++;
                        firstColour ??= $"{where} (#{c})";
                    }
                }
            }

            if (legacy > 0)
            {
                Report("ANTQ126", firstLegacy!, null, $"{legacy} đoạn chữ dùng phông TCVN3/VNI; Phụ lục I yêu cầu phông Unicode Times New Roman.", $"{legacy} run(s) use a TCVN3/VNI font; Phụ lục I requires the Unicode font Times New Roman.");
            }

            if (notTimes > 0)
            {
                Report("ANTQ125", firstNotTimes!, null, $"{notTimes} đoạn chữ không dùng phông Times New Roman, đầu tiên ở {firstNotTimes}.", $"{notTimes} run(s) are not in Times New Roman, first at {firstNotTimes}.");
            }

            if (coloured > 0)
            {
                Report("ANTQ127", firstColour!, null, $"{coloured} đoạn chữ không màu đen, đầu tiên ở {firstColour}.", $"{coloured} run(s) are not black, first at {firstColour}.");
            }
        }

        private void PageNumbers()
        {
            var sp = body.Descendants<SectionProperties>().LastOrDefault();
            bool titlePage = sp?.GetFirstChild<TitlePage>() is { } tp && (tp.Val is null || tp.Val.Value);
            string? Header(HeaderFooterValues type)
            {
                var id = sp?.Elements<HeaderReference>().FirstOrDefault(h => h.Type?.Value == type)?.Id?.Value;
                return id is not null && main.GetPartById(id) is HeaderPart part ? part.Header?.OuterXml : null;
            }

            string? defaultHeader = Header(HeaderFooterValues.Default);
            bool pageInDefault = defaultHeader is not null && defaultHeader.Contains("PAGE", StringComparison.Ordinal);
            bool pageInFirst = Header(HeaderFooterValues.First) is { } first && first.Contains("PAGE", StringComparison.Ordinal);
            bool pageInFooter = main.FooterParts.Any(f => f.Footer?.OuterXml.Contains("PAGE", StringComparison.Ordinal) == true);
            var problems = new List<(string Vi, string En)>();
            if (!pageInDefault)
            {
                problems.Add(("không có số trang ở giữa lề trên", "no page number centred in the top margin"));
            }

            if (pageInFooter)
            {
                problems.Add(("số trang đặt ở chân trang", "the page number is in the footer"));
            }

            if (pageInDefault && (!titlePage || pageInFirst))
            {
                problems.Add(("số trang hiện ở trang đầu", "the page number shows on the first page"));
            }

            if (problems.Count > 0)
            {
                Report("ANTQ128", "body/sectPr", null, "Số trang: " + string.Join("; ", problems.Select(p => p.Vi)) + ".", "Page numbers: " + string.Join("; ", problems.Select(p => p.En)) + ".");
            }
        }

        private void Header()
        {
            var national = Paragraphs().FirstOrDefault(x => Normal(x.P).Replace("HOÀ", "HÒA", StringComparison.Ordinal) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            var motto = Paragraphs().FirstOrDefault(x => Normal(x.P) == "Độc lập - Tự do - Hạnh phúc");
            if (national.P is null || motto.P is null)
            {
                bool close = Paragraphs().Any(x => VietnameseText.Fold(Normal(x.P)).Contains("doc lap", StringComparison.Ordinal) || VietnameseText.Fold(Normal(x.P)).Contains("cong hoa xa hoi", StringComparison.Ordinal));
                Report("ANTQ131", "body", null,
                    close ? "Quốc hiệu hoặc Tiêu ngữ viết sai chữ (đúng: \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\", \"Độc lập - Tự do - Hạnh phúc\")." : "Thiếu Quốc hiệu và Tiêu ngữ ở đầu văn bản.",
                    close ? "The national name or motto is misworded (\"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\", \"Độc lập - Tự do - Hạnh phúc\")." : "The national name and motto are missing from the header.");
            }
            else
            {
                Format("ANTQ132", national.P, national.Where, 24, 26, bold: true, italic: false, centred: true, "Quốc hiệu", "The national name");
                Format("ANTQ132", motto.P, motto.Where, 26, 28, bold: true, italic: false, centred: true, "Tiêu ngữ", "The motto");
            }

            if (body.Elements<Table>().FirstOrDefault() is not { } table || table.Elements<TableRow>().FirstOrDefault()?.Elements<TableCell>().FirstOrDefault() is not { } left)
            {
                return;
            }

            var lines = left.Elements<Paragraph>().Select((p, i) => (P: p, Where: $"body/tbl[1]/tr[1]/tc[1]/p[{i + 1}]")).Where(x => Normal(x.P).Length > 0).ToList();
            int number = lines.FindIndex(x => Normal(x.P).StartsWith("Số", StringComparison.Ordinal));
            var names = number < 0 ? lines : lines.Take(number).ToList();
            if (names.Count > 0)
            {
                Format("ANTQ133", names[^1].P, names[^1].Where, 24, 26, bold: true, italic: false, centred: true, "Tên cơ quan ban hành", "The issuing body");
            }

            if (names.Count > 1)
            {
                Format("ANTQ133", names[0].P, names[0].Where, 24, 26, bold: false, italic: false, centred: true, "Tên cơ quan chủ quản", "The superior body");
            }

            if (number >= 0)
            {
                Format("ANTQ134", lines[number].P, lines[number].Where, 26, 26, bold: false, italic: false, centred: true, "Dòng \"Số\"", "The \"Số\" line");
            }

            var dated = Paragraphs().FirstOrDefault(x => VietnameseText.Fold(Normal(x.P)).Contains(", ngay", StringComparison.Ordinal) && x.Where.StartsWith("body/tbl[1]/", StringComparison.Ordinal));
            if (dated.P is not null)
            {
                Format("ANTQ135", dated.P, dated.Where, 26, 28, bold: false, italic: true, centred: true, "Địa danh, ngày tháng", "The place and date");
            }
        }

        private void TitleAndBody()
        {
            var top = body.Elements<Paragraph>().Select((p, i) => (P: p, Where: $"body/p[{i + 1}]")).ToList();
            int title = top.FindIndex(x => Normal(x.P) == "KẾ HOẠCH");
            if (title < 0)
            {
                return;
            }

            Format("ANTQ136", top[title].P, top[title].Where, 26, 28, bold: true, italic: false, centred: true, "Tên loại \"KẾ HOẠCH\"", "The type name \"KẾ HOẠCH\"");
            if (title + 1 < top.Count && Normal(top[title + 1].P).Length > 0)
            {
                Format("ANTQ136", top[title + 1].P, top[title + 1].Where, 26, 28, bold: true, italic: false, centred: true, "Trích yếu", "The summary");
            }

            int unjustified = 0, wrongSize = 0;
            string? first = null;
            foreach (var (p, where) in top.Skip(title + 2))
            {
                string text = Normal(p);
                if (text.Length < 60)
                {
                    continue; // headings and short lines are not body paragraphs
                }

                bool justified = formats.Justification(p) is "both" or "distribute";
                var sizes = p.Elements<DocumentFormat.OpenXml.Wordprocessing.Run>().Where(r => r.InnerText.Trim().Length > 0).Select(r => formats.Of(p, r).HalfPoints ?? 20).ToList();
                bool sized = sizes.All(s => s is >= 26 and <= 28);
                if (!justified || !sized)
                {
                    unjustified += justified ? 0 : 1;
                    wrongSize += sized ? 0 : 1;
                    first ??= where;
                }
            }

            var bodyParagraphs = top.Skip(title + 2).Where(x => Normal(x.P).Length >= 60).ToList();
            Spacing(bodyParagraphs);
            foreach (var (p, where) in top.Skip(title + 2))
            {
                string text = Normal(p);
                if (System.Text.RegularExpressions.Regex.IsMatch(text, "^[IVX]{1,4}\\. \\S", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
                {
                    if (!Format("ANTQ141", p, where, 26, 28, bold: true, italic: false, centred: null, "Đề mục phần", "A part heading"))
                    {
                        break;
                    }

                    if (text.Any(char.IsLower))
                    {
                        Report("ANTQ141", where, text, "Đề mục phần phải viết in hoa.", "A part heading is written in capitals.");
                        break;
                    }
                }
            }

            if (first is not null)
            {
                Report("ANTQ137", first, null,
                    $"{unjustified} đoạn nội dung không căn đều hai lề, {wrongSize} đoạn không cỡ 13–14; đầu tiên ở {first}.",
                    $"{unjustified} body paragraph(s) are not justified and {wrongSize} not in 13–14 pt; first at {first}.");
            }
        }

        private void Closing()
        {
            var cells = body.Elements<Table>().Skip(1).SelectMany((t, ti) => t.Elements<TableRow>().SelectMany((r, ri) => r.Elements<TableCell>().Select((c, ci) => (Cell: c, Where: $"body/tbl[{ti + 2}]/tr[{ri + 1}]/tc[{ci + 1}]")))).ToList();
            int label = cells.FindIndex(c => c.Cell.Elements<Paragraph>().Any(p => Normal(p) == "Nơi nhận:"));
            if (label < 0)
            {
                return;
            }

            var (leftCell, leftWhere) = cells[label];
            var paragraphs = leftCell.Elements<Paragraph>().Select((p, i) => (P: p, Where: $"{leftWhere}/p[{i + 1}]")).Where(x => Normal(x.P).Length > 0).ToList();
            Format("ANTQ138", paragraphs[0].P, paragraphs[0].Where, 24, 24, bold: true, italic: true, centred: null, "Nhãn \"Nơi nhận:\"", "The \"Nơi nhận:\" label");
            foreach (var (p, where) in paragraphs.Skip(1))
            {
                if (!Format("ANTQ138", p, where, 22, 22, bold: false, italic: false, centred: null, "Dòng nơi nhận", "A recipient line"))
                {
                    break;
                }
            }

            if (label + 1 >= cells.Count)
            {
                return;
            }

            var (rightCell, rightWhere) = cells[label + 1];
            var sign = rightCell.Elements<Paragraph>().Select((p, i) => (P: p, Where: $"{rightWhere}/p[{i + 1}]", Text: Normal(p))).ToList();
            var nonEmpty = sign.Where(x => x.Text.Length > 0).ToList();
            if (nonEmpty.Count == 0)
            {
                return;
            }

            var name = nonEmpty[^1];
            foreach (var line in nonEmpty.SkipLast(1))
            {
                if (!Format("ANTQ139", line.P, line.Where, 26, 28, bold: true, italic: false, centred: true, "Dòng thẩm quyền ký", "An authority line"))
                {
                    break;
                }
            }

            Format("ANTQ139", name.P, name.Where, 26, 28, bold: true, italic: false, centred: true, "Họ tên người ký", "The signer's name");
            int lastTitle = nonEmpty.Count > 1 ? sign.IndexOf(nonEmpty[^2]) : -1;
            if (lastTitle >= 0 && sign.IndexOf(name) == lastTitle + 1)
            {
                Report("ANTQ139", name.Where, name.Text, "Không chừa khoảng trống để ký giữa dòng chức vụ và họ tên người ký.", "No space is left for the signature between the title line and the signer's name.");
            }
        }

        /// <summary>Checks size, weight, slant and alignment of a paragraph's visible runs; reports once and returns false when off.</summary>
        private bool Format(string code, Paragraph p, string where, int minHalf, int maxHalf, bool? bold, bool? italic, bool? centred, string whatVi, string whatEn)
        {
            var runs = p.Elements<DocumentFormat.OpenXml.Wordprocessing.Run>().Where(r => r.InnerText.Trim().Length > 0).Select(r => formats.Of(p, r)).ToList();
            if (runs.Count == 0)
            {
                return true;
            }

            var problems = new List<(string Vi, string En)>();
            if (runs.Any(r => (r.HalfPoints ?? 20) < minHalf || (r.HalfPoints ?? 20) > maxHalf))
            {
                string want = minHalf == maxHalf ? Pt(minHalf) : $"{Pt(minHalf)}–{Pt(maxHalf)}";
                problems.Add(($"cỡ chữ {Pt(runs[0].HalfPoints ?? 20)} (cần {want})", $"size {Pt(runs[0].HalfPoints ?? 20)} pt (wants {want})"));
            }

            if (bold is { } b && runs.Any(r => r.Bold != b))
            {
                problems.Add((b ? "chưa in đậm" : "không được in đậm", b ? "not bold" : "must not be bold"));
            }

            if (italic is { } i && runs.Any(r => r.Italic != i))
            {
                problems.Add((i ? "chưa in nghiêng" : "không được in nghiêng", i ? "not italic" : "must not be italic"));
            }

            if (centred is true && formats.Justification(p) is not "center")
            {
                problems.Add(("chưa căn giữa", "not centred"));
            }

            if (problems.Count == 0)
            {
                return true;
            }

            Report(code, where, Normal(p), $"{whatVi}: {string.Join(", ", problems.Select(x => x.Vi))}.", $"{whatEn}: {string.Join(", ", problems.Select(x => x.En))}.");
            return false;
        }

        /// <summary>Every paragraph of the body, table cells included, with its structural path.</summary>
        private IEnumerable<(Paragraph P, string Where)> Paragraphs()
        {
            int p = 0, t = 0;
            foreach (var element in body.ChildElements)
            {
                if (element is Paragraph para)
                {
                    yield return (para, $"body/p[{++p}]");
                }
                else if (element is Table table)
                {
                    t++;
                    int r = 0;
                    foreach (var row in table.Elements<TableRow>())
                    {
                        r++;
                        int c = 0;
                        foreach (var cell in row.Elements<TableCell>())
                        {
                            c++;
                            int cp = 0;
                            foreach (var cellPara in cell.Elements<Paragraph>())
                            {
                                yield return (cellPara, $"body/tbl[{t}]/tr[{r}]/tc[{c}]/p[{++cp}]");
                            }
                        }
                    }
                }
            }
        }

        private static string Normal(Paragraph p)
            => string.Join(' ', VietnameseText.Normalize(p.InnerText).Replace('\u00A0', ' ').Replace('\t', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

        private static bool Near(uint value, int expected) => Math.Abs((int)value - expected) <= Tolerance;

        private static bool In(int value, int min, int max) => value >= min - Tolerance && value <= max + Tolerance;

        private static string Mm(long twips) => (twips / 56.693).ToString("0.#", CultureInfo.InvariantCulture);

        private static string Pt(int halfPoints) => (halfPoints / 2m).ToString("0.#", CultureInfo.InvariantCulture);
    }
}
