using AntqDomain.Calendar;
using System.Collections.Immutable;
using AntqDomain.Plans;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>
/// Validates festival plans against the rules in force on their date (<em>kiểm tra Kế hoạch</em>). A FluentValidation
/// validator: each <see cref="ValidationFailure"/> carries the rule code as <c>ErrorCode</c>, the severity, the
/// message in the current UI culture (Vietnamese by default) and the full <see cref="Finding"/> (citation,
/// location, both languages) as <c>CustomState</c>. Build once and share: instances are thread-safe.
/// </summary>
public sealed class PlanValidator : RuleValidator<PlanValidationRequest>
{
    private readonly CentralCampaignWindows centralWindows;

    /// <summary>A validator over <paramref name="catalogue"/> (the default catalogue when null); <paramref name="clock"/> gives "today" for plans without any date.</summary>
    /// <param name="catalogue">The rules; <see cref="RuleCatalogue.Default"/> when null.</param>
    /// <param name="clock">Gives "today" for plans without any date; the system clock when null.</param>
    /// <param name="centralWindows">The central plans' windows by year, which bound every lower plan's window (ANTQ304, ANTQ314, ANTQ315, ANTQ108, ANTQ109); <see cref="CentralCampaignWindows.Default"/> when null.</param>
    public PlanValidator(RuleCatalogue? catalogue = null, IClock? clock = null, CentralCampaignWindows? centralWindows = null)
        : base(catalogue, clock)
    {
        this.centralWindows = centralWindows ?? CentralCampaignWindows.Default;
    }

    /// <summary>Validates and returns the findings directly (the fast path, without FluentValidation's result objects).</summary>
    public ValidationReport Check(FestivalPlan plan, FestivalPlan? parent = null, LocalDate? on = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var facts = new PlanFacts(plan, PlanScanner.Scan(plan));
        return Check(plan, parent, on ?? facts.EffectiveDate ?? Today, facts);
    }

    /// <summary>
    /// Validates <paramref name="plan"/> the FluentValidation way (<c>validator.Validate(plan).IsValid</c>): one failure
    /// per finding, with the rule code as <c>ErrorCode</c> and the <see cref="Finding"/> as <c>CustomState</c>.
    /// <c>IsValid</c> is false as soon as there is any finding, warnings and notes included; to ask "may this plan be
    /// issued as it is?", use <see cref="Check(FestivalPlan, FestivalPlan?, LocalDate?)"/> and
    /// <see cref="ValidationReport.HasErrors"/>, which counts errors only.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="parent">The plan of the level above, when known.</param>
    /// <param name="on">The date whose requirements apply; by default the plan's own date.</param>
    /// <returns>The FluentValidation result.</returns>
    /// <example>
    /// <code>
    /// var result = new PlanValidator().Validate(plan);
    /// foreach (var failure in result.Errors)
    ///     Console.WriteLine($"{failure.ErrorCode} {failure.Severity}: {failure.ErrorMessage}");
    /// </code>
    /// </example>
    public ValidationResult Validate(FestivalPlan plan, FestivalPlan? parent = null, LocalDate? on = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Validate(new PlanValidationRequest(plan, parent, on));
    }

    /// <summary>
    /// Validates one plan on each of <paramref name="dates"/> (what would the plan face under the rules of each day),
    /// deriving its facts once for all of them. The reports come in the order of the dates.
    /// </summary>
    public ImmutableArray<ValidationReport> CheckOn(FestivalPlan plan, IEnumerable<LocalDate> dates, FestivalPlan? parent = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(dates);
        var facts = new PlanFacts(plan, PlanScanner.Scan(plan));
        return [.. dates.Select(d => Check(plan, parent, d, facts))];
    }

    private ValidationReport Check(FestivalPlan plan, FestivalPlan? parent, LocalDate on, PlanFacts facts)
        => Run(Catalogue.PlanRules, new PlanRuleContext(plan, parent, on, facts, centralWindows));

    private protected override ValidationReport CheckSubject(PlanValidationRequest subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return Check(subject.Plan, subject.Parent, subject.On);
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
                Rules.Severity.Error => FluentValidation.Severity.Error,
                Rules.Severity.Warning => FluentValidation.Severity.Warning,
                _ => FluentValidation.Severity.Info,
            },
            CustomState = finding,
            AttemptedValue = finding.Excerpt,
        };
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
