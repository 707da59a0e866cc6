using System.Text.Json.Serialization;
using AntqDomain.Documents;
using AntqDomain.Rules;

namespace AntqDomain.Reading;

/// <summary>
/// A message from a reader (<em>thông báo khi đọc văn bản</em>) about the input itself, not about the law: text that
/// was not placed, text that was normalised, or input that could not be read. Codes are <c>ANTQ0xx</c>.
/// </summary>
/// <param name="Code">A stable code ("ANTQ001").</param>
/// <param name="Severity">How serious it is; an <see cref="FindingSeverity.Error"/> means no plan could be read.</param>
/// <param name="MessageVi">The message in Vietnamese.</param>
/// <param name="MessageEn">The message in English.</param>
/// <param name="At">Where it applies, or null for the whole input.</param>
public sealed record ReadDiagnostic(string Code, FindingSeverity Severity, string MessageVi, string MessageEn, Location? At = null)
{
    /// <summary>The message in the language of <paramref name="culture"/> (Vietnamese unless English is asked).</summary>
    /// <param name="culture">The language: English when its two-letter name is "en", Vietnamese otherwise; the current UI culture when null.</param>
    /// <returns>The message in that language.</returns>
    public string Message(System.Globalization.CultureInfo? culture = null) => Internal.Localization.Pick(culture, MessageVi, MessageEn);
}
