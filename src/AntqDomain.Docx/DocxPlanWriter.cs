using AntqDomain.Plans;
using AntqDomain.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using AntqDomain.Documents;
using AntqDomain.Reading;

namespace AntqDomain.Docx;

/// <summary>
/// Writes a festival plan as a Word file laid out per Decree 30/2020/NĐ-CP, Phụ lục I (<em>ghi Kế hoạch ra tệp Word
/// theo thể thức văn bản hành chính</em>): A4 portrait with 20 mm top and bottom, 30 mm left and 20 mm right margins; the national name in bold 12 pt capitals on one line;
/// Times New Roman; a borderless two-column header (issuing body and "Số:" left; national name, motto and the italic
/// place-and-date right); the title in bold capitals, centred; body paragraphs of 14 pt, justified, with a 1 cm first-line
/// indent and 6 pt after; a borderless closing table (recipients at 12 and 11 pt left, the signature right); page
/// numbers centred at the top from the second page. <see cref="DocxPlanReader"/> reads it back to the same plan.
/// </summary>
public static class DocxPlanWriter
{
    private const string Font = "Times New Roman";
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 1134;
    private const int MarginBottom = 1134;
    private const int MarginLeft = 1701;
    private const int MarginRight = 1134;

    /// <summary>Writes <paramref name="plan"/> as the bytes of a .docx file.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] Write(FestivalPlan plan)
    {
        using var memory = new MemoryStream();
        Write(plan, memory);
        return memory.ToArray();
    }

    /// <summary>Writes <paramref name="plan"/> as a .docx file to <paramref name="stream"/> (left open).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="stream">A writable, seekable stream.</param>
    public static void Write(FestivalPlan plan, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(stream);
        using var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        main.Document = new Document(body);

        body.Append(HeaderTable(plan));
        body.Append(Empty());
        if (plan.Title is { } title)
        {
            const string Head = "KẾ HOẠCH ";
            bool split = title.Text.StartsWith(Head, StringComparison.Ordinal);
            body.Append(Centered(split ? Head.TrimEnd() : title.Text, 14, bold: true));
            if (split)
            {
                body.Append(Centered(title.Text[Head.Length..], 14, bold: true));
            }

            body.Append(ShortRule(PageWidth - MarginLeft - MarginRight));

            body.Append(Empty());
        }

        foreach (var b in plan.Basis)
        {
            body.Append(BodyParagraph(b, bold: false));
        }

        foreach (var section in plan.Sections)
        {
            body.Append(BodyParagraph(section.Heading, bold: true, indent: true));
            foreach (var p in section.Paragraphs)
            {
                body.Append(BodyParagraph(p, bold: false));
            }
        }

        if (plan.Recipients is not null || plan.Signature is not null)
        {
            body.Append(Empty());
            body.Append(ClosingTable(plan));
        }

        body.Append(SectionProperties(main));
        main.Document.Save();
    }

    private static Table HeaderTable(FestivalPlan plan)
    {
        var left = new List<Paragraph>();
        var issuer = PlanTextWriter.IssuerLines(plan.Issuer.Name);
        for (int i = 0; i < issuer.Count; i++)
        {
            // The body above (first of two lines) in regular capitals, the issuing body itself in bold.
            left.Add(Centered(issuer[i], i == issuer.Count - 1 ? 13 : 12, bold: i == issuer.Count - 1));
        }

        if (issuer.Count > 0)
        {
            left.Add(ShortRule(3700));
        }

        if (plan.NumberText is { } number)
        {
            left.Add(Centered("Số: " + number, 13));
        }

        var right = new List<Paragraph>
        {
            Centered(PlanTextWriter.NationalName, 12, bold: true),
            Underlined(Centered(PlanTextWriter.Motto, 14, bold: true)),
        };
        if (plan.Dated is { } dated)
        {
            right.Add(Centered(dated.ToString(), 14, italic: true));
        }

        return TwoColumns(left, right, 3700, 5900);
    }

    private static Table ClosingTable(FestivalPlan plan)
    {
        var left = new List<Paragraph>();
        if (plan.Recipients is { } recipients)
        {
            left.Add(Line("Nơi nhận:", 12, bold: true, italic: true));
            foreach (var r in recipients.Lines)
            {
                left.Add(Line(Marked(r), 11));
            }
        }

        var right = new List<Paragraph>();
        if (plan.Signature is { } signature)
        {
            foreach (var l in signature.Lines)
            {
                right.Add(Centered(l.Text, 14, bold: true));
            }

            if (signature.Signer is { } signer)
            {
                // Room for the signature and the seal between the title lines and the name.
                right.Add(Empty());
                right.Add(Empty());
                right.Add(Empty());
                right.Add(Centered(signer.Text, 14, bold: true));
            }
        }

        return TwoColumns(left, right, 4535, 4536);
    }

    private static Table TwoColumns(List<Paragraph> left, List<Paragraph> right, int leftWidth, int rightWidth)
    {
        static TableCell Cell(List<Paragraph> paragraphs, int width)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            cell.Append(paragraphs.Count == 0 ? [new Paragraph()] : paragraphs);
            return cell;
        }

        var none = new TableBorders(
            new TopBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None },
            new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None },
            new InsideVerticalBorder { Val = BorderValues.None });
        return new Table(
            // The header is a little wider than the text area (as in the Phụ lục I samples), so that the national
            // name fits on one line: the table starts half a centimetre into the left margin.
            new TableProperties(
                new TableWidth { Width = (leftWidth + rightWidth).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableIndentation { Width = -284, Type = TableWidthUnitValues.Dxa },
                none,
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = leftWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new GridColumn { Width = rightWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            new TableRow(Cell(left, leftWidth), Cell(right, rightWidth)));
    }

    private static string Marked(PlanText text)
        => text.Marker is { Length: > 0 } m && !text.Text.StartsWith(m, StringComparison.Ordinal) ? m + " " + text.Text : text.Text;

    private static Paragraph BodyParagraph(PlanText text, bool bold, bool indent = true)
        => new(
            new ParagraphProperties(
                new SpacingBetweenLines { After = "120", Line = "288", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = indent ? "567" : "0" },
                new Justification { Val = JustificationValues.Both }),
            TextRun(Marked(text), 14, bold, italic: false));

    private static Paragraph Centered(string text, int points, bool bold = false, bool italic = false)
        => new(
            new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
            TextRun(text, points, bold, italic));

    private static Paragraph Line(string text, int points, bool bold = false, bool italic = false)
        => new(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), TextRun(text, points, bold, italic));

    private static Paragraph Empty() => new(new ParagraphProperties(new SpacingBetweenLines { After = "0" }));

    /// <summary>A solid rule 40 % as long as the line it sits in, centred: an empty paragraph with a bottom border between indents.</summary>
    private static Paragraph ShortRule(int lineWidth)
    {
        string side = (lineWidth * 3 / 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = side, Right = side }));
    }

    /// <summary>The paragraph with a single underline on all its runs (the rule under the motto).</summary>
    private static Paragraph Underlined(Paragraph p)
    {
        foreach (var r in p.Elements<DocumentFormat.OpenXml.Wordprocessing.Run>())
        {
            r.RunProperties!.Append(new Underline { Val = UnderlineValues.Single });
        }

        return p;
    }

    private static Run TextRun(string text, int points, bool bold, bool italic)
    {
        var props = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (bold)
        {
            props.Append(new Bold());
        }

        if (italic)
        {
            props.Append(new Italic());
        }

        string halfPoints = (points * 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        props.Append(new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints });
        return new Run(props, new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "28" },
                    new FontSizeComplexScript { Val = "28" },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
    }

    private static SectionProperties SectionProperties(MainDocumentPart main)
    {
        // Page numbers: centred at the top, not on the first page (Phụ lục I, Phần I, mục II).
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("2")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph());
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
            new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 567, Footer = 567, Gutter = 0 },
            new TitlePage());
    }
}
