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
/// <param name="Text">The document as text: one line per paragraph, the cells of a table row side by side separated by tabs, list numbers written out as Word shows them.</param>
/// <param name="Lines">The position in the Word file of each line of <paramref name="Text"/> (index 0 is line 1).</param>
public sealed record DocxReadResult(PlanReadResult Result, string Text, ImmutableArray<DocxPosition> Lines)
{
    /// <summary>Whether a plan was read.</summary>
    public bool Success => Result.Success;

    /// <summary>The position in the Word file of a location reported on the text, or null when it has no line.</summary>
    /// <param name="location">A location from a diagnostic or a finding.</param>
    /// <returns>The paragraph (and table cell) of that line, or null.</returns>
    public DocxPosition? PositionOf(Location? location)
        => location?.Line is int line && line >= 1 && line <= Lines.Length ? Lines[line - 1] : null;
}
