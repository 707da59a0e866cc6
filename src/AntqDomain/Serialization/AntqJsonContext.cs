using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AntqDomain.Serialization;

/// <summary>Source-generated System.Text.Json metadata for every JSON document of the library.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(FestivalYearDocument))]
[JsonSerializable(typeof(Plans.FestivalPlan))]
[JsonSerializable(typeof(Commendations.AwardProposal))]
[JsonSerializable(typeof(Movement.ModelAssessment))]
[JsonSerializable(typeof(SafetyStandard.SafetyAssessment))]
[JsonSerializable(typeof(Results.ResultsReport))]
[JsonSerializable(typeof(Committees.CommitteeAssessment))]
internal sealed partial class AntqJsonContext : JsonSerializerContext
{
    /// <summary>The context used by every reader and writer: as <see cref="Default"/>, with relaxed escaping so
    /// Vietnamese text stays readable in the output (the output is UTF-8 JSON, never embedded in HTML).</summary>
    internal static AntqJsonContext Relaxed { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new LocalDateJsonConverter() },
    });
}
