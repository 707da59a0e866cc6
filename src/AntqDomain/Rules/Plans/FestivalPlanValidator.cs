using System.Collections.Immutable;
using AntqDomain.Plans;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>
/// A FluentValidation validator for a plan on its own (<em>kiểm tra Kế hoạch</em>), without a parent plan: the same
/// rules as <see cref="PlanValidator"/>, for integrations that validate a <see cref="FestivalPlan"/> directly.
/// </summary>
public sealed class FestivalPlanValidator : RuleValidator<FestivalPlan>
{
    private readonly PlanValidator inner;

    /// <summary>A validator over <paramref name="catalogue"/> (the default when null).</summary>
    public FestivalPlanValidator(RuleCatalogue? catalogue = null, IClock? clock = null)
        : base(catalogue, clock)
        => inner = new PlanValidator(Catalogue, Clock);

    private protected override ValidationReport CheckSubject(FestivalPlan subject) => inner.Check(subject);
}
