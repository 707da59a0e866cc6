using System.Buffers;
using AntqDomain.Documents;
using AntqDomain.Internal;
using AntqDomain.Language;
using AntqDomain.Plans;

namespace AntqDomain.Rules;

/// <summary>
/// Every piece of a plan's text (its text items, in the plan's order) with its path and its folded form, made once per
/// validation run for the rules that match on all of them (the text scan, names no longer in use, merged provinces):
/// they walk these items instead of listing the plan's text again. The folded text lives in a buffer borrowed from the
/// shared pool and given back, emptied, when the run ends; nothing is kept on the plan.
/// </summary>
/// <remarks>
/// A piece spaced unevenly (two spaces typed, the blanks left by an HTML tag or a no-break space of a web copy, lines
/// of a backdrop joined) is folded with each run of white space made one plain space, so that a statement or a name
/// matches however its words are spaced; <see cref="ToText"/> maps a span of the folded form back to
/// the piece's text as written, where findings point.
/// </remarks>
internal sealed class FoldedTextItems : IDisposable
{
    private readonly PooledList<int> starts = new(256);
    private readonly PooledList<(PlanText Text, TextPath Path)> items = new(256);
    private readonly SqueezedSpaces squeezed = new();
    private readonly PooledList<int> spacedUnevenly = new(16);
    private ulong[] cues = [];
    private int cued;
    private int squeezedCount;
    private char[] buffer;
    private bool disposed;

    /// <summary>An empty set, to which the text items are added in order (<see cref="Add"/>).</summary>
    public FoldedTextItems()
    {
        buffer = ArrayPool<char>.Shared.Rent(16 * 1024);
        starts.Add(0);
    }

    /// <summary>The number of text items.</summary>
    public int Count => items.Count;

    /// <summary>The folded form of text item <paramref name="index"/>, its runs of white space made one plain space.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            SqueezeAdded();
            return buffer.AsSpan(starts[index], starts[index + 1] - starts[index]);
        }
    }

    /// <summary>
    /// The first text item from <paramref name="index"/> on whose folded form holds <paramref name="c"/>, or
    /// <see cref="Count"/>: one search of the folded text of all of them. A character that folds to itself (ASCII
    /// punctuation such as '[') is in a text item exactly when it is in its folded form, and one character of another
    /// item's text that folds to it only costs that item a closer look.
    /// </summary>
    public int NextHolding(char c, int index)
    {
        SqueezeAdded();
        if (index >= Count)
        {
            return Count;
        }

        int from = starts[index];
        int at = buffer.AsSpan(from, starts[Count] - from).IndexOf(c);
        if (at < 0)
        {
            return Count;
        }

        // The item whose span holds the position: the first from here on to end past it (an empty item ends where it starts).
        int item = index;
        while (starts[item + 1] <= from + at)
        {
            item++;
        }

        return item;
    }

    /// <summary>Text item <paramref name="index"/> and where it is in the plan.</summary>
    public (PlanText Text, TextPath Path) ItemAt(int index) => items[index];

    /// <summary>
    /// The phrases of the scan's cue set found in text item <paramref name="index"/> (bits of the set, found by
    /// <see cref="FindCues"/>); every bit set until they are found, so that nothing is ruled out.
    /// </summary>
    public ulong CuesAt(int index) => (uint)index < (uint)cued ? cues[index] : ulong.MaxValue;

    /// <summary>Finds, in one search of all the text items added so far, which phrases of <paramref name="set"/> each holds.</summary>
    public void FindCues(PhraseSet set)
    {
        if (cues.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(cues, clearArray: true);
        }

        cues = ArrayPool<ulong>.Shared.Rent(Math.Max(1, Count));
        Find(set, cues);
        cued = Count;
    }

    /// <summary>
    /// Finds, in one search of all the text items added so far, which phrases of <paramref name="set"/> each holds:
    /// those of item <c>k</c> go to <paramref name="found"/>[k] (at least <see cref="Count"/> long).
    /// </summary>
    public void Find(PhraseSet set, Span<ulong> found)
    {
        SqueezeAdded();
        set.PresentIn(buffer.AsSpan(0, starts[Count]), starts.AsSpan(), found[..Count]);
    }

    /// <summary>
    /// The span of text item <paramref name="index"/> as written that the span (<paramref name="offset"/>,
    /// <paramref name="length"/>) of its folded form stands for: longer when runs of white space inside it were squeezed.
    /// </summary>
    public (int Offset, int Length) ToText(int index, int offset, int length)
    {
        SqueezeAdded();
        return squeezed.ToText(index, offset, length);
    }

    /// <summary>
    /// Adds the next text item, folded at the end of the others; its runs of white space are squeezed, with those of
    /// the other items added since, when an item is next read.
    /// </summary>
    public void Add(PlanText text, TextPath path)
    {
        string s = text.Text ?? string.Empty;
        int used = starts[Count];
        if (used + s.Length > buffer.Length)
        {
            var bigger = ArrayPool<char>.Shared.Rent(Math.Max(used + s.Length, buffer.Length * 2));
            buffer.AsSpan(0, used).CopyTo(bigger);
            GiveBack(buffer, used);
            buffer = bigger;
        }

        if (VietnameseText.FoldFindingSpaceRun(s, buffer.AsSpan(used, s.Length)))
        {
            spacedUnevenly.Add(Count);
        }

        items.Add((text, path));
        starts.Add(used + s.Length);
    }

    /// <summary>
    /// Squeezes the runs of white space of the items added since the last call. Most plans hold none, or a few in a few
    /// items, which the fold noted as it went: those items are squeezed, the items after one are moved back over the
    /// characters freed, and those freed at the end are blanked.
    /// </summary>
    private void SqueezeAdded()
    {
        if (squeezedCount == Count)
        {
            return;
        }

        int next = spacedUnevenly.Count;
        for (int k = 0; k < spacedUnevenly.Count; k++)
        {
            if (spacedUnevenly[k] >= squeezedCount)
            {
                next = k;
                break;
            }
        }

        int end = starts[Count];
        int from = starts[squeezedCount];
        int write = from;
        for (int i = squeezedCount; i < Count; i++)
        {
            int to = starts[i + 1];
            int length = to - from;
            if (write < from)
            {
                buffer.AsSpan(from, length).CopyTo(buffer.AsSpan(write));
            }

            if (next < spacedUnevenly.Count && spacedUnevenly[next] == i)
            {
                length = squeezed.Add(buffer.AsSpan(write, length));
                next++;
            }
            else
            {
                squeezed.AddAsIs();
            }

            write += length;
            starts.Set(i + 1, write);
            from = to;
        }

        buffer.AsSpan(write, end - write).Clear();
        squeezedCount = Count;
    }

    private static void GiveBack(char[] array, int used)
    {
        array.AsSpan(0, used).Clear();
        ArrayPool<char>.Shared.Return(array);
    }

    /// <summary>Gives the buffers back, emptied of the plan's text.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        GiveBack(buffer, starts[Count]);
        starts.Dispose();
        items.Dispose();
        spacedUnevenly.Dispose();
        squeezed.Dispose();
        if (cues.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(cues, clearArray: true);
            cues = [];
            cued = 0;
        }
        buffer = [];
    }
}
