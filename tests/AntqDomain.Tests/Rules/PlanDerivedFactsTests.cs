using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>What validation keeps between calls (facts derived per plan instance, the last clean report) never leaks into copies, other dates or equality.</summary>
public class PlanDerivedFactsTests
{
    private static readonly PlanValidator Validator = new();

    [Fact]
    public void A_with_copy_of_a_validated_plan_is_judged_on_its_own_content()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        Assert.Empty(Validator.Check(plan).Findings);

        var noRecipients = plan with { Recipients = null };
        var noCommendation = plan with { Sections = [.. plan.Sections.Where(s => s.Kind != SectionKind.Commendation)] };

        Assert.Contains(Validator.Check(noRecipients).Findings, f => f.Code.Value == "ANTQ105");
        Assert.Contains(Validator.Check(noCommendation).Findings, f => f.Code.Value == "ANTQ403");
        Assert.Empty(Validator.Check(plan).Findings);
    }

    [Fact]
    public void Validating_a_plan_does_not_change_its_equality_or_hash_code()
    {
        var validated = Examples.Read(Examples.CleanProvincePlanText);
        var copy = validated with { };
        int hash = validated.GetHashCode();
        Validator.Check(validated);

        Assert.Equal(copy, validated);
        Assert.Equal(validated, copy);
        Assert.Equal(hash, validated.GetHashCode());
        Assert.Equal(copy.GetHashCode(), validated.GetHashCode());
    }

    [Fact]
    public void Two_validators_give_the_same_report_for_the_same_plan_instance()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText) with { Recipients = null };
        var first = Validator.Check(plan);
        var second = new PlanValidator().Check(plan);

        Assert.Equal(first, second);
        Assert.NotEmpty(first.Findings);
    }

    [Fact]
    public void Clean_reports_carry_the_date_each_validation_asked_for()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        var june = new NodaTime.LocalDate(2026, 6, 5);
        var july = new NodaTime.LocalDate(2026, 7, 1);

        Assert.Equal(june, Validator.Check(plan, on: june).Date);
        Assert.Equal(july, Validator.Check(plan, on: july).Date);
        Assert.Equal(june, Validator.Check(plan, on: june).Date);
        Assert.Empty(Validator.Check(plan, on: july).Findings);
    }
}
