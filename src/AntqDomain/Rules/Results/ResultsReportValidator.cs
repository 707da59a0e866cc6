using AntqDomain.Results;
using System.Collections.Immutable;
using System.Globalization;
using AntqDomain.Rules;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>
/// Checks a results report and every report under it (<em>kiểm tra báo cáo kết quả</em>) against the ANTQ9xx rules in
/// force on its date: totals against the units below, percentages against counts, impossible figures, the period,
/// the level, the deadline and year-on-year jumps. Findings of a child point into <c>$.children[i]</c>. A
/// FluentValidation validator; build once and share: instances are thread-safe.
/// </summary>
public sealed class ResultsReportValidator : RuleValidator<ResultsReport>
{
    /// <summary>A validator over <paramref name="catalogue"/> (the default when null).</summary>
    /// <param name="catalogue">The rules; <see cref="RuleCatalogue.Default"/> when null.</param>
    /// <param name="clock">The clock (unused by the rules today; kept for the validators' common shape).</param>
    /// <param name="jumpFactor">How many times larger (or smaller) than the year before a figure must be to be pointed out (ANTQ908); 3 by default.</param>
    public ResultsReportValidator(RuleCatalogue? catalogue = null, IClock? clock = null, decimal jumpFactor = 3m)
        : base(catalogue, clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(jumpFactor, 1m);
        JumpFactor = jumpFactor;
    }

    /// <summary>The year-on-year factor of ANTQ908.</summary>
    public decimal JumpFactor { get; }

    /// <summary>Checks <paramref name="report"/> and, depth first, every report under it.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The findings, dated by the top report's date.</returns>
    public ValidationReport Check(ResultsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        Walk(report, "$", findings, 0);
        return new ValidationReport(findings.ToImmutable(), report.EffectiveDate);
    }

    private void Walk(ResultsReport report, string path, ImmutableArray<Finding>.Builder findings, int depth)
    {
        if (depth > 16)
        {
            return;
        }

        var context = new ResultsRuleContext(Sanitize(report), path, report.EffectiveDate, JumpFactor);
        findings.AddRange(Run(Catalogue.ResultsRules, context).Findings);
        var children = report.Children;
        for (int i = 0; i < children.Length; i++)
        {
            Walk(children[i], string.Create(CultureInfo.InvariantCulture, $"{path}.children[{i}]"), findings, depth + 1);
        }
    }

    /// <summary>The report with a name for a unit left unset (its lists are never unset and hold no null: the model sees to that).</summary>
    private static ResultsReport Sanitize(ResultsReport r) => r with { Unit = r.Unit ?? "?" };

    private protected override ValidationReport CheckSubject(FluentValidation.ValidationContext<ResultsReport> context) => Check(context.InstanceToValidate);
}
