using System.Buffers;
using AntqDomain.Documents;
using AntqDomain.Language;

namespace AntqDomain.Reading;

/// <summary>
/// The lines of one input cut into cells, for the time one text is read: the cells, the lines' ranges of them, the
/// folded form of every cell and the cleaned copies of the lines that needed cleaning live in arrays borrowed from the
/// shared pools and given back by <see cref="Dispose"/>, so that reading makes no text but the text of the plan.
/// </summary>
internal sealed class CellLines : IDisposable
{
    private readonly int inputLength;
    private bool disposed;
    private char[] folded;
    private char[]? copies;
    private int copiesUsed;
    private int foldedUsed;
    private Cell[] cells;
    private int cellCount;
    private (int First, int Count)[] lines;
    private int currentLine;

    private CellLines(int chars, int lineEstimate)
    {
        inputLength = chars;
        folded = ArrayPool<char>.Shared.Rent(Math.Max(chars, 16));
        cells = ArrayPool<Cell>.Shared.Rent(Math.Max(lineEstimate, 16));
        lines = ArrayPool<(int, int)>.Shared.Rent(Math.Max(lineEstimate, 16));
    }

    /// <summary>The number of lines.</summary>
    public int Count { get; private set; }

    /// <summary>The cells of line <paramref name="index"/> (0-based), left to right.</summary>
    public ReadOnlySpan<Cell> this[int index] => cells.AsSpan(lines[index].First, lines[index].Count);

    /// <summary>Whether no line holds a cell.</summary>
    public bool IsBlank => cellCount == 0;

    /// <summary>
    /// Cuts <paramref name="text"/> into lines (CR, LF, CRLF, U+2028, U+2029) and cells. Lines past
    /// <see cref="ReaderLimits.MaxLines"/> are returned whole in <paramref name="rest"/>; the part of a line past
    /// <see cref="ReaderLimits.MaxLineChars"/> is added to <paramref name="overflow"/>. Nothing is dropped.
    /// </summary>
    public static CellLines Split(string text, ReaderLimits limits, List<PlanText> overflow, out PlanText? rest)
    {
        var result = new CellLines(text.Length, text.AsSpan().Count('\n') + 2);
        rest = null;
        int lineNo = 0;
        int start = 0;
        while (start <= text.Length)
        {
            if (lineNo == limits.MaxLines)
            {
                string tail = text[start..];
                int firstBreak = tail.AsSpan().IndexOfAny(PlanTextReader.LineBreaks);
                rest = new PlanText(tail, Location.At(lineNo + 1, 1, firstBreak < 0 ? tail.Length : firstBreak));
                break;
            }

            int nl = text.AsSpan(start).IndexOfAny(PlanTextReader.LineBreaks);
            int end = nl < 0 ? text.Length : start + nl;
            lineNo++;
            result.StartLine(lineNo);
            Cell.Split(text, start, end - start, limits.MaxLineChars, result);
            result.EndLine();
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

    /// <summary>A copy of a line to clean, in a buffer borrowed for the whole text (lines are copied only when they need cleaning).</summary>
    public Memory<char> Copy(ReadOnlySpan<char> line)
    {
        copies ??= ArrayPool<char>.Shared.Rent(Math.Max(inputLength, 16));
        if (copiesUsed + line.Length > copies.Length)
        {
            copies = Grow(copies, copiesUsed + line.Length);
        }

        var copy = copies.AsMemory(copiesUsed, line.Length);
        line.CopyTo(copy.Span);
        copiesUsed += line.Length;
        return copy;
    }

    /// <summary>Adds a cell of the current line, folding its text into the shared buffer (and noting whether the fold saw two spaces in a row).</summary>
    public void Add(ReadOnlyMemory<char> text, int column)
    {
        if (cellCount == cells.Length)
        {
            cells = Grow(cells, cellCount);
        }

        if (foldedUsed + text.Length > folded.Length)
        {
            // Cells are disjoint parts of the input's lines, so the buffer sized to the input is enough; a cleaned line
            // keeps its length. Guarded all the same: a view handed out earlier keeps the old array, which stays valid.
            folded = Grow(folded, foldedUsed + text.Length);
        }

        bool spaceRun = VietnameseText.FoldFindingSpaceRun(text.Span, folded.AsSpan(foldedUsed));
        cells[cellCount++] = new Cell(text, folded.AsMemory(foldedUsed, text.Length), currentLine, column, spaceRun);
        foldedUsed += text.Length;
    }

    private void StartLine(int lineNumber)
    {
        currentLine = lineNumber;
        if (Count == lines.Length)
        {
            lines = Grow(lines, Count);
        }

        lines[Count] = (cellCount, 0);
    }

    private void EndLine()
    {
        lines[Count] = (lines[Count].First, cellCount - lines[Count].First);
        Count++;
    }

    private static T[] Grow<T>(T[] array, int needed)
    {
        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(needed + 1, array.Length * 2));
        Array.Copy(array, bigger, array.Length);
        return bigger;
    }

    /// <summary>
    /// Gives the borrowed arrays back, emptied of what was read (the pools are shared by the whole process, and a plan
    /// may be confidential): the cells refer to the input, the buffers hold its text.
    /// </summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        ArrayPool<Cell>.Shared.Return(cells, clearArray: true);
        ArrayPool<(int, int)>.Shared.Return(lines);
        folded.AsSpan(0, Math.Min(foldedUsed, folded.Length)).Clear();
        ArrayPool<char>.Shared.Return(folded);
        if (copies is not null)
        {
            copies.AsSpan(0, Math.Min(copiesUsed, copies.Length)).Clear();
            ArrayPool<char>.Shared.Return(copies);
            copies = null;
        }

        cells = [];
        lines = [];
        folded = [];
    }
}
