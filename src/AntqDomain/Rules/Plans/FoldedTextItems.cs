using System.Buffers;
using AntqDomain.Language;
using AntqDomain.Plans;

namespace AntqDomain.Rules;

/// <summary>
/// The folded form of every piece of a plan's text, in the order the plan lists them (its text items), made once per
/// validation run for the rules that match on all of them (the text scan, names no longer in use, merged provinces).
/// The text lives in a buffer borrowed from the shared pool and given back, emptied, when the run ends; nothing is
/// kept on the plan.
/// </summary>
internal sealed class FoldedTextItems : IDisposable
{
    private char[] buffer;
    private int[] starts;
    private bool disposed;

    private FoldedTextItems(char[] buffer, int[] starts, int count)
    {
        this.buffer = buffer;
        this.starts = starts;
        Count = count;
    }

    /// <summary>The number of text items.</summary>
    public int Count { get; }

    /// <summary>The folded form of text item <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> this[int index] => buffer.AsSpan(starts[index], starts[index + 1] - starts[index]);

    /// <summary>Folds every text item of <paramref name="plan"/>.</summary>
    public static FoldedTextItems Of(FestivalPlan plan)
    {
        var buffer = ArrayPool<char>.Shared.Rent(16 * 1024);
        var starts = ArrayPool<int>.Shared.Rent(256);
        int count = 0;
        int used = 0;
        starts[0] = 0;
        foreach (var (text, _) in plan.TextItems())
        {
            string s = text.Text ?? string.Empty;
            if (used + s.Length > buffer.Length)
            {
                buffer = Grow(buffer, used, used + s.Length);
            }

            if (count + 2 > starts.Length)
            {
                starts = Grow(starts, count + 1, count + 2);
            }

            VietnameseText.FoldInto(s, buffer.AsSpan(used));
            used += s.Length;
            starts[++count] = used;
        }

        return new FoldedTextItems(buffer, starts, count);
    }

    private static T[] Grow<T>(T[] array, int used, int needed)
    {
        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(needed, array.Length * 2));
        Array.Copy(array, bigger, used);
        if (array is char[] chars)
        {
            chars.AsSpan(0, used).Clear();
        }

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
        buffer = [];
        starts = [];
    }
}
