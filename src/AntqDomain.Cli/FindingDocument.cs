using System.Text.Json.Serialization;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AntqDomain.Rules;
using AntqDomain.Legal;
using AntqDomain.Reading;

namespace AntqDomain.Cli;

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
internal sealed record FindingDocument(string Code, string Severity, string Message, string Citation, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Line, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Column, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Excerpt, string? Path, int? Paragraph = null, int? Table = null, int? Row = null, int? Cell = null)
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
