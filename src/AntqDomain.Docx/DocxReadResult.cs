using System.Collections.Immutable;
using AntqDomain.Documents;
using AntqDomain.Reading;

namespace AntqDomain.Docx;

/// <summary>
/// What <see cref="DocxPlanReader"/> read from a Word file (<em>kết quả đọc tệp Word</em>): the same
/// <see cref="PlanReadResult"/> as the text reader (plan and diagnostics, Word's own diagnostics included), the text
/// as the reader saw it, and the paragraph behind each of its lines, so that every location can name its paragraph.
/// </summary>
/// <param name="Result">The plan and diagnostics.</param>
/// <param name="Text">The document as text: one line per paragraph, except a table row whose cells hold one line each, which is one line with its cells apart by tabs (as a copy of the table holds it); list numbers written out as Word shows them.</param>
/// <param name="Lines">The position in the Word file of each line of <paramref name="Text"/> (index 0 is line 1).</param>
public sealed record DocxReadResult(PlanReadResult Result, string Text, ImmutableArray<DocxPosition> Lines)
{
    /// <summary>Whether a plan was read.</summary>
    public bool Success => Result.Success;

    /// <summary>The position in the Word file of a location reported on the text, or null when it has no line.</summary>
    /// <param name="location">A location from a diagnostic or a finding.</param>
    /// <returns>The paragraph (and table cell) of that line, or null.</returns>
    public DocxPosition? PositionOf(Location? location)
    {
        if (location?.Line is not int line || line < 1 || line > Lines.Length)
        {
            return null;
        }

        // A table row of one-line cells is one line, its cells apart by tabs (a cell's own tabs are spaces): the cell is
        // the one the column falls in, each cell one paragraph after the one before.
        var at = Lines[line - 1];
        if (at is { Table: not null, Cell: int cell } && location.Column is int column && column > 1)
        {
            int before = DocxTextBuilder.CellOf(LineOf(line), column - 1).Before;
            return before == 0 ? at : at with { Paragraph = at.Paragraph + before, Cell = cell + before };
        }

        return at;
    }

    /// <summary>Line <paramref name="line"/> (from 1) of <see cref="Text"/>.</summary>
    private ReadOnlySpan<char> LineOf(int line)
    {
        int start = 0;
        for (int k = 1; k < line && start >= 0; k++)
        {
            start = Text.IndexOf('\n', start) is var nl and >= 0 ? nl + 1 : -1;
        }

        if (start < 0)
        {
            return [];
        }

        int end = Text.IndexOf('\n', start);
        return Text.AsSpan(start, (end < 0 ? Text.Length : end) - start);
    }
}
