using System.Text.Json;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Cli;

/// <summary><c>antq validate --format sarif</c> writes a SARIF 2.1.0 log with the structure the standard requires.</summary>
public class SarifOutputTests
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    private static JsonElement Run(params string[] files)
    {
        var (_, output, _) = CalendarCommandTests.Run(["validate", .. files, "--format", "sarif", "--lang", "en"]);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    /// <summary>The SARIF 2.1.0 schema's required structure, checked on a log.</summary>
    private static void AssertValidSarif(JsonElement log)
    {
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        var run = Assert.Single(log.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("name").GetString()));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("id").GetString()));
            Assert.Contains(r.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Levels);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()));
        });
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            Assert.Contains(result.GetProperty("level").GetString(), Levels);
            string id = result.GetProperty("ruleId").GetString()!;
            if (result.TryGetProperty("ruleIndex", out var index))
            {
                Assert.Equal(id, rules[index.GetInt32()].GetProperty("id").GetString());
            }

            foreach (var location in result.GetProperty("locations").EnumerateArray())
            {
                var physical = location.GetProperty("physicalLocation");
                Assert.False(string.IsNullOrEmpty(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()));
                if (physical.TryGetProperty("region", out var region))
                {
                    Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
                    if (region.TryGetProperty("startColumn", out var column))
                    {
                        Assert.True(column.GetInt32() >= 1);
                    }

                    if (region.TryGetProperty("endColumn", out var end))
                    {
                        Assert.True(end.GetInt32() >= region.GetProperty("startColumn").GetInt32());
                    }
                }
            }

            foreach (var fix in result.TryGetProperty("fixes", out var fixes) ? fixes.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                var change = Assert.Single(fix.GetProperty("artifactChanges").EnumerateArray());
                Assert.NotEmpty(change.GetProperty("replacements").EnumerateArray());
                Assert.All(change.GetProperty("replacements").EnumerateArray(), r => Assert.True(r.GetProperty("deletedRegion").GetProperty("startLine").GetInt32() >= 1));
            }
        }
    }

    [Fact]
    public void A_text_plan_gives_results_with_lines_columns_and_fixes()
    {
        var log = Run(Repo.PathOf("docs", "examples", "commune-plan-2025-defects.txt"));

        AssertValidSarif(log);
        var results = log.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var count = results.Single(r => r.GetProperty("ruleId").GetString() == "ANTQ201");
        Assert.Equal("error", count.GetProperty("level").GetString());
        Assert.True(count.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() > 1);
        Assert.Equal("80", count.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0].GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [Fact]
    public void JSON_and_Word_inputs_get_logical_locations_and_an_unreadable_file_a_notification()
    {
        string missing = Path.Combine(Path.GetTempPath(), "antq-no-such-file.txt");

        var log = Run(Repo.PathOf("docs", "examples", "award-proposal-defects.json"), Repo.PathOf("docs", "examples", "commune-plan-2025-defects.docx"), missing);

        AssertValidSarif(log);
        var run = log.GetProperty("runs")[0];
        var logical = run.GetProperty("results").EnumerateArray().SelectMany(r => r.GetProperty("locations")[0].TryGetProperty("logicalLocations", out var l) ? l.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(l => l.GetProperty("fullyQualifiedName").GetString()!).ToList();
        Assert.Contains(logical, n => n.StartsWith("$.", StringComparison.Ordinal));
        Assert.Contains(logical, n => n.StartsWith("paragraph[", StringComparison.Ordinal));
        var invocation = run.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Contains("antq-no-such-file.txt", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_catalogue_rule_is_described_with_its_help_page()
    {
        var rules = Run(Repo.PathOf("docs", "examples", "province-plan-2026.txt")).GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        Assert.Equal(AntqDomain.Rules.RuleCatalogue.Default.Rules.Length, rules.Count);
        Assert.All(rules, r => Assert.EndsWith("#" + r.GetProperty("id").GetString()!.ToLowerInvariant(), r.GetProperty("helpUri").GetString(), StringComparison.Ordinal));
    }
}
