using AntqDomain.Movement;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using NodaTime;
using AntqDomain.Legal;

namespace AntqDomain.Tests.Movement;

public class ModelLifecycleTests
{
    private static readonly ModelValidator Validator = new(clock: FixedClock.At(2026, 11, 22));

    private static MovementModel Team()
        => MovementModel.Found("Tổ tự quản thôn Đông", ModelType.SelfManagementTeam, new LocalDate(2023, 3, 1), "Quyết định số 12/QĐ-UBND", hasOperatingRules: true)
            .Then(new LifecycleEvent(ModelStage.Operating, new LocalDate(2023, 3, 15)))
            .Then(new LifecycleEvent(ModelStage.Reviewed, new LocalDate(2024, 2, 20), Effect: new EffectIndicators(CrimeTips: 4, DisputesMediated: 7, Members: 15, PatrolHours: 320)))
            .Then(new LifecycleEvent(ModelStage.Reviewed, new LocalDate(2025, 2, 18), Effect: new EffectIndicators(CrimeTips: 2, Members: 16, PatrolHours: 300)));

    private static string[] Codes(MovementModel m, LocalDate on) => [.. Validator.Check(m, on).Findings.Select(f => f.Code.Value)];

    [Fact]
    public void A_sound_model_reviewed_within_the_year_raises_nothing()
        => Assert.Empty(Codes(Team(), new LocalDate(2026, 2, 18)));

    [Theory]
    [InlineData(2026, 2, 18, false)]
    [InlineData(2026, 2, 19, true)]
    public void A_review_is_overdue_the_day_after_twelve_months_have_passed(int y, int m, int d, bool overdue)
    {
        var on = new LocalDate(y, m, d);
        Assert.Equal(overdue, Team().StatusOn(on).ReviewOverdue);
        Assert.Equal(overdue, Codes(Team(), on).Contains("ANTQ702"));
    }

    [Fact]
    public void A_removed_model_cannot_be_replicated()
    {
        var removed = Team().Then(new LifecycleEvent(ModelStage.Removed, new LocalDate(2025, 6, 1)));
        var ex = Assert.Throws<LifecycleException>(() => removed.Then(new LifecycleEvent(ModelStage.Replicated, new LocalDate(2025, 9, 1))));
        Assert.Equal(ModelStage.Removed, ex.From);
        Assert.Equal(ModelStage.Replicated, ex.To);
    }

    [Fact]
    public void Nothing_happens_before_founding()
    {
        var unfounded = new MovementModel { Name = "Camera an ninh", Type = ModelType.SecurityCamera, HasOperatingRules = true };
        Assert.Throws<LifecycleException>(() => unfounded.Then(new LifecycleEvent(ModelStage.Reviewed, new LocalDate(2024, 1, 1))));
    }

    [Fact]
    public void Steps_never_go_back_in_time()
        => Assert.Throws<LifecycleException>(() => Team().Then(new LifecycleEvent(ModelStage.Summarised, new LocalDate(2024, 1, 1))));

    [Theory]
    [InlineData(null, ModelStage.Founded, true)]
    [InlineData(null, ModelStage.Operating, false)]
    [InlineData(ModelStage.Founded, ModelStage.Founded, false)]
    [InlineData(ModelStage.Founded, ModelStage.Replicated, true)]
    [InlineData(ModelStage.Reviewed, ModelStage.Replicated, true)]
    [InlineData(ModelStage.Summarised, ModelStage.Removed, true)]
    [InlineData(ModelStage.Removed, ModelStage.Reviewed, false)]
    public void The_state_machine_refuses_only_what_no_model_life_can_have(ModelStage? from, ModelStage to, bool allowed)
        => Assert.Equal(allowed, ModelLifecycle.IsAllowed(from, to));

    public static TheoryData<string, string> Defects() => new()
    {
        { "ANTQ701", "no decision" },
        { "ANTQ701", "no rules" },
        { "ANTQ701", "school gate without coordination plan" },
        { "ANTQ702", "not reviewed" },
        { "ANTQ703", "no effect" },
        { "ANTQ704", "review before founding" },
        { "ANTQ704", "replicated after removal" },
        { "ANTQ705", "replicated without a review" },
    };

    private static MovementModel Mutate(string defect) => defect switch
    {
        "no decision" => Team() with { FoundingDecision = null },
        "no rules" => Team() with { HasOperatingRules = false },
        "school gate without coordination plan" => Team() with { Type = ModelType.SafeSchoolGate },
        "not reviewed" => Team() with { History = Team().History.RemoveRange(2, 2) },
        "no effect" => Team().Then(new LifecycleEvent(ModelStage.Reviewed, new LocalDate(2026, 1, 10), Effect: new EffectIndicators(Members: 12))),
        "review before founding" => Team() with { History = Team().History.Insert(0, new LifecycleEvent(ModelStage.Reviewed, new LocalDate(2022, 12, 1))) },
        "replicated after removal" => Team() with
        {
            History = Team().History.Add(new LifecycleEvent(ModelStage.Removed, new LocalDate(2025, 6, 1))).Add(new LifecycleEvent(ModelStage.Replicated, new LocalDate(2025, 9, 1))),
        },
        "replicated without a review" => MovementModel.Found("Camera an ninh tổ 3", ModelType.SecurityCamera, new LocalDate(2025, 9, 1), "Quyết định số 5/QĐ-UBND", hasOperatingRules: true)
            .Then(new LifecycleEvent(ModelStage.Operating, new LocalDate(2025, 9, 15)))
            .Then(new LifecycleEvent(ModelStage.Replicated, new LocalDate(2026, 1, 15), "Kế hoạch số 3/KH-UBND")),
        _ => throw new ArgumentOutOfRangeException(nameof(defect)),
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void Each_defect_raises_its_rule_and_no_other(string code, string defect)
    {
        var on = defect == "not reviewed" ? new LocalDate(2024, 6, 1) : new LocalDate(2026, 2, 1);
        var codes = Codes(Mutate(defect), on);
        Assert.Contains(code, codes);
        Assert.All(codes, c => Assert.Equal(code, c));
    }

    [Fact]
    public void Every_model_rule_has_a_defect_case()
    {
        var covered = Defects().Select(row => (string)row[0]).ToHashSet();
        var missing = RuleCatalogue.Default.For(RuleSubject.MovementModel).Select(r => r.Code.Value).Where(c => !covered.Contains(c)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void A_refused_replication_of_a_removed_model_does_not_bring_it_back_to_life()
    {
        var model = Mutate("replicated after removal");
        var on = new LocalDate(2026, 11, 1);
        Assert.Equal(ModelStage.Removed, model.StatusOn(on).Stage);
        Assert.Equal(["ANTQ704"], Codes(model, on));
    }

    [Fact]
    public void A_review_dated_before_the_founding_is_not_the_last_review()
    {
        var model = MovementModel.Found("Camera an ninh tổ 3", ModelType.SecurityCamera, new LocalDate(2026, 1, 10), "Quyết định số 5/QĐ-UBND", hasOperatingRules: true);
        model = model with { History = model.History.Add(new LifecycleEvent(ModelStage.Reviewed, new LocalDate(2025, 6, 1), Effect: new EffectIndicators(CrimeTips: 1))) };
        var on = new LocalDate(2026, 11, 10);
        Assert.Null(model.StatusOn(on).LastReview);
        Assert.False(model.StatusOn(on).ReviewOverdue);
        Assert.Equal(["ANTQ704"], Codes(model, on));
    }

    [Fact]
    public void The_impossible_step_is_located_in_the_history()
    {
        var f = Validator.Check(Mutate("replicated after removal"), new LocalDate(2026, 2, 1)).Findings.Single();
        Assert.Equal("$.history[5]", f.Location!.Path);
        Assert.Contains("removed", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_committee_that_reviews_every_six_months_passes_its_practice_and_the_finding_says_so()
    {
        var sixMonths = ModelPractice.Default with { ReviewInterval = Period.FromMonths(6) };
        var validator = new ModelValidator(clock: FixedClock.At(2026, 11, 22), practice: sixMonths);
        var on = new LocalDate(2025, 8, 19);
        Assert.DoesNotContain("ANTQ702", Codes(Team(), on));
        var f = Assert.Single(validator.Check(Team(), on).Findings);
        Assert.Equal("ANTQ702", f.Code.Value);
        Assert.Contains("over 6 months", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains("quá 6 tháng", f.MessageVi, StringComparison.Ordinal);
        Assert.True(Team().StatusOn(on, sixMonths).ReviewOverdue);
    }

    [Fact]
    public void A_step_out_of_the_usual_order_is_a_warning_that_still_moves_the_model_on()
    {
        var model = Mutate("replicated without a review");
        var on = new LocalDate(2026, 2, 1);
        Assert.Equal(ModelStage.Replicated, model.StatusOn(on).Stage);
        var f = Assert.Single(Validator.Check(model, on).Findings);
        Assert.Equal(("ANTQ705", AntqDomain.Rules.FindingSeverity.Warning, "$.history[2]"), (f.Code.Value, f.Severity, f.Location!.Path));
        Assert.Contains("\"operating\" to \"replicated\"", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_committee_whose_practice_allows_the_step_gets_no_warning()
    {
        var lenient = ModelPractice.Default with { UnusualSteps = [] };
        var validator = new ModelValidator(clock: FixedClock.At(2026, 11, 22), practice: lenient);
        Assert.Empty(validator.Check(Mutate("replicated without a review"), new LocalDate(2026, 2, 1)).Findings);
    }

    [Fact]
    public void The_review_cycle_is_cited_as_practice_and_the_model_rules_cite_guidance_22_of_2022()
    {
        var rules = RuleCatalogue.Default.For(RuleSubject.MovementModel).ToDictionary(r => r.Code.Value);
        Assert.Contains("22/HD-BCA-V05", rules["ANTQ701"].Citation.Document, StringComparison.Ordinal);
        Assert.Contains("cấu hình được", rules["ANTQ702"].Citation.Document, StringComparison.Ordinal);
        Assert.Equal(AntqDomain.Rules.FindingSeverity.Warning, rules["ANTQ705"].Severity);
    }
}
