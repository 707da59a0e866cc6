using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace AntqDomain.Internal;

/// <summary>
/// A set of values of an enumeration whose values lie between 0 and 63, kept as the bits of one number: adding costs
/// nothing, and the values come out in ascending order, as a sorted set gives them, without a node per value.
/// </summary>
/// <typeparam name="T">An enumeration backed by <see cref="int"/>.</typeparam>
internal struct EnumSet<T>
    where T : struct, Enum
{
    private ulong bits;

    /// <summary>Whether no value has been added.</summary>
    public readonly bool IsEmpty => bits == 0;

    /// <summary>Adds <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 0 or above 63.</exception>
    public void Add(T value)
    {
        int n = ValueOf(value);
        if (n is < 0 or > 63)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only values from 0 to 63 can be kept.");
        }

        bits |= 1UL << n;
    }

    /// <summary>The values added, in ascending order.</summary>
    public readonly ImmutableArray<T> ToImmutableArray()
    {
        if (bits == 0)
        {
            return [];
        }

        var values = new T[System.Numerics.BitOperations.PopCount(bits)];
        int i = 0;
        for (ulong rest = bits; rest != 0; rest &= rest - 1)
        {
            int n = System.Numerics.BitOperations.TrailingZeroCount(rest);
            values[i++] = Unsafe.As<int, T>(ref n);
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(values);
    }

    private static int ValueOf(T value)
        => Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.As<T, int>(ref value) : throw new NotSupportedException("Only enumerations backed by int are kept.");
}
