using AntqDomain.Results;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;
using NodaTime;
using AntqDomain.Rules;

namespace AntqDomain.Tests.Results;

/// <summary>Each results rule fires alone on the sound example changed by one defect, and the sound examples are silent.</summary>
public class ResultsRulesFireTests
{
    private static readonly ResultsReportValidator Validator = new();

    internal static ResultsReport Commune() => SubjectJson.Read(File.ReadAllText(Repo.PathOf("docs", "examples", "commune-report-2026.json"))).ResultsReport!;

    internal static ResultsReport Province() => SubjectJson.Read(File.ReadAllText(Repo.PathOf("docs", "examples", "province-report-2026.json"))).ResultsReport!;

    private static ResultsReport Set(ResultsReport r, Indicator indicator, long value, FigureBound bound = FigureBound.Exact)
        => r with { Figures = [.. r.Figures.Where(f => f.Indicator != indicator), new Figure(indicator, value, bound)] };

    public static TheoryData<string, string> Defects() => new()
    {
        { "ANTQ901", "province total ≠ sum" },
        { "ANTQ901", "province total below what its communes report" },
        { "ANTQ902", "held > in scope" },
        { "ANTQ903", "percentage" },
        { "ANTQ904", "negative" },
        { "ANTQ904", "effective models > all models" },
        { "ANTQ905", "before 2005" },
        { "ANTQ905", "review ends before it starts" },
        { "ANTQ905", "year not come yet" },
        { "ANTQ906", "district after the reform" },
        { "ANTQ907", "after the deadline" },
        { "ANTQ908", "jump" },
        { "ANTQ909", "participants above population" },
    };

    private static ResultsReport Defective(string defect) => defect switch
    {
        "province total ≠ sum" => Set(Province(), Indicator.Banners, 170),
        "province total below what its communes report" => Province() with
        {
            Figures = [.. Province().Figures.Where(f => f.Indicator != Indicator.Participants), new Figure(Indicator.Participants, 5000)],
            Children = [Set(Province().Children[0], Indicator.Participants, 6000, FigureBound.MoreThan), .. Province().Children.Skip(1)],
        },
        "held > in scope" => Set(Commune(), Indicator.UnitsHeld, 15) with { Shares = [] },
        "percentage" => Commune() with { Shares = [new StatedShare(Indicator.UnitsHeld, Indicator.UnitsInScope, 95.5m)] },
        "negative" => Set(Commune(), Indicator.CrimeTips, -6),
        "effective models > all models" => Set(Commune(), Indicator.ModelsEffective, 12),
        "before 2005" => Commune() with { Year = 2004, Dated = new LocalDate(2004, 8, 24), Deadline = null, PreviousYear = [] },
        "review ends before it starts" => Commune() with { Year = 2025, ToYear = 2020 },
        "year not come yet" => Commune() with { Year = 2027 },
        "district after the reform" => Commune() with { Level = AntqDomain.Administration.AdministrativeLevel.District, Unit = "huyện Bắc Sơn" },
        "after the deadline" => Commune() with { Dated = new LocalDate(2026, 9, 2) },
        "jump" => Commune() with { PreviousYear = [new Figure(Indicator.Participants, 900)] },
        "participants above population" => Set(Commune(), Indicator.Population, 3000),
        _ => throw new ArgumentOutOfRangeException(nameof(defect)),
    };

    [Fact]
    public void The_sound_examples_have_no_finding()
    {
        Assert.Empty(Validator.Check(Commune()).Findings);
        Assert.Empty(Validator.Check(Province()).Findings);
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void The_rule_fires_alone_on_its_defect(string code, string defect)
    {
        var findings = Validator.Check(Defective(defect)).Findings;

        Assert.Equal([code], findings.Select(f => f.Code.Value).Distinct());
    }

    [Fact]
    public void Every_results_rule_has_a_defect_case()
        => Assert.Equal(
            AntqDomain.Rules.RuleCatalogue.Default.For(AntqDomain.Rules.RuleSubject.ResultsReport).Select(r => r.Code.Value).Order(),
            Defects().Select(d => (string)d[0]).Distinct().Order());

    [Fact]
    public void A_childs_finding_points_into_the_tree()
    {
        var province = Province() with { Children = [Set(Province().Children[0], Indicator.CrimeTips, -1), .. Province().Children.Skip(1)] };

        var finding = Assert.Single(Validator.Check(province).Findings, f => f.Code.Value == "ANTQ904");

        Assert.StartsWith("$.children[0].figures[", finding.Location!.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void The_year_on_year_factor_is_configurable()
    {
        var report = Commune() with { PreviousYear = [new Figure(Indicator.Participants, 1600)] };

        Assert.Empty(Validator.Check(report).Findings);
        Assert.Single(new ResultsReportValidator(jumpFactor: 2m).Check(report).Findings);
    }
}
