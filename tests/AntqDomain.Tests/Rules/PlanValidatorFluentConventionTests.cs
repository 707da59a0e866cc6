using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>A plan validator is called the FluentValidation way, with the plan itself.</summary>
public class PlanValidatorFluentConventionTests
{
    [Fact]
    public void Validate_takes_the_plan_and_gives_one_failure_per_finding_with_its_code_and_finding()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText.Replace("Số: 214/KH-BCĐ", "Số 214/KH-BCĐ", StringComparison.Ordinal));
        var validator = new PlanValidator();

        var result = validator.Validate(plan);

        var failure = Assert.Single(result.Errors);
        Assert.Equal("ANTQ111", failure.ErrorCode);
        Assert.Equal(FluentValidation.Severity.Warning, failure.Severity);
        Assert.Equal("ANTQ111", Assert.IsType<Finding>(failure.CustomState).Code.Value);
        // IsValid counts warnings; HasErrors counts errors only.
        Assert.False(result.IsValid);
        Assert.False(validator.Check(plan).HasErrors);
    }

    [Fact]
    public void Validate_takes_the_parent_and_the_date_like_Check()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        var before = new NodaTime.LocalDate(2020, 3, 4);
        Assert.Equal(
            new PlanValidator().Check(plan, plan, before).Findings.Select(f => f.Code.Value),
            new PlanValidator().Validate(plan, plan, before).Errors.Select(e => e.ErrorCode));
    }
}
