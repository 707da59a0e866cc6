using System.Text.Json;
using System.Text.Json.Schema;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Serialization;

public class PlanSchemaTests
{
    [Fact]
    public void The_json_schema_in_docs_matches_the_serializer_contract()
    {
        var node = JsonSchemaExporter.GetJsonSchemaAsNode(AntqJsonContext.Relaxed.FestivalPlan, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        node["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        node["title"] = "AntqDomain festival plan (Kế hoạch)";
        string expected = node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
        string path = Repo.PathOf("docs", "plan.schema.json");
        if (Environment.GetEnvironmentVariable("ANTQ_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == expected, "docs/plan.schema.json is stale: run the tests once with ANTQ_UPDATE_DOCS=1.");
    }

    [Fact]
    public void The_json_example_in_docs_is_the_conversion_of_the_text_example()
        => Assert.Equal(
            PlanJson.Write(Examples.Read(Examples.CleanProvincePlanText)) + "\n",
            File.ReadAllText(Repo.PathOf("docs", "examples", "province-plan-2026.json")).ReplaceLineEndings("\n"));
}
