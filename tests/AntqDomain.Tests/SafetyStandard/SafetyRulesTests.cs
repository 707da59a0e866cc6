using AntqDomain.Rules;
using AntqDomain.SafetyStandard;
using AntqDomain.Tests.Support;
using NodaTime;
using AntqDomain.Legal;

namespace AntqDomain.Tests.SafetyStandard;

public class SafetyRulesTests
{
    private static readonly SafetyValidator Validator = new(clock: FixedClock.At(2026, 11, 22));

    internal static SafetyAssessment Commune() => new()
    {
        Name = "Xã Tân Hương",
        Unit = AssessedUnitKind.Commune,
        Year = 2025,
        EffectiveModels = 3,
        UnitsTotal = 20,
        UnitsRegistered = 20,
        UnitsRecognised = 14,
    };

    private static SafetyAssessment Hamlet() => new()
    {
        Name = "Thôn Đông",
        Unit = AssessedUnitKind.ResidentialArea,
        Year = 2025,
        PartyCellResolution = true,
        RegisteredInFirstQuarter = true,
    };

    private static string[] Codes(SafetyAssessment a) => [.. Validator.Check(a).Findings.Select(f => f.Code.Value)];

    [Fact]
    public void Sound_assessments_raise_nothing()
    {
        Assert.Empty(Codes(Commune()));
        Assert.Empty(Codes(Hamlet()));
    }

    [Theory]
    [InlineData(14, false)] // exactly 70 %
    [InlineData(13, true)]
    public void Seventy_percent_of_units_recognised_is_enough(int recognised, bool fires)
        => Assert.Equal(fires, Codes(Commune() with { UnitsRecognised = recognised }).Contains("ANTQ802"));

    [Fact]
    public void The_residential_period_runs_from_1_november_to_31_october()
    {
        var p = SafetyThresholds.AssessmentPeriod(2025);
        Assert.Equal(new LocalDate(2024, 11, 1), p.Start);
        Assert.Equal(new LocalDate(2025, 10, 31), p.End);
    }

    [Theory]
    [InlineData(AssessedUnitKind.Commune)]
    [InlineData(AssessedUnitKind.Agency)]
    [InlineData(AssessedUnitKind.Enterprise)]
    [InlineData(AssessedUnitKind.EducationInstitution)]
    public void Communes_agencies_enterprises_and_schools_are_assessed_from_16_november_to_15_november(AssessedUnitKind unit)
    {
        var p = SafetyThresholds.AssessmentPeriod(2025, unit);
        Assert.Equal(new LocalDate(2024, 11, 16), p.Start);
        Assert.Equal(new LocalDate(2025, 11, 15), p.End);
        Assert.Equal(p, new SafetyAssessment { Name = "X", Unit = unit, Year = 2025 }.Period);
    }

    public static TheoryData<string, string> Defects() => new()
    {
        { "ANTQ801", "no effective model" },
        { "ANTQ802", "not all registered" },
        { "ANTQ803", "police disciplined" },
        { "ANTQ804", "no party-cell resolution" },
        { "ANTQ804", "late registration" },
        { "ANTQ804", "excluding incident" },
        { "ANTQ805", "primary school" },
        { "ANTQ806", "recognised more than registered" },
        { "ANTQ806", "impossible year" },
    };

    private static SafetyAssessment Mutate(string defect) => defect switch
    {
        "no effective model" => Commune() with { EffectiveModels = 0 },
        "not all registered" => Commune() with { UnitsRegistered = 19 },
        "police disciplined" => Commune() with { CommunePoliceDisciplined = true },
        "no party-cell resolution" => Hamlet() with { PartyCellResolution = false },
        "late registration" => Hamlet() with { RegisteredInFirstQuarter = false },
        "excluding incident" => Hamlet() with { ExcludingIncident = true },
        "primary school" => new SafetyAssessment { Name = "Trường Tiểu học Tân Hương", Unit = AssessedUnitKind.EducationInstitution, Year = 2025, Excluded = [ExcludedUnit.PrimarySchool] },
        "recognised more than registered" => Commune() with { UnitsTotal = 20, UnitsRegistered = 20, UnitsRecognised = 21 },
        "impossible year" => Hamlet() with { Year = 0 },
        _ => throw new ArgumentOutOfRangeException(nameof(defect)),
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void Each_defect_raises_its_rule_and_no_other(string code, string defect)
    {
        var codes = Codes(Mutate(defect));
        Assert.Contains(code, codes);
        Assert.All(codes, c => Assert.Equal(code, c));
    }

    [Fact]
    public void Every_safety_rule_has_a_defect_case()
    {
        var covered = Defects().Select(row => (string)row[0]).ToHashSet();
        var missing = RuleCatalogue.Default.For(RuleSubject.SafetyAssessment).Select(r => r.Code.Value).Where(c => !covered.Contains(c)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Findings_cite_the_amended_circular_after_the_2025_reform()
    {
        var before = Validator.Check(Commune() with { EffectiveModels = 0, Year = 2025, ProposedOn = new LocalDate(2025, 6, 30) }).Findings.Single();
        var after = Validator.Check(Commune() with { EffectiveModels = 0 }).Findings.Single();
        Assert.Contains("124/2021", before.Citation.Document, StringComparison.Ordinal);
        Assert.DoesNotContain("48/2025", before.Citation.Document, StringComparison.Ordinal);
        Assert.Contains("48/2025", after.Citation.Document, StringComparison.Ordinal);
    }
}
