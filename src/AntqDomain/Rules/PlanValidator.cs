using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using AntqDomain.Plans;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>A plan to validate (<em>yêu cầu kiểm tra</em>), optionally with the parent plan it implements and a date.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Parent">The plan of the level above, when known: adds the cascade checks (window inside the parent's).</param>
/// <param name="On">The date whose requirements apply; by default the plan's issue date (or, for an undated draft, its earliest possible date).</param>
public sealed record PlanValidationRequest(FestivalPlan Plan, FestivalPlan? Parent = null, LocalDate? On = null);

/// <summary>
/// Validates festival plans against the rules in force on their date (<em>kiểm tra Kế hoạch</em>). A FluentValidation
/// validator: each <see cref="ValidationFailure"/> carries the rule code as <c>ErrorCode</c>, the severity, the
/// message in the current UI culture (Vietnamese by default) and the full <see cref="Finding"/> (citation,
/// location, both languages) as <c>CustomState</c>. Build once and share: instances are thread-safe.
/// </summary>
public sealed class PlanValidator : AbstractValidator<PlanValidationRequest>
{
    private readonly RuleCatalogue catalogue;
    private readonly IClock clock;
    private readonly ConditionalWeakTable<FestivalPlan, PlanAnalysis> scans = [];
    private readonly ConditionalWeakTable<PlanText, LocalMention[]> textScans = [];
    private readonly ConditionalWeakTable<FestivalPlan, PlanAnalysis>.CreateValueCallback scanPlan;

    /// <summary>A validator over <paramref name="catalogue"/> (the default catalogue when null); <paramref name="clock"/> gives "today" for plans without any date.</summary>
    public PlanValidator(RuleCatalogue? catalogue = null, IClock? clock = null)
    {
        this.catalogue = catalogue ?? RuleCatalogue.Default;
        this.clock = clock ?? SystemClock.Instance;
        scanPlan = p => new PlanAnalysis(p, PlanScanner.Scan(p, textScans));
        RuleFor(x => x).Custom((request, context) => context.AddFindings(Check(request.Plan, request.Parent, request.On)));
    }

    /// <summary>Validates and returns the findings directly (the fast path, without FluentValidation's result objects).</summary>
    public ValidationReport Check(FestivalPlan plan, FestivalPlan? parent = null, LocalDate? on = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var analysis = scans.GetValue(plan, scanPlan);
        LocalDate date = on ?? analysis.EffectiveDate ?? clock.GetCurrentInstant().InUtc().Date;
        var context = new PlanRuleContext(plan, parent, date, analysis);
        catalogue.PlanRules.Run(context);
        return context.ToReport();
    }

    /// <summary>The FluentValidation failure for a finding.</summary>
    public static ValidationFailure ToFailure(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new ValidationFailure(finding.Location?.Path ?? "$", finding.Message())
        {
            ErrorCode = finding.Code.Value,
            Severity = finding.Severity switch
            {
                Text.Severity.Error => FluentValidation.Severity.Error,
                Text.Severity.Warning => FluentValidation.Severity.Warning,
                _ => FluentValidation.Severity.Info,
            },
            CustomState = finding,
            AttemptedValue = finding.Excerpt,
        };
    }
}

/// <summary>
/// A FluentValidation validator for a plan on its own (<em>kiểm tra Kế hoạch</em>), without a parent plan: the same
/// rules as <see cref="PlanValidator"/>, for integrations that validate a <see cref="FestivalPlan"/> directly.
/// </summary>
public sealed class FestivalPlanValidator : AbstractValidator<FestivalPlan>
{
    /// <summary>A validator over the default catalogue.</summary>
    public FestivalPlanValidator(RuleCatalogue? catalogue = null, IClock? clock = null)
    {
        var inner = new PlanValidator(catalogue, clock);
        RuleFor(x => x).Custom((plan, context) => context.AddFindings(inner.Check(plan)));
    }
}

/// <summary>Adds a report's findings to a FluentValidation context as failures (<see cref="PlanValidator.ToFailure"/>).</summary>
internal static class FindingFailures
{
    public static void AddFindings<T>(this ValidationContext<T> context, ValidationReport report)
    {
        foreach (var f in report.Findings)
        {
            context.AddFailure(PlanValidator.ToFailure(f));
        }
    }
}
