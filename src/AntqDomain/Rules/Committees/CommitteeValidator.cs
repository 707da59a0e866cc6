using AntqDomain.Committees;
using AntqDomain.Rules;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>
/// Checks a steering committee on a date (<em>kiểm tra Ban Chỉ đạo</em>) against the ANTQ95x rules: its head, its
/// standing deputy and agency, its name for its level, a district committee after the reform, posts that no longer
/// exist. A FluentValidation validator; build once and share: instances are thread-safe.
/// </summary>
public sealed class CommitteeValidator : RuleValidator<CommitteeAssessment>
{
    /// <summary>A validator over <paramref name="catalogue"/> (the default when null); <paramref name="clock"/> gives the date when none is asked for.</summary>
    /// <param name="catalogue">The rules; <see cref="RuleCatalogue.Default"/> when null.</param>
    /// <param name="clock">The clock giving "today".</param>
    public CommitteeValidator(RuleCatalogue? catalogue = null, IClock? clock = null)
        : base(catalogue, clock)
    {
    }

    /// <summary>Checks <paramref name="committee"/> on <paramref name="on"/> (today by the clock when null).</summary>
    /// <param name="committee">The committee.</param>
    /// <param name="on">The date.</param>
    /// <returns>The findings.</returns>
    public ValidationReport Check(SteeringCommittee committee, LocalDate? on = null)
    {
        ArgumentNullException.ThrowIfNull(committee);
        var sane = committee with
        {
            Name = committee.Name ?? "?",
            Members = committee.Members.IsDefault ? [] : [.. committee.Members.Where(m => m is not null).Select(m => m with { Name = m.Name ?? "?", Position = m.Position ?? string.Empty })],
        };
        return Run(Catalogue.CommitteeRules, new CommitteeRuleContext(sane, on ?? Today));
    }

    private protected override ValidationReport CheckSubject(FluentValidation.ValidationContext<CommitteeAssessment> context) => Check(context.InstanceToValidate.Committee, context.InstanceToValidate.On);
}
