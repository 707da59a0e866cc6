using AntqDomain.Serialization;
using System.Text.Json.Serialization;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Reading;

namespace AntqDomain.Cli;

/// <summary>The report of one file.</summary>
/// <param name="File">The file name as given ("-" for standard input).</param>
/// <param name="Plan">A summary of the plan read, or null when it could not be read.</param>
/// <param name="Findings">The findings.</param>
/// <param name="Error">Why the file could not be read, or null.</param>
/// <param name="Kind">What the file holds: "plan", "awardProposal", "movementModel" or "safetyAssessment"; null when unreadable.</param>
/// <param name="Subject">For a document other than a plan: the name of the nominee, model or unit.</param>
/// <param name="CheckedOn">The date whose rules were applied (ISO): the plan's date, the proposal's date, or the date a model or assessment was judged on ("today" by the clock when none was given).</param>
/// <param name="Diagnostics">What the reader said about the input (errors, warnings and notes), or null when it said nothing.</param>
internal sealed record FileReport(
    [property: JsonPropertyOrder(-2)] string File,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] PlanSummary? Plan,
    ImmutableArray<FindingDocument> Findings,
    string? Error = null,
    [property: JsonPropertyOrder(-1)] string? Kind = null,
    [property: JsonPropertyOrder(-1)] string? Subject = null,
    [property: JsonPropertyOrder(-1)] string? CheckedOn = null,
    ImmutableArray<DiagnosticDocument>? Diagnostics = null)
{
    /// <summary>The report of a commendation proposal, movement model or safety assessment.</summary>
    public static FileReport ForSubject(string file, string kind, string subject, ValidationReport report, CultureInfo? culture, bool textInput = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new FileReport(file, null, [.. report.Findings.Select(f => FindingDocument.From(f, textInput, culture))], null, kind, MessageTemplate.Cap(subject),
            report.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>The report of a file that could not be read: no plan, the reason and every diagnostic.</summary>
    public static FileReport Unreadable(string file, IEnumerable<ReadDiagnostic> diagnostics, bool textInput, CultureInfo? culture)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var all = diagnostics.ToImmutableArray();
        var first = all.FirstOrDefault(d => d.Severity == Rules.FindingSeverity.Error) ?? all.FirstOrDefault();
        return new FileReport(file, null, [], first?.Message(culture), Diagnostics: DiagnosticDocument.Of(all, textInput, culture));
    }

    /// <summary>The report of a file read and validated.</summary>
    public static FileReport From(string file, FestivalPlan plan, ValidationReport report, bool textInput, CultureInfo? culture)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(report);
        return new FileReport(
            file,
            new PlanSummary(
                MessageTemplate.Cap(plan.NumberText),
                plan.IssueDate?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                plan.FestivalYear,
                plan.Issuer.Level.ToString().ToLowerInvariant(),
                JsonNamingPolicy.CamelCase.ConvertName(plan.DocumentKind.ToString())),
            [.. report.Findings.Select(f => FindingDocument.From(f, textInput, culture))],
            Kind: Serialization.SubjectKinds.Plan,
            CheckedOn: report.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
    }
}
