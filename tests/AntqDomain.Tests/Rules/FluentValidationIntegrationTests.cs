using System.Globalization;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using AntqDomain.Legal;

namespace AntqDomain.Tests.Rules;

public class FluentValidationIntegrationTests
{
    private static readonly string Defective = Examples.CleanProvincePlanText.Replace("kỷ niệm 81 năm Ngày truyền thống", "kỷ niệm 80 năm Ngày truyền thống", StringComparison.Ordinal);

    [Fact]
    public void Failures_carry_code_severity_and_the_finding_as_custom_state()
    {
        var result = new PlanValidator().Validate(Examples.Read(Defective));
        Assert.False(result.IsValid);
        var failure = Assert.Single(result.Errors);
        Assert.Equal("ANTQ201", failure.ErrorCode);
        Assert.Equal(FluentValidation.Severity.Error, failure.Severity);
        var finding = Assert.IsType<Finding>(failure.CustomState);
        Assert.StartsWith("Nghị định 111/2018", finding.Citation.Document);
        Assert.Equal("80 năm", failure.AttemptedValue);
    }

    [Fact]
    public void Messages_follow_the_current_ui_culture()
    {
        var validator = new PlanValidator();
        var plan = Examples.Read(Defective);
        using (new CultureScope("en-US"))
        {
            Assert.Contains("People's Police", validator.Validate(plan).Errors[0].ErrorMessage);
        }

        using (new CultureScope("vi-VN"))
        {
            Assert.Contains("Công an nhân dân", validator.Validate(plan).Errors[0].ErrorMessage);
        }
    }

    [Fact]
    public void The_requested_date_chooses_the_rules_in_force()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText.Replace("3. Tổ chức thiết thực", "3. Theo Thông tư 11/2021/TT-BCA, tổ chức thiết thực", StringComparison.Ordinal));
        Assert.DoesNotContain(new PlanValidator().Check(plan, on: new NodaTime.LocalDate(2025, 4, 27)).Findings, f => f.Code.Value == "ANTQ313");
        Assert.Contains(new PlanValidator().Check(plan, on: new NodaTime.LocalDate(2025, 4, 28)).Findings, f => f.Code.Value == "ANTQ313");
    }

    [Fact]
    public void The_parent_and_the_date_can_come_as_arguments_or_as_root_context_data()
    {
        var parent = Examples.Read(Examples.CleanProvincePlanText);
        var plan = Examples.Read(Defective);
        var on = new NodaTime.LocalDate(2026, 8, 1);
        var validator = new PlanValidator();
        var expected = validator.Check(plan, parent, on).Findings.Select(f => f.Code.Value).ToArray();
        Assert.NotEqual(validator.Check(plan, on: on).Findings.Length, expected.Length);

        var byArguments = validator.Validate(plan, parent, on);
        var context = new FluentValidation.ValidationContext<AntqDomain.Plans.FestivalPlan>(plan);
        context.RootContextData[PlanValidator.ParentKey] = parent;
        context.RootContextData[PlanValidator.OnKey] = on;
        var byContext = validator.Validate(context);

        Assert.Equal(expected, byArguments.Errors.Select(e => e.ErrorCode).ToArray());
        Assert.Equal(expected, byContext.Errors.Select(e => e.ErrorCode).ToArray());
    }

    [Fact]
    public void A_wrongly_typed_context_entry_is_refused_by_name()
    {
        var context = new FluentValidation.ValidationContext<AntqDomain.Plans.FestivalPlan>(Examples.Read(Defective));
        context.RootContextData[PlanValidator.OnKey] = "2026-08-01";
        var error = Assert.Throws<ArgumentException>(() => new PlanValidator().Validate(context));
        Assert.Contains(PlanValidator.OnKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_and_throw_raises_on_any_finding()
    {
        var validator = new PlanValidator();
        var error = Assert.Throws<FluentValidation.ValidationException>(() => FluentValidation.DefaultValidatorExtensions.ValidateAndThrow(validator, Examples.Read(Defective)));
        Assert.Contains(error.Errors, e => e.ErrorCode == "ANTQ201");
    }

    [Fact]
    public async Task The_asynchronous_entry_point_gives_the_same_failures()
    {
        var plan = Examples.Read(Defective);
        var validator = new PlanValidator();
        var result = await validator.ValidateAsync(plan);
        Assert.Equal(validator.Validate(plan).Errors.Select(e => e.ErrorCode), result.Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void One_validator_gives_the_same_results_from_many_threads()
    {
        var validator = new PlanValidator();
        var plans = new[] { Examples.Read(Examples.CleanProvincePlanText), Examples.Read(Defective) };
        var expected = plans.Select(p => validator.Check(p)).ToArray();
        Parallel.For(0, 16 * 200, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var plan = plans[i % 2];
            Assert.Equal(expected[i % 2], validator.Check(plan));
        });
    }
}
