using System.Globalization;

namespace AntqDomain.Calendar;

/// <summary>
/// A number of years since a commemorated founding date (<em>số năm kỷ niệm</em>), e.g. the 77 years of the
/// People's Police in 2022. A count is never negative: asking for a year before the founding year is an error.
/// </summary>
public readonly struct AnniversaryCount : IEquatable<AnniversaryCount>, IComparable<AnniversaryCount>
{
    /// <summary>Creates a count of <paramref name="years"/> years.</summary>
    /// <param name="years">The number of whole years, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is negative.</exception>
    public AnniversaryCount(int years)
    {
        if (years < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, "An anniversary count cannot be negative: the year is before the founding year.");
        }

        Years = years;
    }

    /// <summary>The number of whole years.</summary>
    public int Years { get; }

    /// <summary>Whether the count ends in 0 (<em>năm tròn</em>), in 5, or neither. Zero is <see cref="AnniversaryRound.None"/>.</summary>
    public AnniversaryRound Round => Years == 0 ? AnniversaryRound.None
        : Years % 10 == 0 ? AnniversaryRound.Ten
        : Years % 5 == 0 ? AnniversaryRound.Five
        : AnniversaryRound.None;

    /// <summary>True when the count ends in 0 (<em>năm tròn</em>).</summary>
    public bool IsRound => Round == AnniversaryRound.Ten;

    /// <inheritdoc />
    public bool Equals(AnniversaryCount other) => Years == other.Years;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnniversaryCount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Years;

    /// <inheritdoc />
    public int CompareTo(AnniversaryCount other) => Years.CompareTo(other.Years);

    /// <summary>The count as an invariant number, e.g. "77".</summary>
    /// <returns>The number of years in invariant digits.</returns>
    public override string ToString() => Years.ToString(CultureInfo.InvariantCulture);

    /// <summary>Equality of counts.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(AnniversaryCount left, AnniversaryCount right) => left.Equals(right);

    /// <summary>Inequality of counts.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(AnniversaryCount left, AnniversaryCount right) => !left.Equals(right);

    /// <summary>Ordering of counts.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator <(AnniversaryCount left, AnniversaryCount right) => left.Years < right.Years;

    /// <summary>Ordering of counts.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator >(AnniversaryCount left, AnniversaryCount right) => left.Years > right.Years;

    /// <summary>Ordering of counts.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator <=(AnniversaryCount left, AnniversaryCount right) => left.Years <= right.Years;

    /// <summary>Ordering of counts.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator >=(AnniversaryCount left, AnniversaryCount right) => left.Years >= right.Years;
}
