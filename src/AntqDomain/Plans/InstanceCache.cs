namespace AntqDomain.Plans;

/// <summary>
/// A value derived from the immutable object that holds this slot, computed once per instance and kept with it.
/// The slot takes no part in its holder's equality or hash code. A <c>with</c> copy copies the slot, but the entry
/// remembers the instance it was computed for, so the copy computes its own value instead of reusing a stale one.
/// Safe under concurrent use: the computation must be pure, and a race at worst computes the value twice.
/// </summary>
/// <typeparam name="TOwner">The holder.</typeparam>
internal struct InstanceCache<TOwner> : IEquatable<InstanceCache<TOwner>>
    where TOwner : class
{
    private Entry? entry;

    /// <summary>The value for <paramref name="owner"/>: the cached one, or <paramref name="compute"/>'s result, then cached.</summary>
    public T GetOrAdd<T>(TOwner owner, Func<TOwner, T> compute)
        where T : class
    {
        if (Volatile.Read(ref entry) is { } e && ReferenceEquals(e.Owner, owner) && e.Value is T cached)
        {
            return cached;
        }

        var value = compute(owner);
        Volatile.Write(ref entry, new Entry(owner, value));
        return value;
    }

    /// <summary>Always true: a cache is not part of the value.</summary>
    public readonly bool Equals(InstanceCache<TOwner> other) => true;

    /// <inheritdoc />
    public override readonly bool Equals(object? obj) => obj is InstanceCache<TOwner>;

    /// <inheritdoc />
    public override readonly int GetHashCode() => 0;

    private sealed record Entry(TOwner Owner, object Value);
}
