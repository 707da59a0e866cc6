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
/// <param name="Text">The document as text: one line per paragraph, except a table row whose cells hold one line each, or a row numbered in its first cell, which is one line with its cells apart by tabs and a cell's paragraphs by a space (as a copy of the table holds it); list numbers written out as Word shows them.</param>
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

        // A table row read as one line holds its cells apart by tabs (a cell's own tabs are spaces) and a cell's
        // paragraphs apart by a space: the position is that of the paragraph the column falls in.
        if (location.Column is int column && Segments.TryGetValue(line - 1, out var parts))
        {
            return DocxTextBuilder.SegmentAt(parts, column - 1).At;
        }

        return Lines[line - 1];
    }

    /// <summary>For each line (from 0) that is a table row read as one line, where each of its paragraphs starts on it.</summary>
    internal ImmutableDictionary<int, ImmutableArray<DocxSegment>> Segments { get; init; } = ImmutableDictionary<int, ImmutableArray<DocxSegment>>.Empty;
}
