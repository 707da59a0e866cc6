using AntqDomain.Rules;
using AntqDomain.SafetyStandard;
using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.SafetyStandard;

/// <summary>The safety-standard rules at their edges: each figure alone, exact thresholds, the path of each finding.</summary>
public class SafetyRuleEdgeTests
{
    private static readonly SafetyValidator Validator = new(clock: FixedClock.At(2026, 11, 22));

    private static SafetyAssessment Commune() => SafetyRulesTests.Commune();

    private static Finding[] Of(SafetyAssessment a, string code) => [.. Validator.Check(a).Findings.Where(f => f.Code.Value == code)];

    public static TheoryData<string> NegativeFigures() => ["effectiveModels", "unitsTotal", "unitsRegistered", "unitsRecognised"];

    [Theory]
    [MemberData(nameof(NegativeFigures))]
    public void Any_one_negative_figure_is_reported_for_the_whole_assessment(string figure)
    {
        var a = figure switch
        {
            "effectiveModels" => Commune() with { EffectiveModels = -1 },
            "unitsTotal" => Commune() with { UnitsTotal = -1 },
            "unitsRegistered" => Commune() with { UnitsRegistered = -1 },
            _ => Commune() with { UnitsRecognised = -1 },
        };
        var f = Assert.Single(Of(a, "ANTQ806"));
        Assert.Equal("$", f.Location!.Path);
        Assert.Contains("a figure is negative", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void More_units_registered_than_assessed_points_at_the_registered_count()
        => Assert.Equal("$.unitsRegistered", Assert.Single(Of(Commune() with { UnitsRegistered = 21 }, "ANTQ806")).Location!.Path);

    [Fact]
    public void More_units_recognised_than_registered_points_at_the_recognised_count()
        => Assert.Equal("$.unitsRecognised", Assert.Single(Of(Commune() with { UnitsRegistered = 15, UnitsRecognised = 16 }, "ANTQ806")).Location!.Path);

    [Fact]
    public void Every_unit_registered_and_recognised_is_possible()
        => Assert.Empty(Of(Commune() with { UnitsRecognised = 20 }, "ANTQ806"));

    [Fact]
    public void A_proposal_on_the_first_day_of_the_period_is_possible_and_one_the_day_before_is_not()
    {
        var start = Commune().Period.Start;
        Assert.Empty(Of(Commune() with { ProposedOn = start }, "ANTQ806"));
        Assert.Equal("$.proposedOn", Assert.Single(Of(Commune() with { ProposedOn = start.PlusDays(-1) }, "ANTQ806")).Location!.Path);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(9999, false)]
    public void The_assessment_year_must_be_one_a_period_can_have(int year, bool fires)
        => Assert.Equal(fires, Of(Commune() with { Year = year, ProposedOn = null }, "ANTQ806").Any(f => f.Location!.Path == "$.year"));

    [Fact]
    public void Exactly_the_minimum_of_effective_models_is_enough()
    {
        Assert.Empty(Of(Commune() with { EffectiveModels = 1 }, "ANTQ801"));
        Assert.Single(Of(Commune() with { EffectiveModels = 0 }, "ANTQ801"));
    }

    [Fact]
    public void A_commune_that_gives_no_units_to_assess_is_told_so()
    {
        var f = Assert.Single(Of(Commune() with { UnitsTotal = 0, UnitsRegistered = 0, UnitsRecognised = 0 }, "ANTQ802"));
        Assert.Equal("$.unitsTotal", f.Location!.Path);
    }

    [Fact]
    public void The_registration_shortfall_names_the_share_required()
    {
        var f = Assert.Single(Of(Commune() with { UnitsRegistered = 19, UnitsRecognised = 14 }, "ANTQ802"));
        Assert.Equal("$.unitsRegistered", f.Location!.Path);
        Assert.Contains("19 of 20 units registered", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains("100%", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_outside_the_standard_matter_only_in_a_proposal()
    {
        var excluded = Commune() with { Excluded = [ExcludedUnit.PrimarySchool, ExcludedUnit.ArmedForces] };
        Assert.Equal(["$.excluded[0]", "$.excluded[1]"], Of(excluded, "ANTQ805").Select(f => f.Location!.Path));
        Assert.Empty(Of(excluded with { ProposedSafe = false }, "ANTQ805"));
    }
}
