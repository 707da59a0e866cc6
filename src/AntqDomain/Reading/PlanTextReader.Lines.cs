using System.Collections.Immutable;
using System.Globalization;
using AntqDomain.Documents;
using NodaTime;
using AntqDomain.Rules;

namespace AntqDomain.Reading;

// The reader, part: Splitting the text into lines and cells, keeping positions and the part of a long line past the limit.
/// <content>The reader, continued: splitting the text into lines and cells.</content>
public sealed partial class PlanTextReader
{
    /// <summary>
    /// What ends a line: CR, LF (CRLF counts once), and the Unicode line breaks that text copied from web pages and
    /// PDFs carries (LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029). NEL (U+0085) stays a control character: in
    /// UTF-8 text it is almost always a sign of mis-decoded bytes.
    /// </summary>
    internal static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\r\n\u2028\u2029");

    private List<List<Cell>> SplitLines(string text, List<PlanText> overflow, out PlanText? rest)
    {
        var result = new List<List<Cell>>();
        rest = null;
        int lineNo = 0;
        int start = 0;
        while (start <= text.Length)
        {
            if (lineNo == limits.MaxLines)
            {
                string tail = text[start..];
                int firstBreak = tail.AsSpan().IndexOfAny(LineBreaks);
                rest = new PlanText(tail, Location.At(lineNo + 1, 1, firstBreak < 0 ? tail.Length : firstBreak));
                break;
            }

            int nl = text.AsSpan(start).IndexOfAny(LineBreaks);
            int end = nl < 0 ? text.Length : start + nl;
            lineNo++;
            result.Add(Cell.Split(text, start, end - start, lineNo, limits.MaxLineChars));
            if (end - start > limits.MaxLineChars)
            {
                string tail = text[(start + limits.MaxLineChars)..end];
                overflow.Add(new PlanText(tail, Location.At(lineNo, limits.MaxLineChars + 1, tail.Length)));
            }

            if (nl < 0)
            {
                break;
            }

            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            if (start == text.Length)
            {
                break;
            }
        }

        return result;
    }
}
