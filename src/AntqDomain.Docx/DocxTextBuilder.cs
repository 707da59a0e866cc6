using System.Collections.Immutable;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using AntqDomain.Reading;

namespace AntqDomain.Docx;

/// <summary>
/// Turns the body of a Word document into the text the plan reader reads: a line per paragraph, a table cell by cell
/// (left to right, row by row, each cell's paragraphs in order — so the two-column header gives the issuer block, then
/// the national name and date block, and the closing table the recipients, then the signature), list numbers written
/// out. Records the position of every line and what could not be read.
/// </summary>
internal sealed class DocxTextBuilder
{
    private readonly ListNumbering numbering;
    private readonly StringBuilder text = new();
    private readonly ImmutableArray<DocxPosition>.Builder lines = ImmutableArray.CreateBuilder<DocxPosition>();
    private readonly Dictionary<int, ImmutableArray<DocxSegment>> segments = [];
    private int paragraphs;
    private int tables;

    public DocxTextBuilder(MainDocumentPart main) => numbering = new ListNumbering(main);

    /// <summary>The paragraph elements in the order they were counted: element <c>n - 1</c> is paragraph <c>n</c> of <see cref="DocxPosition"/>.</summary>
    public List<Paragraph> ParagraphElements { get; } = [];

    public int TrackedInsertions { get; private set; }

    public int TrackedDeletions { get; private set; }

    public int Images { get; private set; }

    public int TextBoxes { get; private set; }

    public int MergedCells { get; private set; }

    public string Text => text.ToString();

    public ImmutableArray<DocxPosition> Lines => lines.ToImmutable();

    /// <summary>For each line (from 0) that is a table row read as one line, where each of its paragraphs starts on it.</summary>
    public IReadOnlyDictionary<int, ImmutableArray<DocxSegment>> Segments => segments;

    public void AddBody(Body body)
    {
        foreach (var element in body.ChildElements)
        {
            AddBlock(element);
        }
    }

    private void AddBlock(OpenXmlElement element)
    {
        switch (element)
        {
            case Paragraph p:
                paragraphs++;
                ParagraphElements.Add(p);
                foreach (var line in ParagraphLines(p))
                {
                    Emit(line, new DocxPosition(paragraphs));
                }

                break;
            case Table t:
                AddTable(t);
                break;
            case SdtBlock sdt:
                foreach (var child in sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
                {
                    AddBlock(child);
                }

                break;
            case CustomXmlBlock custom:
                foreach (var child in custom.ChildElements)
                {
                    AddBlock(child);
                }

                break;
            default:
                break;
        }
    }

    private void AddTable(Table table)
    {
        int number = ++tables;
        int rowNumber = 0;
        foreach (var row in table.Elements<TableRow>())
        {
            rowNumber++;
            var cells = new List<(List<string> Lines, List<DocxPosition> At)>();
            int cellNumber = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                cellNumber++;
                var content = (Lines: new List<string>(), At: new List<DocxPosition>());
                if (cell.TableCellProperties?.VerticalMerge is { } merge && merge.Val?.Value != MergedCellValues.Restart)
                {
                    // The continuation of a vertically merged cell holds nothing of its own.
                    MergedCells++;
                    cells.Add(content);
                    continue;
                }

                foreach (var block in cell.ChildElements)
                {
                    CollectCell(block, number, rowNumber, cellNumber, content);
                }

                cells.Add(content);
            }

            // A row of cells of one line each (a programme's "1 | Chào cờ | Ban tổ chức"), or a row numbered in its first
            // cell whose other cells hold several paragraphs ("2 | Tuyên bố lý do ¶ giới thiệu đại biểu | …"), is one
            // line, its cells apart by tabs and a cell's paragraphs by a space, as a copy of the table holds it: the reader
            // tells a row's cells from lines of their own. A header's or a closing's cells stay blocks of lines.
            if (cells.Count >= 2 && cells.Count(c => c.Lines.Exists(l => l.Trim().Length > 0)) >= 2
                && (cells.TrueForAll(c => c.Lines.Count == 1) || (cells[0].Lines.Count == 1 && IsRowNumber(cells[0].Lines[0]))))
            {
                EmitRow(cells);
                continue;
            }

            // Else cell by cell, each cell's paragraphs in order: the header's left block (issuer, "Số:") then its right
            // block (national name, motto, place and date); the recipients, then the signature.
            foreach (var (cellLines, at) in cells)
            {
                for (int k = 0; k < cellLines.Count; k++)
                {
                    Emit(cellLines[k], at[k]);
                }
            }
        }
    }

    private void CollectCell(OpenXmlElement block, int table, int row, int cell, (List<string> Lines, List<DocxPosition> At) content)
    {
        switch (block)
        {
            case Paragraph p:
                paragraphs++;
                ParagraphElements.Add(p);
                foreach (var line in ParagraphLines(p))
                {
                    content.Lines.Add(line.Replace('\t', ' '));
                    content.At.Add(new DocxPosition(paragraphs, table, row, cell));
                }

                break;
            case Table nested:
                // A table inside a cell: its rows become lines of the cell.
                foreach (var nestedRow in nested.Elements<TableRow>())
                {
                    foreach (var nestedCell in nestedRow.Elements<TableCell>())
                    {
                        foreach (var inner in nestedCell.ChildElements)
                        {
                            CollectCell(inner, table, row, cell, content);
                        }
                    }
                }

                break;
            case SdtBlock sdt:
                foreach (var child in sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
                {
                    CollectCell(child, table, row, cell, content);
                }

                break;
            default:
                break;
        }
    }

    /// <summary>The text of a paragraph, split at manual line breaks, with its list marker in front.</summary>
    private List<string> ParagraphLines(Paragraph p)
    {
        var sb = new StringBuilder();
        if (numbering.Next(p) is { } marker)
        {
            sb.Append(marker);
        }

        AppendInline(p, sb);
        return [.. sb.ToString().Split('\n')];
    }

    private void AppendInline(OpenXmlElement parent, StringBuilder sb)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    AppendRun(run, sb);
                    break;
                case DeletedRun:
                    TrackedDeletions++;
                    break;
                case InsertedRun inserted:
                    TrackedInsertions++;
                    AppendInline(inserted, sb);
                    break;
                case Hyperlink or SimpleField or CustomXmlRun or MoveToRun:
                    AppendInline(child, sb);
                    break;
                case SdtRun sdt when sdt.SdtContentRun is { } content:
                    AppendInline(content, sb);
                    break;
                case MoveFromRun:
                    TrackedDeletions++;
                    break;
                default:
                    break;
            }
        }
    }

    private void AppendRun(Run run, StringBuilder sb)
    {
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    sb.Append('\t');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
                case SoftHyphen:
                    break;
                case SymbolChar symbol when symbol.Char?.Value is { } code && int.TryParse(code, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out int cp) && cp is > 0 and < 0xF000:
                    sb.Append((char)cp);
                    break;
                case Drawing or Picture or EmbeddedObject:
                    if (child.Descendants().Any(d => d.LocalName == "txbxContent"))
                    {
                        TextBoxes++;
                    }
                    else
                    {
                        Images++;
                    }

                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// Whether a row's first cell numbers it as a list's rows are numbered ("1", "2.", "II", "a)") or gives the time of its
    /// step ("7h30", "07:30 - 08:00"), as the first cell of a programme or a report table does, and a header's or a
    /// closing's never does.
    /// </summary>
    private static bool IsRowNumber(string cell)
    {
        var c = cell.AsSpan().Trim();
        if (c.IsEmpty || c.Length > 16)
        {
            return false;
        }

        if (char.IsAsciiDigit(c[0]))
        {
            return true;
        }

        var marker = c[^1] is '.' or ')' ? c[..^1] : c;
        return (marker.Length is > 0 and <= 4 && !marker.ContainsAnyExcept("IVX")) || (marker.Length == 1 && char.IsAsciiLetterLower(marker[0]) && marker.Length < c.Length);
    }

    /// <summary>Emits a row as one line: its cells apart by tabs, a cell's paragraphs apart by a space, and where each paragraph starts.</summary>
    private void EmitRow(List<(List<string> Lines, List<DocxPosition> At)> cells)
    {
        var row = new StringBuilder();
        var parts = ImmutableArray.CreateBuilder<DocxSegment>();
        for (int c = 0; c < cells.Count; c++)
        {
            if (c > 0)
            {
                row.Append('\t');
            }

            var (cellLines, at) = cells[c];
            bool first = true;
            for (int k = 0; k < cellLines.Count; k++)
            {
                if (cellLines.Count > 1 && cellLines[k].Trim().Length == 0)
                {
                    continue;
                }

                if (!first)
                {
                    row.Append(' ');
                }

                parts.Add(new DocxSegment(row.Length, cellLines[k].Length, at[k]));
                row.Append(cellLines[k]);
                first = false;
            }
        }

        segments[lines.Count] = parts.ToImmutable();
        Emit(row.ToString(), parts[0].At);
    }

    /// <summary>
    /// The paragraph, of a table row read as one line (<paramref name="parts"/>), whose text holds the character at
    /// <paramref name="index"/>, or the last one starting before it (a separator between two paragraphs belongs to the first).
    /// </summary>
    internal static DocxSegment SegmentAt(ImmutableArray<DocxSegment> parts, int index)
    {
        for (int k = parts.Length - 1; k > 0; k--)
        {
            if (parts[k].Start <= index)
            {
                return parts[k];
            }
        }

        return parts[0];
    }

    private void Emit(string line, DocxPosition at)
    {
        if (lines.Count > 0)
        {
            text.Append('\n');
        }

        text.Append(line.Replace('\r', ' '));
        lines.Add(at);
    }
}
