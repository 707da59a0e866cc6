using System.Buffers;
using AntqDomain.Documents;
using AntqDomain.Language;
using AntqDomain.Plans;

namespace AntqDomain.Rules;

/// <summary>
/// Every piece of a plan's text (its text items, in the plan's order) with its path and its folded form, made once per
/// validation run for the rules that match on all of them (the text scan, names no longer in use, merged provinces):
/// they walk these items instead of listing the plan's text again. The folded text lives in a buffer borrowed from the
/// shared pool and given back, emptied, when the run ends; nothing is kept on the plan.
/// </summary>
internal sealed class FoldedTextItems : IDisposable
{
    private char[] buffer;
    private int[] starts;
    private (PlanText Text, TextPath Path)[] items;
    private bool disposed;

    /// <summary>An empty set, to which the text items are added in order (<see cref="Add"/>).</summary>
    public FoldedTextItems()
    {
        buffer = ArrayPool<char>.Shared.Rent(16 * 1024);
        starts = ArrayPool<int>.Shared.Rent(256);
        starts[0] = 0;
        items = ArrayPool<(PlanText, TextPath)>.Shared.Rent(256);
    }

    /// <summary>The number of text items.</summary>
    public int Count { get; private set; }

    /// <summary>The folded form of text item <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> this[int index] => buffer.AsSpan(starts[index], starts[index + 1] - starts[index]);

    /// <summary>Text item <paramref name="index"/> and where it is in the plan.</summary>
    public (PlanText Text, TextPath Path) ItemAt(int index) => items[index];

    /// <summary>Adds the next text item and returns its folded form (the scan folds each item just before reading it).</summary>
    public ReadOnlySpan<char> Add(PlanText text, TextPath path)
    {
        string s = text.Text ?? string.Empty;
        int used = starts[Count];
        if (used + s.Length > buffer.Length)
        {
            buffer = Grow(buffer, used, used + s.Length);
        }

        if (Count + 2 > starts.Length)
        {
            starts = Grow(starts, Count + 1, Count + 2);
        }

        if (Count + 1 > items.Length)
        {
            items = Grow(items, Count, Count + 1);
        }

        items[Count] = (text, path);
        var target = buffer.AsSpan(used, s.Length);
        VietnameseText.FoldInto(s, target);
        starts[++Count] = used + s.Length;
        return target;
    }

    private static T[] Grow<T>(T[] array, int used, int needed)
    {
        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(needed, array.Length * 2));
        Array.Copy(array, bigger, used);
        array.AsSpan(0, used).Clear();
        ArrayPool<T>.Shared.Return(array);
        return bigger;
    }

    /// <summary>Gives the buffers back, emptied of the plan's text.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        buffer.AsSpan(0, starts[Count]).Clear();
        ArrayPool<char>.Shared.Return(buffer);
        ArrayPool<int>.Shared.Return(starts);
        ArrayPool<(PlanText, TextPath)>.Shared.Return(items, clearArray: true);
        buffer = [];
        starts = [];
        items = [];
    }
}
