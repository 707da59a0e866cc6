namespace AntqDomain.Reading;

// The reader, part: what ends a line (the lines and cells themselves are cut by CellLines).
/// <content>The reader, continued: what ends a line.</content>
public sealed partial class PlanTextReader
{
    /// <summary>
    /// What ends a line: CR, LF (CRLF counts once), and the Unicode line breaks that text copied from web pages and
    /// PDFs carries (LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029). NEL (U+0085) stays a control character: in
    /// UTF-8 text it is almost always a sign of mis-decoded bytes.
    /// </summary>
    internal static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\r\n\u2028\u2029");
}
