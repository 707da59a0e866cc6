using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AntqDomain.Serialization;

namespace AntqDomain.Cli;

/// <summary>Source-generated System.Text.Json metadata for the reports of <c>antq</c> (not part of the library's API).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(ReportDocument))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<RuleDocument>))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>As <see cref="Default"/>, with relaxed escaping so Vietnamese text stays readable (the output is UTF-8 JSON, never embedded in HTML).</summary>
    internal static CliJsonContext Relaxed { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new LocalDateJsonConverter() },
    });
}
