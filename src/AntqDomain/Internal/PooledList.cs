using System.Buffers;
using System.Collections;

namespace AntqDomain.Internal;

/// <summary>
/// A list whose storage is borrowed from the shared array pool for the time of one operation (one read, one
/// validation run) and given back, emptied, by <see cref="Dispose"/>: the pool is process-wide and the items may hold
/// or point into a confidential plan's text. After <see cref="Dispose"/> the list is empty and takes no more items.
/// </summary>
/// <typeparam name="T">The items.</typeparam>
internal sealed class PooledList<T> : IReadOnlyList<T>, IDisposable
{
    private T[] items;

    /// <summary>An empty list with room for <paramref name="capacity"/> items before it grows.</summary>
    public PooledList(int capacity = 16) => items = ArrayPool<T>.Shared.Rent(Math.Max(1, capacity));

    /// <summary>The number of items.</summary>
    public int Count { get; private set; }

    /// <summary>Item <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public T this[int index]
        => (uint)index < (uint)Count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index), index, "The index is past the list's items.");

    /// <summary>Replaces item <paramref name="index"/> with <paramref name="item"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public void Set(int index, T item)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        items[index] = item;
    }

    /// <summary>The items, as a span over the borrowed storage (valid until the next <see cref="Add"/> or <see cref="Dispose"/>).</summary>
    public ReadOnlySpan<T> AsSpan() => items.AsSpan(0, Count);

    /// <summary>Adds <paramref name="item"/> at the end, moving to a larger borrowed array when full.</summary>
    /// <exception cref="ObjectDisposedException">The list was disposed.</exception>
    public void Add(T item)
    {
        ObjectDisposedException.ThrowIf(items.Length == 0, this);
        if (Count == items.Length)
        {
            var bigger = ArrayPool<T>.Shared.Rent(items.Length * 2);
            items.AsSpan(0, Count).CopyTo(bigger);
            Give(items, Count);
            items = bigger;
        }

        items[Count++] = item;
    }

    /// <summary>The index of the first item that satisfies <paramref name="match"/>, or -1.</summary>
    public int FindIndex(Predicate<T> match)
    {
        for (int i = 0; i < Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>An enumerator over the items that allocates nothing (what <c>foreach</c> uses).</summary>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => Enumerate();

    IEnumerator IEnumerable.GetEnumerator() => Enumerate();

    private IEnumerator<T> Enumerate()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return items[i];
        }
    }

    /// <summary>Gives the storage back to the pool, emptied.</summary>
    public void Dispose()
    {
        if (items.Length == 0)
        {
            return;
        }

        Give(items, Count);
        items = [];
        Count = 0;
    }

    private static void Give(T[] array, int used)
    {
        array.AsSpan(0, used).Clear();
        ArrayPool<T>.Shared.Return(array);
    }
}
