using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Serialization;

public class SubjectSchemaTests
{
    public static TheoryData<string> Kinds() => [SubjectKinds.AwardProposal, SubjectKinds.MovementModel, SubjectKinds.SafetyAssessment, SubjectKinds.ResultsReport, SubjectKinds.SteeringCommittee];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_json_schema_of_each_document_kind_in_docs_matches_the_serializer_contract(string kind)
    {
        var (info, file, title) = kind switch
        {
            SubjectKinds.AwardProposal => ((JsonTypeInfo)AntqJsonContext.Relaxed.AwardProposal, "award-proposal.schema.json", "AntqDomain commendation proposal (đề nghị khen thưởng)"),
            SubjectKinds.MovementModel => (AntqJsonContext.Relaxed.ModelAssessment, "movement-model.schema.json", "AntqDomain movement model on a date (mô hình)"),
            SubjectKinds.SteeringCommittee => (AntqJsonContext.Relaxed.CommitteeAssessment, "steering-committee.schema.json", "AntqDomain steering committee on a date (Ban Chỉ đạo)"),
            SubjectKinds.ResultsReport => (AntqJsonContext.Relaxed.ResultsReport, "results-report.schema.json", "AntqDomain results report (báo cáo kết quả tổ chức Ngày hội)"),
            _ => (AntqJsonContext.Relaxed.SafetyAssessment, "safety-assessment.schema.json", "AntqDomain safety-standard assessment (tiêu chuẩn \"An toàn về an ninh, trật tự\")"),
        };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(info, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = DescribeValueObjects }).AsObject();
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = title,
            ["type"] = "object",
            ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind } },
            ["required"] = new JsonArray("kind"),
        };
        foreach (var (name, value) in schema["properties"]!.AsObject().ToList())
        {
            schema["properties"]!.AsObject().Remove(name);
            document["properties"]!.AsObject()[name] = value;
        }

        if (schema["required"] is JsonArray required)
        {
            foreach (var r in required.ToList())
            {
                document["required"]!.AsArray().Add(r!.GetValue<string>());
            }
        }

        string expected = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
        string path = Repo.PathOf("docs", file);
        if (Environment.GetEnvironmentVariable("ANTQ_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == expected, $"docs/{file} is stale: run the tests once with ANTQ_UPDATE_DOCS=1.");
    }

    /// <summary>
    /// Value objects written as strings by their own converters get the schema of that string (the exporter leaves
    /// them open, and skips the transform for a nullable one with a default, hence the pass over object properties).
    /// </summary>
    private static JsonNode DescribeValueObjects(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.TypeInfo.Type == typeof(AntqDomain.Commendations.Authority))
        {
            return AuthoritySchema(nullable: false);
        }

        if (schema is JsonObject { } o && o["properties"] is JsonObject properties)
        {
            foreach (var p in context.TypeInfo.Properties)
            {
                if (p.PropertyType == typeof(AntqDomain.Commendations.Authority) && properties[p.Name] is JsonObject existing && existing["type"] is null)
                {
                    var replaced = AuthoritySchema(nullable: p.IsGetNullable);
                    if (existing["default"] is { } d)
                    {
                        replaced["default"] = d.DeepClone();
                    }

                    properties[p.Name] = replaced;
                }
            }
        }

        return schema;
    }

    private static JsonObject AuthoritySchema(bool nullable) => new()
    {
        ["type"] = nullable ? new JsonArray("string", "null") : "string",
        ["pattern"] = "^[A-Z][A-Za-z0-9]{0,63}$",
        ["description"] = "A built-in authority code, or one defined for a custom authority table.",
        ["examples"] = new JsonArray([.. AntqDomain.Commendations.Authority.BuiltIn.Select(a => (JsonNode)a.Code)]),
    };
}
