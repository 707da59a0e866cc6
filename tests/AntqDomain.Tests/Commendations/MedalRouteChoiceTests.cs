using AntqDomain.Commendations;
using NodaTime;

namespace AntqDomain.Tests.Commendations;

/// <summary>A nominee is measured on each route they served in; the shortfall reported is the closer one.</summary>
public class MedalRouteChoiceTests
{
    private static readonly LocalDate On = new(2025, 8, 1);

    [Fact]
    public void A_nominee_short_on_both_routes_is_told_the_closer_shortfall()
    {
        var n = new Nominee
        {
            Name = "Hà Văn Lực",
            Sex = Sex.Male,
            Service =
            [
                new ServicePeriod(ServiceRole.Leader, new LocalDate(2017, 8, 1)),
                new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2024, 7, 1)),
            ],
        };
        var r = MedalEligibility.Evaluate(n, On);
        Assert.False(r.Meets);
        Assert.Equal(MedalGroup.Leader, r.Threshold!.Group);

        var closerGrassroots = n with
        {
            Service = [new ServicePeriod(ServiceRole.Leader, new LocalDate(2023, 8, 1)), new ServicePeriod(ServiceRole.NeighbourhoodGuard, new LocalDate(2012, 1, 1), new LocalDate(2024, 6, 30)), new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2024, 7, 1))],
        };
        Assert.Equal(MedalGroup.GrassrootsMen, MedalEligibility.Evaluate(closerGrassroots, On).Threshold!.Group);
    }

    [Theory]
    [InlineData(Sex.Female, true)]
    [InlineData(Sex.Male, false)]
    public void The_grassroots_route_uses_the_threshold_of_the_nominees_sex(Sex sex, bool meets)
    {
        var n = new Nominee
        {
            Name = "Lò Thị Mai",
            Sex = sex,
            Service = [new ServicePeriod(ServiceRole.PartTimeCommunePolice, new LocalDate(2013, 1, 1), new LocalDate(2024, 6, 30)), new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2024, 7, 1))],
        };
        var r = MedalEligibility.EvaluateRoute(n, asLeader: false, On);
        Assert.Equal(meets, r.Meets);
        Assert.Equal(sex == Sex.Female ? MedalGroup.GrassrootsWomen : MedalGroup.GrassrootsMen, r.Threshold!.Group);
        Assert.False(MedalEligibility.EvaluateRoute(n, asLeader: true, On).Meets);
    }

    [Fact]
    public void A_nominee_built_without_service_is_measured_without_an_exception()
    {
        var n = new Nominee { Name = "X", Service = default };
        Assert.False(MedalEligibility.Evaluate(n, On).Meets);
        Assert.False(MedalEligibility.EvaluateRoute(n, asLeader: false, On).Meets);
    }
}
