namespace AntqDomain.Documents;

/// <summary>
/// One replacement in a document's text (<em>một chỗ sửa</em>): the span by line, column and length (1-based, as in
/// findings; a length of 0 inserts) and the text to put there. A line feed in <see cref="Replacement"/> becomes the
/// document's own line ending when applied.
/// </summary>
/// <param name="Span">Where: line, column and length in the text as read.</param>
/// <param name="Replacement">What to write there.</param>
public sealed record TextEdit(Location Span, string Replacement);
