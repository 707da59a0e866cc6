using System.Text.RegularExpressions;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Cli;

/// <summary>
/// Every kind of document the command checks as JSON (plan, committee, award proposals, movement model, safety
/// assessment, results reports) draws the same findings when the words of its texts are spaced unevenly: names, posts
/// and wordings are compared as if spaced by single spaces.
/// </summary>
public partial class SpacingOfJsonSubjectsTests
{
    public static TheoryData<string> JsonExamples()
        => [.. Directory.GetFiles(Repo.PathOf("docs", "examples"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(JsonExamples))]
    public void A_json_document_with_every_space_doubled_draws_the_findings_of_the_document(string name)
    {
        string path = Repo.PathOf("docs", "examples", name);
        string doubled = Path.Combine(Path.GetTempPath(), "antq-spacing-" + Guid.NewGuid().ToString("N") + "-" + name);
        File.WriteAllText(doubled, File.ReadAllText(path).Replace(" ", "  ", StringComparison.Ordinal));
        try
        {
            var (code, output, _) = CalendarCommandTests.Run("validate", path, "--format", "json", "--on", "2026-09-30");
            var (doubledCode, doubledOutput, _) = CalendarCommandTests.Run("validate", doubled, "--format", "json", "--on", "2026-09-30");

            Assert.Equal(code, doubledCode);
            Assert.Equal(Codes(output), Codes(doubledOutput));
        }
        finally
        {
            File.Delete(doubled);
        }
    }

    private static string[] Codes(string json) => [.. CodeField().Matches(json).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex("\"code\":\\s*\"(ANTQ[0-9]+)\"")]
    private static partial Regex CodeField();
}
