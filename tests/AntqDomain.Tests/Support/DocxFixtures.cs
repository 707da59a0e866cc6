using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Support;

/// <summary>
/// Builds Word files the way people lay plans out in Word, from a plan's text: the header as a two-column table
/// without borders, the body as paragraphs (optionally with Word's automatic numbering for parts and items instead of
/// typed numbers), and the recipients and signature as a two-column closing table.
/// </summary>
public static partial class DocxFixtures
{
    public static byte[] FromPlanText(string text, bool automaticNumbering = false, Action<Body>? edit = null)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int title = Array.FindIndex(lines, l => l.StartsWith("KẾ HOẠCH", StringComparison.Ordinal));
        int closing = Array.FindIndex(lines, l => l.StartsWith("Nơi nhận", StringComparison.Ordinal));
        if (closing < 0)
        {
            closing = lines.Length;
        }

        using var memory = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            if (automaticNumbering)
            {
                AddNumbering(main);
            }

            var header = lines.Take(Math.Max(title, 0)).Where(l => l.Trim().Length > 0).ToList();
            if (header.Count > 0)
            {
                body.Append(TwoColumns(
                    header.Select(l => l.Split('\t')[0]),
                    header.Where(l => l.Contains('\t')).Select(l => l.Split('\t')[1])));
            }

            foreach (string line in lines.Skip(Math.Max(title, 0)).Take(closing - Math.Max(title, 0)))
            {
                body.Append(automaticNumbering ? Numbered(line) : Para(line));
            }

            var tail = lines.Skip(closing).ToList();
            int blank = tail.FindIndex(l => l.Trim().Length == 0);
            if (tail.Count > 0)
            {
                var recipients = blank < 0 ? tail : tail.Take(blank).ToList();
                var signature = blank < 0 ? [] : tail.Skip(blank + 1).Where(l => l.Trim().Length > 0).ToList();
                body.Append(TwoColumns(recipients, signature));
            }

            edit?.Invoke(body);
            main.Document.Save();
        }

        return memory.ToArray();
    }

    public static Paragraph Para(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Numbered(string line)
    {
        var roman = RomanHeading().Match(line);
        if (roman.Success)
        {
            return NumberedPara(roman.Groups["rest"].Value, 0);
        }

        var item = Item().Match(line);
        return item.Success ? NumberedPara(item.Groups["rest"].Value, 1) : Para(line);
    }

    private static Paragraph NumberedPara(string text, int level)
        => new(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })),
            new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static void AddNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new Numbering(
            new AbstractNum(
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.UpperRoman }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%2." }) { LevelIndex = 1 })
            { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
    }

    private static Table TwoColumns(IEnumerable<string> left, IEnumerable<string> right)
    {
        static TableCell Cell(IEnumerable<string> lines)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = "4500", Type = TableWidthUnitValues.Dxa }));
            var paragraphs = lines.Select(Para).ToList();
            cell.Append(paragraphs.Count == 0 ? [new Paragraph()] : paragraphs);
            return cell;
        }

        return new Table(
            new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None })),
            new TableGrid(new GridColumn { Width = "4500" }, new GridColumn { Width = "4500" }),
            new TableRow(Cell(left), Cell(right)));
    }

    [GeneratedRegex(@"^(?<r>[IVX]{1,4})\.\s+(?<rest>.+)$")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"^(?<n>[0-9]{1,2})\.\s+(?<rest>.+)$")]
    private static partial Regex Item();
}
