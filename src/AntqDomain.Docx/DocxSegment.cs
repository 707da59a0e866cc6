namespace AntqDomain.Docx;

/// <summary>
/// A part of a table row read as one line (<em>đoạn trong một hàng bảng</em>): the column where the text of one of its
/// cells' paragraphs starts on the line, and that paragraph's position.
/// </summary>
/// <param name="Start">Where the paragraph's text starts on the line, from 0.</param>
/// <param name="Length">The length of the paragraph's text on the line.</param>
/// <param name="At">The paragraph and cell it comes from.</param>
internal readonly record struct DocxSegment(int Start, int Length, DocxPosition At)
{
    /// <summary>Where the paragraph's text ends on the line.</summary>
    public int End => Start + Length;
}
