using System.Globalization;
using AntqDomain.Documents;
using AntqDomain.Internal;
using AntqDomain.Legal;

namespace AntqDomain.Rules;

/// <summary>
/// One result of validation (<em>phát hiện</em>): the rule code, severity, message in Vietnamese and English, the
/// legal source, where the evidence is (line/column for text input, a JSON path otherwise) and the evidence itself.
/// </summary>
/// <param name="Code">The rule code.</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="MessageVi">The message in Vietnamese (NFC).</param>
/// <param name="MessageEn">The message in English.</param>
/// <param name="Citation">The legal source.</param>
/// <param name="Location">Where the evidence is, or null for the plan as a whole.</param>
/// <param name="Excerpt">The evidence as written ("76 năm"), or null.</param>
public sealed record Finding(RuleCode Code, FindingSeverity Severity, string MessageVi, string MessageEn, Citation Citation, Location? Location, string? Excerpt)
{
    /// <summary>The message in the language of <paramref name="culture"/> (Vietnamese unless English is asked; the current UI culture when null).</summary>
    /// <param name="culture">The language: English when its two-letter name is "en", Vietnamese otherwise; the current UI culture when null.</param>
    /// <returns>The message in that language.</returns>
    public string Message(CultureInfo? culture = null) => Localization.Pick(culture, MessageVi, MessageEn);

    /// <summary>The mechanical repair, when the defect has one right answer and the finding has a text position; else null.</summary>
    public SuggestedFix? Fix { get; init; }

    /// <summary>"ANTQ201 error 14:37 …".</summary>
    /// <returns>The code, severity, location and English message.</returns>
    public override string ToString() => $"{Code} {Severity} {Location} {MessageEn}";

    /// <summary>
    /// This finding as a FluentValidation failure: the JSON path of its location as the property name, the message in
    /// the current UI culture, the rule code as <c>ErrorCode</c>, the severity mapped to FluentValidation's, the excerpt
    /// as the attempted value and the finding itself as <c>CustomState</c>.
    /// </summary>
    /// <returns>A new failure.</returns>
    public FluentValidation.Results.ValidationFailure ToValidationFailure() => new(Location?.Path ?? "$", Message())
    {
        ErrorCode = Code.Value,
        Severity = this.Severity switch
        {
            FindingSeverity.Error => FluentValidation.Severity.Error,
            FindingSeverity.Warning => FluentValidation.Severity.Warning,
            _ => FluentValidation.Severity.Info,
        },
        CustomState = this,
        AttemptedValue = Excerpt,
    };
}
