using NodaTime;

namespace AntqDomain.Commendations;

/// <summary>
/// The service test of the commemorative medal "Bảo vệ an ninh Tổ quốc" (<em>điều kiện thời gian xét tặng Kỷ niệm
/// chương</em>): leaders by years in leading posts, grassroots-force members by years in the force and earlier roles,
/// with the thresholds and the hardship doubling in force on the proposal date.
/// </summary>
public static class MedalEligibility
{
    private static readonly Func<ServiceRole, bool> LeaderRole = static r => r == ServiceRole.Leader;
    private static readonly Func<ServiceRole, bool> GrassrootsRole = ServiceTime.IsGrassroots;

    /// <summary>Measures <paramref name="nominee"/>'s service on <paramref name="on"/>.</summary>
    /// <param name="nominee">The nominee with their service history.</param>
    /// <param name="on">The day of the proposal: service counts up to the day before.</param>
    /// <returns>The service counted on each route and what is missing, if anything.</returns>
    public static MedalServiceResult Evaluate(Nominee nominee, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(nominee);
        MedalServiceResult? best = null;
        if (nominee.IsLeader)
        {
            best = EvaluateRoute(nominee, asLeader: true, on);
        }

        if (nominee.IsGrassrootsForce && best is not { Meets: true })
        {
            var r = EvaluateRoute(nominee, asLeader: false, on);
            if (best is null || r.Meets || (r.Shortfall is { } rs && best.Shortfall is { } bs && rs.Days < bs.Days))
            {
                best = r;
            }
        }

        return best ?? new MedalServiceResult(false, null, default, null);
    }

    /// <summary>
    /// Measures <paramref name="nominee"/>'s service on <paramref name="on"/> by one route only: as a leader, or as
    /// a grassroots member (the women's or men's threshold by the nominee's sex).
    /// </summary>
    /// <param name="nominee">The nominee.</param>
    /// <param name="asLeader">True for the leaders' route, false for the grassroots members' route.</param>
    /// <param name="on">The proposal date, which chooses the thresholds in force.</param>
    /// <returns>The result by that route; a nominee who never held such a role falls short by the whole threshold.</returns>
    public static MedalServiceResult EvaluateRoute(Nominee nominee, bool asLeader, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(nominee);
        var service = nominee.Service;
        var group = asLeader ? MedalGroup.Leader : nominee.Sex == Sex.Female ? MedalGroup.GrassrootsWomen : MedalGroup.GrassrootsMen;
        bool circular20 = on >= MedalThresholds.Circular20From;
        bool leftOut = false;
        LocalDate? countedFrom = null;
        if (circular20)
        {
            // Circular 20/2025: a leader's tenure counts posts from a division or board upward, and service counts
            // from the end of a disciplinary measure.
            var kept = System.Collections.Immutable.ImmutableArray.CreateBuilder<ServicePeriod>(service.Length);
            var start = nominee.DisciplineEndedOn?.PlusDays(1);
            foreach (var p in service)
            {
                if (asLeader && p.IsBelowDivisionLevel)
                {
                    leftOut = true;
                    continue;
                }

                if (start is { } s && p.From < s && !p.IsReversed)
                {
                    countedFrom = s;
                    if (p.To is { } to && to < s)
                    {
                        continue;
                    }

                    kept.Add(p with { From = s });
                    continue;
                }

                kept.Add(p);
            }

            service = kept.ToImmutable();
        }

        var result = Measure(service, asLeader ? LeaderRole : GrassrootsRole, MedalThresholds.For(group, on), on) with { LeftOutPostsBelowDivision = leftOut, CountedFrom = countedFrom };
        if (!asLeader && on >= MedalThresholds.Circular20From && !service.Any(static s => s is { Role: ServiceRole.GrassrootsForce }))
        {
            // Circular 20/2025 is for members of the grassroots security team; earlier roles only add to their time.
            return result with { Meets = false, NoGrassrootsTeamPeriod = true };
        }

        return result;
    }

    private static MedalServiceResult Measure(System.Collections.Immutable.ImmutableArray<ServicePeriod> service, Func<ServiceRole, bool> role, MedalThreshold threshold, LocalDate on)
    {
        var count = ServiceTime.Count(service.AsSpan(), role, on, threshold.HardshipCountsDouble);
        var shortfall = ServiceTime.Shortfall(count, threshold.Years, on);
        return new MedalServiceResult(shortfall is null, threshold, count, shortfall);
    }
}
