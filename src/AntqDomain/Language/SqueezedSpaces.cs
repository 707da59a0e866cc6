using System.Buffers;

namespace AntqDomain.Language;

/// <summary>
/// Folded pieces of text with each run of white space made one plain space (<em>gộp khoảng trắng</em>), and the way back
/// to the text as written: two spaces typed, the blanks an HTML tag or a no-break space leaves in a web copy, or the
/// lines of a backdrop joined, then no longer hide a phrase matched on single spaces. Only the runs longer than one
/// character are noted, in storage borrowed from the shared pool for one read or one validation run and given back,
/// emptied, by <see cref="Dispose"/>.
/// </summary>
internal sealed class SqueezedSpaces : IDisposable
{
    // For each run squeezed: the first position of the squeezed piece after it and how many characters of the piece
    // were dropped up to there. Piece p's runs are runs[from[p]..from[p + 1]].
    private (int At, int Dropped)[] runs = ArrayPool<(int, int)>.Shared.Rent(16);
    private int[] from = ArrayPool<int>.Shared.Rent(64);
    private int runCount;
    private int pieces;
    private bool disposed;

    /// <summary>An empty record, to which pieces are added in order.</summary>
    public SqueezedSpaces() => from[0] = 0;

    /// <summary>
    /// Adds the next piece: when the folded text <paramref name="folded"/> holds runs of spaces, squeezes it in place
    /// and notes its runs. Returns the piece's new length; the characters freed at its end are blanked.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The record was disposed.</exception>
    public int Add(Span<char> folded)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        int length = Squeeze(folded, this);
        AddAsIs();
        return length;
    }

    /// <summary>Adds the next piece as it is: one known to be spaced evenly, or one left unsqueezed.</summary>
    /// <exception cref="ObjectDisposedException">The record was disposed.</exception>
    public void AddAsIs()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (pieces + 2 > from.Length)
        {
            from = Grow(from, pieces + 1);
        }

        from[++pieces] = runCount;
    }

    /// <summary>
    /// Whether folded text holds a run of white space to squeeze: two spaces in a row, as folding makes every white-space
    /// character a plain space (<see cref="VietnameseText.Fold"/>).
    /// </summary>
    public static bool HasRun(ReadOnlySpan<char> folded) => folded.IndexOf("  ", StringComparison.Ordinal) >= 0;

    /// <summary>The position in piece <paramref name="piece"/> as written of the character at <paramref name="offset"/> of its squeezed form.</summary>
    public int ToText(int piece, int offset)
    {
        int dropped = 0;
        for (int k = from[piece]; k < from[piece + 1] && runs[k].At <= offset; k++)
        {
            dropped = runs[k].Dropped;
        }

        return offset + dropped;
    }

    /// <summary>
    /// The span of piece <paramref name="piece"/> as written that the span (<paramref name="offset"/>,
    /// <paramref name="length"/>) of its squeezed form stands for: longer when runs inside it were squeezed.
    /// </summary>
    public (int Offset, int Length) ToText(int piece, int offset, int length)
    {
        int start = ToText(piece, offset);
        return length <= 0 ? (start, 0) : (start, ToText(piece, offset + length - 1) + 1 - start);
    }

    /// <summary>
    /// The position in the squeezed form of piece <paramref name="piece"/> of the character at <paramref name="offset"/>
    /// of the piece as written (a character of a squeezed run stands at its run's one space).
    /// </summary>
    public int ToSqueezed(int piece, int offset)
    {
        int dropped = 0;
        for (int k = from[piece]; k < from[piece + 1] && runs[k].At + runs[k].Dropped <= offset; k++)
        {
            dropped = runs[k].Dropped;
        }

        // Inside a run, before the position after it: the run's space.
        int squeezed = offset - dropped;
        int next = NextRun(piece, offset);
        return next >= 0 && squeezed >= runs[next].At ? runs[next].At - 1 : squeezed;
    }

    /// <summary>
    /// Makes each run of spaces of the folded text <paramref name="folded"/> (where every white-space character is a
    /// plain space) one space, in place, noting the runs in <paramref name="record"/> when given; blanks the characters
    /// freed at the end and returns the new length. The text between runs is moved as blocks.
    /// </summary>
    public static int Squeeze(Span<char> folded, SqueezedSpaces? record = null)
    {
        int length = folded.Length;
        int run = folded.IndexOf("  ", StringComparison.Ordinal);
        if (run < 0)
        {
            return length;
        }

        int write = run;
        int read = run;
        int dropped = 0;
        while (run >= 0)
        {
            folded[read..run].CopyTo(folded[write..]);
            write += run - read;
            int end = run + 2;
            while (end < length && folded[end] == ' ')
            {
                end++;
            }

            folded[write++] = ' ';
            dropped += end - run - 1;
            record?.Note(write, dropped);
            read = end;
            int next = folded[end..].IndexOf("  ", StringComparison.Ordinal);
            run = next < 0 ? -1 : end + next;
        }

        folded[read..].CopyTo(folded[write..]);
        write += length - read;
        folded[write..].Clear();
        return write;
    }

    /// <summary>Gives the storage back, emptied.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        ArrayPool<(int, int)>.Shared.Return(runs, clearArray: true);
        ArrayPool<int>.Shared.Return(from, clearArray: true);
        runs = [];
        from = [0, 0];
        pieces = 0;
        runCount = 0;
    }

    /// <summary>The first run of <paramref name="piece"/> whose dropped characters end after <paramref name="offset"/> of the text as written, or -1.</summary>
    private int NextRun(int piece, int offset)
    {
        for (int k = from[piece]; k < from[piece + 1]; k++)
        {
            if (runs[k].At + runs[k].Dropped > offset)
            {
                return k;
            }
        }

        return -1;
    }

    private void Note(int at, int dropped)
    {
        if (runCount == runs.Length)
        {
            runs = Grow(runs, runCount);
        }

        runs[runCount++] = (at, dropped);
    }

    private static T[] Grow<T>(T[] array, int used)
    {
        var bigger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        array.AsSpan(0, used).CopyTo(bigger);
        ArrayPool<T>.Shared.Return(array, clearArray: true);
        return bigger;
    }
}
