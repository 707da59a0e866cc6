using System.Text.Json.Serialization;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AntqDomain.Rules;
using AntqDomain.Reading;

namespace AntqDomain.Cli;

/// <summary>One reader diagnostic in the JSON report (<em>thông báo khi đọc</em>).</summary>
/// <param name="Code">Diagnostic code ("ANTQ001").</param>
/// <param name="Severity">"error", "warning" or "info".</param>
/// <param name="Message">The message in the chosen language.</param>
/// <param name="Line">1-based line (text input), or null.</param>
/// <param name="Column">1-based column (text input), or null.</param>
/// <param name="Path">JSON path (JSON input), or null.</param>
/// <param name="Paragraph">For a Word file: the paragraph, counted from 1 over the body (table cells included); else null.</param>
internal sealed record DiagnosticDocument(string Code, string Severity, string Message, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Line, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Column, string? Path, int? Paragraph = null)
{
    /// <summary>The documents of <paramref name="diagnostics"/>, or null when there are none.</summary>
    public static ImmutableArray<DiagnosticDocument>? Of(ImmutableArray<ReadDiagnostic> diagnostics, bool textInput, CultureInfo? culture)
        => diagnostics.IsDefaultOrEmpty ? null : [.. diagnostics.Select(d => new DiagnosticDocument(
            d.Code, d.Severity.ToString().ToLowerInvariant(), d.Message(culture), textInput ? d.At?.Line : null, textInput ? d.At?.Column : null, d.At?.Path))];
}
