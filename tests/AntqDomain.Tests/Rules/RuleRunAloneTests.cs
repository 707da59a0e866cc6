using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// A validator narrowed to some rules (<see cref="RuleCatalogue.Only"/>) reports for them exactly what the full
/// validator reports for them: the facts a rule reads are derived when first asked for, never skipped.
/// </summary>
public class RuleRunAloneTests
{
    private static readonly PlanValidator Full = new();

    public static TheoryData<string, string[]> Defects() => PlanRulesFireTests.Defects();

    [Theory]
    [MemberData(nameof(Defects))]
    public void A_rule_run_alone_reports_what_it_reports_among_all(string code, string[] replacements)
    {
        string text = Examples.CleanProvincePlanText;
        for (int i = 0; i < replacements.Length; i += 2)
        {
            text = text.Replace(replacements[i], replacements[i + 1], StringComparison.Ordinal);
        }

        var plan = Examples.Read(text);
        var all = Full.Check(plan).Findings;
        foreach (string c in all.Select(f => f.Code.Value).Append(code).Distinct())
        {
            var alone = new PlanValidator(RuleCatalogue.Default.Only(c)).Check(plan).Findings;
            Assert.Equal(all.Where(f => f.Code.Value == c), alone);
        }
    }

    [Fact]
    public void The_plan_text_is_scanned_only_when_a_rule_asks_for_what_the_scan_finds()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        using var facts = PlanFacts.Of(plan);
        Assert.False(facts.HasScanned);
        Assert.NotNull(facts.Number);
        Assert.False(facts.HasScanned);

        Assert.NotEmpty(facts.Of(MentionKind.PoliceYears));
        Assert.True(facts.HasScanned);
        Assert.Same(facts.Mentions, facts.Mentions);
    }

    [Fact]
    public void The_facts_of_a_finished_run_are_not_read_again()
    {
        var facts = PlanFacts.Of(Examples.Read(Examples.CleanProvincePlanText));
        Assert.NotEmpty(facts.Mentions);
        facts.Dispose();

        Assert.Throws<ObjectDisposedException>(() => facts.Folded);
    }
}
