using System.Collections.Immutable;
using AntqDomain.Commendations;
using AntqDomain.Committees;
using AntqDomain.Movement;
using AntqDomain.Results;
using AntqDomain.Rules;
using AntqDomain.SafetyStandard;
using AntqDomain.Tests.Commendations;
using AntqDomain.Tests.Committees;
using AntqDomain.Tests.Results;
using AntqDomain.Tests.SafetyStandard;
using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Reliability;

/// <summary>
/// A subject built carelessly in code (a list left unset, a null entry, a null name) is checked, not thrown at, and
/// the validators' repair of the careless part never costs the facts the user did give: an exclusion, a pending
/// matter, a prior award, a model's history, a committee's members, a report's children.
/// </summary>
public class CarelessSubjectsKeepTheirFactsTests
{
    private static readonly LocalDate Today = new(2026, 11, 22);

    private static string[] Codes(AwardProposal p) => Proposals.Codes(p);

    [Fact]
    public void A_nominee_whose_exclusions_or_pending_matters_are_left_unset_is_judged_like_one_with_none()
    {
        var sound = Proposals.GrassrootsMedal();
        Assert.Empty(Codes(sound with { Nominee = sound.Nominee with { Exclusions = default } }));
        Assert.Empty(Codes(sound with { Nominee = sound.Nominee with { Pending = default } }));
        Assert.Empty(Codes(sound with { CountedAwards = default }));
    }

    [Fact]
    public void A_null_service_entry_does_not_hide_the_nominees_exclusion_or_pending_matter()
    {
        var g = Proposals.GrassrootsMedal();
        var service = g.Nominee.Service.Add(null!);
        Assert.Contains("ANTQ603", Codes(g with { Nominee = g.Nominee with { Service = service, Exclusions = [Exclusion.Prosecuted] } }));
        Assert.Contains("ANTQ604", Codes(g with { Nominee = g.Nominee with { Service = service, Pending = [PendingMatter.Discipline] } }));
    }

    [Fact]
    public void A_null_entry_among_prior_or_counted_awards_leaves_the_real_ones_counted()
    {
        var g = Proposals.GrassrootsMedal();
        var medal = new PriorAward(CommendationForm.CommemorativeMedal, new LocalDate(2019, 8, 19));
        var held = Assert.Single(Proposals.Validator.Check(g with { Nominee = g.Nominee with { PriorAwards = [null!, medal] } }).Findings, f => f.Code.Value == "ANTQ601");
        Assert.Contains(g.Nominee.Name, held.MessageEn, StringComparison.Ordinal);

        var c = Proposals.CommuneCertificate();
        var adHoc = new PriorAward(CommendationForm.CommendationCertificate, new LocalDate(2025, 3, 1), AwardKind.AdHoc);
        Assert.Contains("ANTQ607", Codes(c with { Kind = AwardKind.RegularAchievement, CountedAwards = [adHoc, null!] }));
    }

    private static MovementModel Team()
        => MovementModel.Found("Tổ tự quản thôn Đông", ModelType.SelfManagementTeam, new LocalDate(2023, 3, 1), "Quyết định số 12/QĐ-UBND", hasOperatingRules: true)
            .Then(new LifecycleEvent(ModelStage.Operating, new LocalDate(2023, 3, 15)))
            .Then(new LifecycleEvent(ModelStage.Reviewed, new LocalDate(2024, 2, 20), Effect: new EffectIndicators(CrimeTips: 4, Members: 15)));

    private static string[] Codes(MovementModel m, LocalDate on) => [.. new ModelValidator(clock: FixedClock.At(2026, 11, 22)).Check(m, on).Findings.Select(f => f.Code.Value)];

    [Fact]
    public void A_model_without_a_name_is_still_judged_on_its_history()
    {
        // Reviewed on 2024-02-20: overdue a year later, whatever the name.
        var on = new LocalDate(2025, 6, 1);
        Assert.Contains("ANTQ702", Codes(Team(), on));
        Assert.Equal(Codes(Team(), on), Codes(Team() with { Name = null! }, on));
    }

    [Fact]
    public void A_nameless_model_nominee_or_assessment_is_called_by_a_question_mark_in_its_findings()
    {
        var overdue = Assert.Single(new ModelValidator(clock: FixedClock.At(2026, 11, 22)).Check(Team() with { Name = null! }, new LocalDate(2025, 6, 1)).Findings);
        Assert.StartsWith("The model \"?\" has not been reviewed", overdue.MessageEn, StringComparison.Ordinal);

        var g = Proposals.GrassrootsMedal();
        var medal = new PriorAward(CommendationForm.CommemorativeMedal, new LocalDate(2019, 8, 19));
        var held = Assert.Single(Proposals.Validator.Check(g with { Nominee = g.Nominee with { Name = null!, PriorAwards = [medal] } }).Findings, f => f.Code.Value == "ANTQ601");
        Assert.Contains("?", held.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain(g.Nominee.Name, held.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_step_in_a_models_history_is_skipped_and_the_other_steps_count()
    {
        var withNull = Team() with { History = Team().History.Insert(1, null!) };
        Assert.Empty(Codes(withNull, new LocalDate(2024, 6, 1)));

        // Overdue a year after the review: the same finding, naming the model, with or without the null step.
        var validator = new ModelValidator(clock: FixedClock.At(2026, 11, 22));
        Finding[] overdue = [.. validator.Check(withNull, new LocalDate(2025, 6, 1)).Findings];
        Assert.Equal([.. validator.Check(Team(), new LocalDate(2025, 6, 1)).Findings], overdue);
        Assert.Contains(overdue, f => f.MessageEn.Contains("Tổ tự quản thôn Đông", StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_whose_history_is_left_unset_gets_findings_not_an_exception()
    {
        var codes = Codes(Team() with { History = default }, new LocalDate(2024, 6, 1));
        Assert.NotEmpty(codes);
    }

    private static readonly SafetyValidator Safety = new(clock: FixedClock.At(2026, 11, 22));

    [Fact]
    public void An_assessment_without_a_name_keeps_its_excluded_units()
    {
        var school = new SafetyAssessment { Name = "Trường Tiểu học Tân Hương", Unit = AssessedUnitKind.EducationInstitution, Year = 2025, Excluded = [ExcludedUnit.PrimarySchool] };
        var named = Safety.Check(school).Findings.Select(f => f.Code.Value).ToArray();
        Assert.NotEmpty(named);
        Assert.Equal(named, Safety.Check(school with { Name = null! }).Findings.Select(f => f.Code.Value));
    }

    [Fact]
    public void An_assessment_whose_excluded_units_are_left_unset_is_judged_like_one_with_none()
    {
        var noModel = SafetyRulesTests.Commune() with { EffectiveModels = 0 };
        Finding[] findings = [.. Safety.Check(noModel with { Excluded = default }).Findings];
        Assert.Equal([.. Safety.Check(noModel).Findings], findings);
        Assert.Contains(findings, f => f.MessageEn.Contains(noModel.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(2025, true)]
    [InlineData(9999, true)]
    [InlineData(1, false)]
    [InlineData(10000, false)]
    public void An_assessment_without_a_proposal_date_is_judged_at_the_end_of_its_period_when_it_has_one(int year, bool hasPeriod)
    {
        var assessment = SafetyRulesTests.Commune() with { Year = year, ProposedOn = null };
        var expected = hasPeriod ? assessment.Period.End : Today;
        Assert.Equal(expected, Safety.Check(assessment).Date);
    }

    private static readonly ResultsReportValidator Results = new();

    [Fact]
    public void The_year_on_year_factor_must_be_above_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResultsReportValidator(jumpFactor: 1m));
        Assert.Equal(1.01m, new ResultsReportValidator(jumpFactor: 1.01m).JumpFactor);
    }

    [Fact]
    public void A_report_whose_lists_or_unit_are_left_unset_is_judged_like_one_with_none()
    {
        var sound = ResultsRulesFireTests.Commune();
        var bare = sound with { Figures = [], Shares = [], Children = [], PreviousYear = [] };
        var careless = sound with { Unit = null!, Figures = default, Shares = default, Children = default, PreviousYear = default };
        Assert.Equal(Results.Check(bare).Findings.Select(f => f.Code), Results.Check(careless).Findings.Select(f => f.Code));
    }

    [Fact]
    public void A_null_child_report_is_skipped_and_its_siblings_are_still_checked()
    {
        var province = ResultsRulesFireTests.Province();
        var negative = province.Children[1] with { Figures = [.. province.Children[1].Figures, new Figure(Indicator.CrimeTips, -6)] };
        var careless = province with { Children = [province.Children[0], negative, null!, .. province.Children.Skip(2)] };
        var finding = Assert.Single(Results.Check(careless).Findings, f => f.Code.Value == "ANTQ904");
        Assert.StartsWith("$.children[1]", finding.Location!.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void A_finding_about_a_figure_points_at_that_figure(int index)
    {
        var sound = ResultsRulesFireTests.Commune();
        var others = sound.Figures.Where(f => f.Indicator != Indicator.CrimeTips).ToList();
        others.Insert(index, new Figure(Indicator.CrimeTips, -6));
        var finding = Assert.Single(Results.Check(sound with { Figures = [.. others] }).Findings, f => f.Code.Value == "ANTQ904");
        Assert.Equal($"$.figures[{index}]", finding.Location!.Path);
    }

    [Fact]
    public void Reports_are_checked_sixteen_levels_below_the_top_report()
    {
        var report = ResultsRulesFireTests.Commune();
        report = report with { Figures = [.. report.Figures, new Figure(Indicator.CrimeTips, -6)] };
        for (int level = 0; level < 16; level++)
        {
            report = ResultsRulesFireTests.Commune() with { Children = [report] };
        }

        string deepest = "$" + string.Concat(Enumerable.Repeat(".children[0]", 16));
        Assert.Contains(Results.Check(report).Findings, f => f.Code.Value == "ANTQ904" && f.Location!.Path!.StartsWith(deepest, StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_deeper_than_sixteen_levels_below_the_top_are_not_checked()
    {
        // A results tree is communes → province → centre; a deeper tree is a mistake, not a reason to recurse without end.
        var report = ResultsRulesFireTests.Commune();
        report = report with { Figures = [.. report.Figures, new Figure(Indicator.CrimeTips, -6)] };
        for (int level = 0; level < 17; level++)
        {
            report = ResultsRulesFireTests.Commune() with { Children = [report] };
        }

        string tooDeep = "$" + string.Concat(Enumerable.Repeat(".children[0]", 17));
        Assert.DoesNotContain(Results.Check(report).Findings, f => f.Location!.Path!.StartsWith(tooDeep, StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_finding_names_the_unit_and_a_nameless_unit_is_called_by_a_question_mark()
    {
        var report = ResultsRulesFireTests.Commune();
        var negative = report with { Figures = [.. report.Figures, new Figure(Indicator.CrimeTips, -6)] };
        Assert.Contains(report.Unit!, Assert.Single(Results.Check(negative).Findings, f => f.Code.Value == "ANTQ904").MessageEn, StringComparison.Ordinal);
        Assert.Contains("The report of ? ", Assert.Single(Results.Check(negative with { Unit = null! }).Findings, f => f.Code.Value == "ANTQ904").MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_committee_with_a_null_or_nameless_member_is_still_judged_on_the_others()
    {
        var c = CommitteeRulesTests.Example();
        var wrongHead = c with { Members = c.Members.SetItem(0, c.Members[0] with { Position = "Giám đốc Sở Tư pháp" }) };
        var careless = wrongHead with { Members = [.. wrongHead.Members, null!, wrongHead.Members[^1] with { Name = null!, Position = null! }] };
        var validator = new CommitteeValidator();
        Assert.Contains("ANTQ951", validator.Check(careless, new LocalDate(2026, 6, 5)).Findings.Select(f => f.Code.Value));
        Assert.NotEmpty(validator.Check(c with { Members = default }, new LocalDate(2026, 6, 5)).Findings);
    }
}
