using AntqDomain.Commendations;
using AntqDomain.Rules;
using FluentValidation;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>
/// Checks commendation proposals (<em>kiểm tra đề nghị khen thưởng</em>) against the rules of group 6xx in force on
/// the proposal date. A FluentValidation validator: each failure carries the rule code as <c>ErrorCode</c> and the
/// full <see cref="Finding"/> as <c>CustomState</c>. Build once and share: instances are thread-safe.
/// </summary>
public sealed class AwardValidator : RuleValidator<AwardProposal>
{
    private readonly AuthorityTable authorities;

    /// <summary>
    /// A validator over <paramref name="catalogue"/> (the default when null) and <paramref name="authorities"/>
    /// (the built-in table when null); <paramref name="clock"/> gives "today", against which proposal dates in the
    /// future are reported.
    /// </summary>
    /// <param name="catalogue">The rules to run; the default catalogue when null.</param>
    /// <param name="clock">Gives "today" when no date is given; the system clock when null.</param>
    /// <param name="authorities">Who may decide which form; the built-in table when null.</param>
    public AwardValidator(RuleCatalogue? catalogue = null, IClock? clock = null, AuthorityTable? authorities = null)
        : base(catalogue, clock)
        => this.authorities = authorities ?? AuthorityTable.Default;

    /// <summary>Checks <paramref name="proposal"/> and returns the findings; eligible when <see cref="ValidationReport.HasErrors"/> is false.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The findings, errors first, and the date used.</returns>
    /// <example>
    /// <code>
    /// var proposal = new AwardProposal
    /// {
    ///     Nominee = new Nominee { Name = "Tổ tự quản thôn Đông", Kind = NomineeKind.Collective },
    ///     Form = CommendationForm.CommendationCertificate,
    ///     Authority = Authority.CommuneChair,
    ///     Date = new LocalDate(2026, 8, 19),
    /// };
    /// bool eligible = !new AwardValidator().Check(proposal).HasErrors;
    /// </code>
    /// </example>
    public ValidationReport Check(AwardProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var context = new AwardRuleContext(Sanitize(proposal), Today, authorities);
        return Run(Catalogue.AwardRules, context);
    }

    private protected override ValidationReport CheckSubject(ValidationContext<AwardProposal> context) => Check(context.InstanceToValidate);

    /// <summary>
    /// The proposal with a nominee and a name for them even when left unset, so that a proposal built carelessly in
    /// code gets findings rather than an exception (its lists are never unset and hold no null: the model sees to that).
    /// </summary>
    private static AwardProposal Sanitize(AwardProposal p)
    {
        var n = p.Nominee ?? new Nominee { Name = "?" };
        return p with { Nominee = n with { Name = n.Name ?? "?" } };
    }
}
