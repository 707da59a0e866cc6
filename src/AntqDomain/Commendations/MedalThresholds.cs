using System.Collections.Immutable;
using AntqDomain.Rules;
using NodaTime;
using AntqDomain.Legal;

namespace AntqDomain.Commendations;

/// <summary>
/// The medal's service thresholds as dated data (<em>tiêu chuẩn thời gian xét tặng Kỷ niệm chương</em>): Circular
/// 11/2021/TT-BCA until 2025-04-27, Circular 20/2025/TT-BCA from 2025-04-28.
/// </summary>
public static class MedalThresholds
{
    /// <summary>The first day of Circular 20/2025/TT-BCA.</summary>
    public static LocalDate Circular20From { get; } = new(2025, 4, 28);

    /// <summary>Every threshold, both circulars.</summary>
    public static ImmutableArray<MedalThreshold> All { get; } =
    [
        new(MedalGroup.Leader, 5, new EffectivePeriod(To: new LocalDate(2025, 4, 27)), false, Citations.Circular11()),
        new(MedalGroup.GrassrootsMen, 15, new EffectivePeriod(To: new LocalDate(2025, 4, 27)), false, Citations.Circular11()),
        new(MedalGroup.GrassrootsWomen, 10, new EffectivePeriod(To: new LocalDate(2025, 4, 27)), false, Citations.Circular11()),
        // Circular 20 doubles hardship-area service in the grassroots members' clause only, not for leaders.
        new(MedalGroup.Leader, 10, new EffectivePeriod(new LocalDate(2025, 4, 28)), false, Citations.Circular20()),
        new(MedalGroup.GrassrootsMen, 15, new EffectivePeriod(new LocalDate(2025, 4, 28)), true, Citations.Circular20()),
        new(MedalGroup.GrassrootsWomen, 10, new EffectivePeriod(new LocalDate(2025, 4, 28)), true, Citations.Circular20()),
    ];

    // The table split at the days it changes: finding a threshold is a segment look-up and a short scan.
    private static readonly PeriodSegments<MedalThreshold> Segments = new(All, static t => t.Period);

    /// <summary>The threshold for <paramref name="group"/> on <paramref name="date"/>.</summary>
    /// <param name="group">The group of nominees.</param>
    /// <param name="date">The day of the proposal.</param>
    /// <returns>The years of service the group needs on that day.</returns>
    public static MedalThreshold For(MedalGroup group, LocalDate date)
    {
        foreach (var t in Segments.On(date))
        {
            if (t.Group == group)
            {
                return t;
            }
        }

        throw new InvalidOperationException($"No threshold for {group} on {date:uuuu-MM-dd}.");
    }
}
