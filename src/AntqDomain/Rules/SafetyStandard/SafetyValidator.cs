using AntqDomain.SafetyStandard;
using System.Globalization;
using AntqDomain.Rules;
using FluentValidation;
using NodaTime;
using static AntqDomain.Language.RuleText;
using Severity = AntqDomain.Rules.FindingSeverity;

namespace AntqDomain.Rules;

/// <summary>
/// Checks safety-standard assessments (<em>kiểm tra hồ sơ tiêu chuẩn "An toàn về an ninh, trật tự"</em>) against the
/// rules of group 8xx in force on the proposal date. A FluentValidation validator; thread-safe.
/// </summary>
public sealed class SafetyValidator : RuleValidator<SafetyAssessment>
{
    /// <summary>A validator over <paramref name="catalogue"/> (the default when null); <paramref name="clock"/> gives the date when the year is impossible.</summary>
    /// <param name="catalogue">The rules to run; the default catalogue when null.</param>
    /// <param name="clock">Gives "today" when no date is given; the system clock when null.</param>
    public SafetyValidator(RuleCatalogue? catalogue = null, IClock? clock = null)
        : base(catalogue, clock)
    {
    }

    /// <summary>Checks <paramref name="assessment"/> on its proposal date (by default the last day of its period).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The findings, errors first, and the date used.</returns>
    public ValidationReport Check(SafetyAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        // An assessment built in code without a name is still checked (its lists are never unset).
        assessment = assessment with { Name = assessment.Name ?? "?" };

        LocalDate date = assessment.ProposedOn ?? (assessment.Year is >= 2 and <= 9999 ? assessment.Period.End : Today);
        var context = new SafetyRuleContext(assessment, date);
        return Run(Catalogue.SafetyRules, context);
    }

    private protected override ValidationReport CheckSubject(ValidationContext<SafetyAssessment> context) => Check(context.InstanceToValidate);
}
