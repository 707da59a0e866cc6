using System.Text.Json;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Cli;

public class ValidateDocumentKindsTests
{
    private static string Example(string name) => Repo.PathOf("docs", "examples", name);

    [Fact]
    public void A_defective_award_proposal_exits_one_and_reports_its_kind_subject_and_paths()
    {
        var (code, output, _) = CalendarCommandTests.Run("validate", Example("award-proposal-defects.json"), "--format", "json", "--lang", "en");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var file = doc.RootElement.GetProperty("files")[0];
        Assert.Equal("awardProposal", file.GetProperty("kind").GetString());
        Assert.Equal("Lê Văn Cường", file.GetProperty("subject").GetString());
        var shortfall = file.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == "ANTQ602");
        Assert.Equal("$.nominee.service", shortfall.GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, shortfall.GetProperty("line").ValueKind);
        Assert.Contains("short by 7 months and 16 days", shortfall.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plans_proposals_models_and_assessments_are_checked_together()
    {
        var (code, output, _) = CalendarCommandTests.Run(
            "validate", Example("province-plan-2026.txt"), Example("award-proposal-medal.json"), Example("movement-model.json"), Example("safety-assessment.json"), "--format", "json");
        Assert.Equal(0, code); // the model's findings are warnings and advice
        using var doc = JsonDocument.Parse(output);
        Assert.Equal<string>(["plan", "awardProposal", "movementModel", "safetyAssessment"], doc.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("kind").GetString()!).ToArray());
    }

    [Fact]
    public void The_on_option_sets_the_date_a_model_is_assessed_on()
    {
        var (_, early, _) = CalendarCommandTests.Run("validate", Example("movement-model.json"), "--on", "2025-06-01", "--format", "json");
        using var doc = JsonDocument.Parse(early);
        var codes = doc.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToArray();
        Assert.DoesNotContain("ANTQ702", codes);
    }

    [Fact]
    public void An_unknown_kind_exits_two_naming_the_file()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("antq-kind-").FullName, "medal.json");
        File.WriteAllText(path, "{ \"kind\": \"medal\" }");
        var (code, _, err) = CalendarCommandTests.Run("validate", path, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("medal.json", err, StringComparison.Ordinal);
        Assert.Contains("Unsupported \"kind\"", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("commune-decision-commendation-2026.txt", "document 145/QĐ-UBND (commune, 2026)")]
    [InlineData("movement-plan.txt", "plan ")]
    public void The_summary_line_names_what_the_document_is(string fixture, string named)
    {
        var (_, output, _) = CalendarCommandTests.Run("validate", Repo.PathOf("tests", "AntqDomain.Tests", "Fixtures", "layouts", fixture), "--lang", "en");

        Assert.Contains(fixture + ": " + named, output, StringComparison.Ordinal);
    }
}
