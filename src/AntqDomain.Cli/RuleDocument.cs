using System.Text.Json.Serialization;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AntqDomain.Rules;
using AntqDomain.Legal;

namespace AntqDomain.Cli;

/// <summary>One rule in the JSON output of <c>antq rules</c>.</summary>
/// <param name="Code">Rule code.</param>
/// <param name="Severity">"error", "warning" or "info".</param>
/// <param name="From">First day in force (ISO), or null.</param>
/// <param name="To">Last day in force (ISO), or null.</param>
/// <param name="Citation">The legal source.</param>
/// <param name="TitleVi">What it checks, in Vietnamese.</param>
/// <param name="TitleEn">What it checks, in English.</param>
/// <param name="Fixable">Whether its findings can carry a suggested fix.</param>
internal sealed record RuleDocument(string Code, string Severity, string? From, string? To, string Citation, string TitleVi, string TitleEn, bool Fixable = false)
{
    /// <summary>The document of a rule.</summary>
    public static RuleDocument Of(RuleDefinition r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Code.Value, r.Severity.ToString().ToLowerInvariant(), r.Period.From?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), r.Period.To?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), r.Citation.ToString(), r.TitleVi, r.TitleEn, r.Fixable);
    }

    /// <summary>The rules as indented JSON.</summary>
    public static string ToJson(IEnumerable<RuleDefinition> rules)
        => JsonSerializer.Serialize(rules.Select(Of).ToImmutableArray(), CliJsonContext.Relaxed.ImmutableArrayRuleDocument);
}
