using System.Text.Json.Serialization;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Legal;
using AntqDomain.Reading;

namespace AntqDomain.Serialization;

/// <summary>The JSON report of <c>antq validate --format json</c> (<em>báo cáo kiểm tra</em>).</summary>
/// <param name="Files">One entry per input file.</param>
/// <param name="Parent">The parent plan given with <c>--parent</c>, when it could not be read (with its diagnostics); else null.</param>
public sealed record ReportDocument(ImmutableArray<FileReport> Files, FileReport? Parent = null)
{
    /// <summary>The report as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, AntqJsonContext.Relaxed.ReportDocument);
}

/// <summary>The report of one file.</summary>
/// <param name="File">The file name as given ("-" for standard input).</param>
/// <param name="Plan">A summary of the plan read, or null when it could not be read.</param>
/// <param name="Findings">The findings.</param>
/// <param name="Error">Why the file could not be read, or null.</param>
/// <param name="Kind">What the file holds: "plan", "awardProposal", "movementModel" or "safetyAssessment"; null when unreadable.</param>
/// <param name="Subject">For a document other than a plan: the name of the nominee, model or unit.</param>
/// <param name="CheckedOn">The date whose rules were applied (ISO): the plan's date, the proposal's date, or the date a model or assessment was judged on ("today" by the clock when none was given).</param>
/// <param name="Diagnostics">What the reader said about the input (errors, warnings and notes), or null when it said nothing.</param>
public sealed record FileReport(
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
        var first = all.FirstOrDefault(d => d.Severity == Rules.Severity.Error) ?? all.FirstOrDefault();
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

/// <summary>One reader diagnostic in the JSON report (<em>thông báo khi đọc</em>).</summary>
/// <param name="Code">Diagnostic code ("ANTQ001").</param>
/// <param name="Severity">"error", "warning" or "info".</param>
/// <param name="Message">The message in the chosen language.</param>
/// <param name="Line">1-based line (text input), or null.</param>
/// <param name="Column">1-based column (text input), or null.</param>
/// <param name="Path">JSON path (JSON input), or null.</param>
/// <param name="Paragraph">For a Word file: the paragraph, counted from 1 over the body (table cells included); else null.</param>
public sealed record DiagnosticDocument(string Code, string Severity, string Message, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Line, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Column, string? Path, int? Paragraph = null)
{
    /// <summary>The documents of <paramref name="diagnostics"/>, or null when there are none.</summary>
    public static ImmutableArray<DiagnosticDocument>? Of(ImmutableArray<ReadDiagnostic> diagnostics, bool textInput, CultureInfo? culture)
        => diagnostics.IsDefaultOrEmpty ? null : [.. diagnostics.Select(d => new DiagnosticDocument(
            d.Code, d.Severity.ToString().ToLowerInvariant(), d.Message(culture), textInput ? d.At?.Line : null, textInput ? d.At?.Column : null, d.At?.Path))];
}

/// <summary>What the report says of the plan.</summary>
/// <param name="Number">Number and symbol as written.</param>
/// <param name="Issued">Issue date (ISO), or null for an undated draft.</param>
/// <param name="Year">The festival year.</param>
/// <param name="Level">"central", "province", "district", "commune", "sector" or "unknown".</param>
/// <param name="DocumentKind">"festivalPlan", "movementPlan", "report" or "other" (see <see cref="Plans.DocumentKind"/>).</param>
public sealed record PlanSummary([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Number, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Issued, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Year, string Level, string DocumentKind = "festivalPlan");

/// <summary>One finding in the JSON report.</summary>
/// <param name="Code">Rule code.</param>
/// <param name="Severity">"error", "warning" or "info".</param>
/// <param name="Message">The message in the chosen language.</param>
/// <param name="Citation">The legal source.</param>
/// <param name="Line">1-based line (text input), or null.</param>
/// <param name="Column">1-based column (text input), or null.</param>
/// <param name="Excerpt">The evidence as written, or null.</param>
/// <param name="Path">JSON path of the evidence (JSON input, and the model path of text findings), or null.</param>
/// <param name="Paragraph">For a Word file: the paragraph, counted from 1 over the body (table cells included); else null.</param>
/// <param name="Table">For a Word file: the table holding the paragraph, from 1; else null.</param>
/// <param name="Row">For a Word file: the table row, from 1; else null.</param>
/// <param name="Cell">For a Word file: the table cell, from 1; else null.</param>
public sealed record FindingDocument(string Code, string Severity, string Message, string Citation, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Line, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Column, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Excerpt, string? Path, int? Paragraph = null, int? Table = null, int? Row = null, int? Cell = null)
{
    /// <summary>The suggested fix (text input only), or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FixDocument? Fix { get; init; }

    /// <summary>The document for a finding.</summary>
    public static FindingDocument From(Finding f, bool textInput, CultureInfo? culture)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new FindingDocument(
            f.Code.Value,
            f.Severity.ToString().ToLowerInvariant(),
            f.Message(culture),
            f.Citation.ToString(),
            textInput ? f.Location?.Line : null,
            textInput ? f.Location?.Column : null,
            MessageTemplate.Cap(f.Excerpt),
            textInput ? f.Location?.Path : f.Location?.Path ?? "$")
        {
            Fix = textInput && f.Fix is { } fix
                ? new FixDocument(fix.Description(culture), [.. fix.Edits.Select(e => new EditDocument(e.Span.Line ?? 0, e.Span.Column ?? 0, e.Span.Length ?? 0, e.Replacement))])
                : null,
        };
    }
}

/// <summary>A suggested fix in the JSON report: what it does and its edits.</summary>
/// <param name="Description">What the fix does, in the report's language.</param>
/// <param name="Edits">The edits.</param>
public sealed record FixDocument(string Description, ImmutableArray<EditDocument> Edits);

/// <summary>One edit of a fix: replace <paramref name="Length"/> characters at line and column (1-based) with the replacement.</summary>
/// <param name="Line">The line.</param>
/// <param name="Column">The column.</param>
/// <param name="Length">How many characters are replaced (0 inserts).</param>
/// <param name="Replacement">The new text.</param>
public sealed record EditDocument(int Line, int Column, int Length, string Replacement);

/// <summary>One rule in the JSON output of <c>antq rules</c>.</summary>
/// <param name="Code">Rule code.</param>
/// <param name="Severity">"error", "warning" or "info".</param>
/// <param name="From">First day in force (ISO), or null.</param>
/// <param name="To">Last day in force (ISO), or null.</param>
/// <param name="Citation">The legal source.</param>
/// <param name="TitleVi">What it checks, in Vietnamese.</param>
/// <param name="TitleEn">What it checks, in English.</param>
/// <param name="Fixable">Whether its findings can carry a suggested fix.</param>
public sealed record RuleDocument(string Code, string Severity, string? From, string? To, string Citation, string TitleVi, string TitleEn, bool Fixable = false)
{
    /// <summary>The document of a rule.</summary>
    public static RuleDocument Of(RuleDefinition r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Code.Value, r.Severity.ToString().ToLowerInvariant(), r.Period.From?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), r.Period.To?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), r.Citation.ToString(), r.TitleVi, r.TitleEn, r.Fixable);
    }

    /// <summary>The rules as indented JSON.</summary>
    public static string ToJson(IEnumerable<RuleDefinition> rules)
        => JsonSerializer.Serialize(rules.Select(Of).ToImmutableArray(), AntqJsonContext.Relaxed.ImmutableArrayRuleDocument);
}
