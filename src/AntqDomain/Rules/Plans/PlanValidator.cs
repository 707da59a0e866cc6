using AntqDomain.Calendar;
using System.Collections.Immutable;
using AntqDomain.Plans;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>
/// Validates festival plans against the rules in force on their date (<em>kiểm tra Kế hoạch</em>). A FluentValidation
/// validator of <see cref="FestivalPlan"/>: each <see cref="ValidationFailure"/> carries the rule code as
/// <c>ErrorCode</c>, the severity, the message in the current UI culture (Vietnamese by default) and the full
/// <see cref="Finding"/> (citation, location, both languages) as <c>CustomState</c>. The plan of the level above and
/// the date whose rules apply are optional inputs: arguments of <see cref="Check(FestivalPlan, FestivalPlan?, LocalDate?)"/>
/// and <see cref="Validate(FestivalPlan, FestivalPlan?, LocalDate?)"/>, or entries <see cref="ParentKey"/> and
/// <see cref="OnKey"/> of a FluentValidation context's <c>RootContextData</c>. Build once and share: instances are
/// thread-safe.
/// </summary>
/// <example>
/// <code>
/// var validator = new PlanValidator();
/// ValidationReport report = validator.Check(plan);          // the findings, errors first
/// bool mayBeIssued = !report.HasErrors;                      // warnings and notes do not block
/// ValidationResult result = validator.Validate(plan);       // the FluentValidation result
/// </code>
/// </example>
public sealed class PlanValidator : RuleValidator<FestivalPlan>
{
    /// <summary>The <c>RootContextData</c> key of the plan of the level above (a <see cref="FestivalPlan"/>).</summary>
    public const string ParentKey = "antq.parent";

    /// <summary>The <c>RootContextData</c> key of the date whose requirements apply (a <see cref="LocalDate"/>).</summary>
    public const string OnKey = "antq.on";

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
    /// <param name="plan">The plan.</param>
    /// <param name="parent">The plan of the level above, when known: the cascade rules (ANTQ5xx) compare the two.</param>
    /// <param name="on">The date whose requirements apply; by default the plan's own date (or today by the clock when it has none).</param>
    /// <returns>The report: the findings, errors first, and the date used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public ValidationReport Check(FestivalPlan plan, FestivalPlan? parent = null, LocalDate? on = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        using var facts = PlanFacts.Of(plan);
        return Check(plan, parent, on ?? facts.EffectiveDate ?? Today, facts);
    }

    /// <summary>
    /// Validates <paramref name="plan"/> the FluentValidation way with the plan above and the date given: one failure
    /// per finding, with the rule code as <c>ErrorCode</c> and the <see cref="Finding"/> as <c>CustomState</c>.
    /// <c>IsValid</c> is false as soon as there is any finding, warnings and notes included; to ask "may this plan be
    /// issued as it is?", use <see cref="Check(FestivalPlan, FestivalPlan?, LocalDate?)"/> and
    /// <see cref="ValidationReport.HasErrors"/>, which counts errors only. Without a parent or a date, call the
    /// inherited <c>Validate(plan)</c>.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="parent">The plan of the level above, or null.</param>
    /// <param name="on">The date whose requirements apply; by default the plan's own date.</param>
    /// <returns>The FluentValidation result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <example>
    /// <code>
    /// var result = new PlanValidator().Validate(communePlan, provincePlan, new LocalDate(2026, 8, 1));
    /// foreach (var failure in result.Errors)
    ///     Console.WriteLine($"{failure.ErrorCode} {failure.Severity}: {failure.ErrorMessage}");
    /// </code>
    /// </example>
    public ValidationResult Validate(FestivalPlan plan, FestivalPlan? parent, LocalDate? on = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var context = new ValidationContext<FestivalPlan>(plan);
        if (parent is not null)
        {
            context.RootContextData[ParentKey] = parent;
        }

        if (on is { } date)
        {
            context.RootContextData[OnKey] = date;
        }

        return Validate(context);
    }

    /// <summary>
    /// Validates one plan on each of <paramref name="dates"/> (what would the plan face under the rules of each day),
    /// deriving its facts once for all of them. The reports come in the order of the dates.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="dates">The dates whose requirements apply, one report each.</param>
    /// <param name="parent">The plan of the level above, when known.</param>
    /// <returns>One report per date, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="dates"/> is null.</exception>
    public ImmutableArray<ValidationReport> CheckOn(FestivalPlan plan, IEnumerable<LocalDate> dates, FestivalPlan? parent = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(dates);
        using var facts = PlanFacts.Of(plan);
        return [.. dates.Select(d => Check(plan, parent, d, facts))];
    }

    private ValidationReport Check(FestivalPlan plan, FestivalPlan? parent, LocalDate on, PlanFacts facts)
        => Run(Catalogue.PlanRules, new PlanRuleContext(plan, parent, on, facts, centralWindows));

    private protected override ValidationReport CheckSubject(ValidationContext<FestivalPlan> context)
    {
        var data = context.RootContextData;
        var parent = data.TryGetValue(ParentKey, out object? p) ? p as FestivalPlan ?? throw new ArgumentException($"RootContextData[\"{ParentKey}\"] must be a FestivalPlan.", nameof(context)) : null;
        LocalDate? on = data.TryGetValue(OnKey, out object? d) ? d as LocalDate? ?? throw new ArgumentException($"RootContextData[\"{OnKey}\"] must be a NodaTime LocalDate.", nameof(context)) : null;
        return Check(context.InstanceToValidate, parent, on);
    }
}
