using System.Collections.Immutable;

namespace AntqDomain.Internal;

/// <summary>
/// Structural equality of immutable arrays for the model's records: an <see cref="ImmutableArray{T}"/> compares by
/// reference, so a record holding one would not equal its copy read from the same text or JSON. An unset array equals
/// an empty one.
/// </summary>
internal static class Structural
{
    /// <summary>
    /// The array without null entries, or an empty one when it is unset: the model's lists are never <c>default</c>
    /// and hold no null (a list built carelessly in code is read as the entries it does have).
    /// </summary>
    public static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> a)
    {
        if (a.IsDefault)
        {
            return [];
        }

        if (default(T) is null)
        {
            foreach (var item in a)
            {
                if (item is null)
                {
                    return [.. a.Where(i => i is not null)];
                }
            }
        }

        return a;
    }

    public static bool Equal<T>(ImmutableArray<T> a, ImmutableArray<T> b)
        => (a.IsDefault ? [] : a).AsSpan().SequenceEqual((b.IsDefault ? [] : b).AsSpan(), EqualityComparer<T>.Default);

    public static int Hash<T>(ImmutableArray<T> a)
    {
        var hash = default(HashCode);
        foreach (var item in a.IsDefault ? [] : a)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
