using AntqDomain.Movement;
using AntqDomain.Rules;
using FluentValidation;
using NodaTime;
using Severity = AntqDomain.Rules.FindingSeverity;

namespace AntqDomain.Rules;

/// <summary>
/// Checks movement models (<em>kiểm tra mô hình</em>) on a date against the rules of group 7xx. A FluentValidation
/// validator over <see cref="ModelAssessment"/>; thread-safe.
/// </summary>
public sealed class ModelValidator : RuleValidator<ModelAssessment>
{
    private readonly ModelPractice practice;

    /// <summary>
    /// A validator over <paramref name="catalogue"/> (the default when null); <paramref name="clock"/> gives the date
    /// when none is asked for; <paramref name="practice"/> is the committee's review interval and usual order
    /// (<see cref="ModelPractice.Default"/> when null).
    /// </summary>
    /// <param name="catalogue">The rules to run; the default catalogue when null.</param>
    /// <param name="clock">Gives "today" when no date is given; the system clock when null.</param>
    /// <param name="practice">The committee's practice (review interval, unusual steps); the usual one when null.</param>
    public ModelValidator(RuleCatalogue? catalogue = null, IClock? clock = null, ModelPractice? practice = null)
        : base(catalogue, clock)
        => this.practice = practice ?? ModelPractice.Default;

    /// <summary>Checks <paramref name="model"/> on <paramref name="on"/> (today by the clock when null).</summary>
    /// <param name="model">The model.</param>
    /// <param name="on">The day the model is checked on; today by the clock when null.</param>
    /// <returns>The findings, errors first, and the date used.</returns>
    public ValidationReport Check(MovementModel model, LocalDate? on = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        // A model built in code without a name is still checked (its history is never unset and holds no null).
        model = model with { Name = model.Name ?? "?" };

        var context = new ModelRuleContext(model, on ?? Today, practice);
        return Run(Catalogue.ModelRules, context);
    }

    private protected override ValidationReport CheckSubject(ValidationContext<ModelAssessment> context) => Check(context.InstanceToValidate.Model, context.InstanceToValidate.On);
}
