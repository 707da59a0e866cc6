using AntqDomain.Rules;
using FluentValidation;
using NodaTime;

namespace AntqDomain.Commendations;

/// <summary>
/// Checks commendation proposals (<em>kiểm tra đề nghị khen thưởng</em>) against the rules of group 6xx in force on
/// the proposal date. A FluentValidation validator: each failure carries the rule code as <c>ErrorCode</c> and the
/// full <see cref="Finding"/> as <c>CustomState</c>. Build once and share: instances are thread-safe.
/// </summary>
public sealed class AwardValidator : AbstractValidator<AwardProposal>
{
    private readonly RuleCatalogue catalogue;
    private readonly IClock clock;
    private readonly AuthorityTable authorities;

    /// <summary>
    /// A validator over <paramref name="catalogue"/> (the default when null) and <paramref name="authorities"/>
    /// (the built-in table when null); <paramref name="clock"/> gives "today", against which proposal dates in the
    /// future are reported.
    /// </summary>
    public AwardValidator(RuleCatalogue? catalogue = null, IClock? clock = null, AuthorityTable? authorities = null)
    {
        this.catalogue = catalogue ?? RuleCatalogue.Default;
        this.clock = clock ?? SystemClock.Instance;
        this.authorities = authorities ?? AuthorityTable.Default;
        RuleFor(x => x).Custom((proposal, context) =>
        {
            foreach (var f in Check(proposal).Findings)
            {
                context.AddFailure(PlanValidator.ToFailure(f));
            }
        });
    }

    /// <summary>Checks <paramref name="proposal"/> and returns the findings; eligible when <see cref="ValidationReport.HasErrors"/> is false.</summary>
    public ValidationReport Check(AwardProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        if (proposal.Nominee is null)
        {
            throw new ArgumentException("The proposal has no nominee.", nameof(proposal));
        }

        var findings = new List<Finding>(0);
        catalogue.AwardRules.Run(new AwardRuleContext(proposal, clock.GetCurrentInstant().InUtc().Date, authorities, findings));
        return new ValidationReport(findings.Count == 0 ? [] : [.. findings], proposal.Date);
    }
}
