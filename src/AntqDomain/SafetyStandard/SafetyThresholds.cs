using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Rules;
using NodaTime;
using AntqDomain.Legal;

namespace AntqDomain.SafetyStandard;

/// <summary>The standard's thresholds and periods as dated data (<em>ngưỡng và kỳ đánh giá</em>).</summary>
public static class SafetyThresholds
{
    /// <summary>The first day of the amended wording (communes, wards and special zones after the two-tier reform).</summary>
    public static LocalDate AmendedFrom { get; } = new(2025, 7, 1);

    /// <summary>Every threshold row.</summary>
    public static ImmutableArray<SafetyThreshold> All { get; } =
    [
        new(1m, 0.7m, 1, new EffectivePeriod(new LocalDate(2022, 2, 10), new LocalDate(2025, 6, 30)), Citations.Circular124),
        new(1m, 0.7m, 1, new EffectivePeriod(new LocalDate(2025, 7, 1)), Citations.SafetyStandard()),
    ];

    /// <summary>The thresholds on <paramref name="date"/>, or null before the standard existed.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>The thresholds, or null.</returns>
    public static SafetyThreshold? On(LocalDate date)
    {
        foreach (var t in All)
        {
            if (t.Period.Contains(date))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>The assessment period of <paramref name="year"/> for a residential area: 1 November of the year before to 31 October.</summary>
    /// <param name="year">The assessment year, 2–9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2–9999.</exception>
    public static DateInterval AssessmentPeriod(int year) => AssessmentPeriod(year, AssessedUnitKind.ResidentialArea);

    /// <summary>
    /// The assessment period of <paramref name="year"/> for a unit of kind <paramref name="unit"/>: for communes,
    /// agencies, enterprises and education institutions 16 November of the year before to 15 November (Circular
    /// 124/2021/TT-BCA, art. 8); for residential areas 1 November of the year before to 31 October.
    /// </summary>
    /// <param name="year">The assessment year, 2–9999.</param>
    /// <param name="unit">The kind of unit assessed.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2–9999.</exception>
    public static DateInterval AssessmentPeriod(int year, AssessedUnitKind unit)
    {
        if (year is < 2 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The assessment year must be between 2 and 9999.");
        }

        return unit == AssessedUnitKind.ResidentialArea
            ? new DateInterval(new LocalDate(year - 1, 11, 1), new LocalDate(year, 10, 31))
            : new DateInterval(new LocalDate(year - 1, 11, 16), new LocalDate(year, 11, 15));
    }
}
