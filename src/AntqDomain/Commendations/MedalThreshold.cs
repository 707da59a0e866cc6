using System.Collections.Immutable;
using AntqDomain.Rules;
using NodaTime;
using AntqDomain.Legal;

namespace AntqDomain.Commendations;

/// <summary>
/// A service threshold for the commemorative medal in a period (<em>thời gian công tác tối thiểu</em>).
/// </summary>
/// <param name="Group">Who it is for.</param>
/// <param name="Years">The years of service needed.</param>
/// <param name="Period">When the threshold applies (by proposal date).</param>
/// <param name="HardshipCountsDouble">Whether service in especially difficult, border or island areas counts double.</param>
/// <param name="Citation">The circular.</param>
public sealed record MedalThreshold(MedalGroup Group, int Years, EffectivePeriod Period, bool HardshipCountsDouble, Citation Citation);
