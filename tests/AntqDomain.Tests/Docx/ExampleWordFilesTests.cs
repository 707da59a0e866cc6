using AntqDomain.Docx;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Docx;

/// <summary>
/// docs/examples holds each example plan as a Word file too (the clean one by DocxPlanWriter, the defective one by the
/// fixture builder; regenerate with
/// <c>ANTQ_UPDATE_DOCS=1 dotnet test</c>), and each reads and validates like its text.
/// </summary>
public class ExampleWordFilesTests
{
    public static TheoryData<string> ExamplePlans() => ["province-plan-2026", "commune-plan-2025-defects"];

    [Theory]
    [MemberData(nameof(ExamplePlans))]
    public void The_committed_word_file_of_each_example_reads_and_validates_like_its_text(string name)
    {
        string text = File.ReadAllText(Repo.PathOf("docs", "examples", name + ".txt"));
        string docx = Repo.PathOf("docs", "examples", name + ".docx");
        if (Environment.GetEnvironmentVariable("ANTQ_UPDATE_DOCS") == "1" || !File.Exists(docx))
        {
            Assert.True(Environment.GetEnvironmentVariable("ANTQ_UPDATE_DOCS") == "1", $"docs/examples/{name}.docx is missing: run the tests once with ANTQ_UPDATE_DOCS=1.");
            // The clean example is written by the library's own writer (it meets Phụ lục I); the defective one the way
            // people lay plans out by hand, with Word's automatic numbering.
            File.WriteAllBytes(docx, name == "province-plan-2026"
                ? DocxPlanWriter.Write(PlanTextReader.Default.Read(text).GetPlanOrThrow())
                : DocxFixtures.FromPlanText(text, automaticNumbering: true));
        }

        var validator = new PlanValidator();
        var fromWord = DocxPlanReader.Default.Read(docx);
        Assert.True(fromWord.Success);
        var expected = validator.Check(PlanTextReader.Default.Read(text).Plan!).Findings.Select(f => f.Code.Value);
        Assert.Equal(expected, validator.Check(fromWord.Result.Plan!).Findings.Select(f => f.Code.Value));
    }

    [Fact]
    public void The_clean_example_word_file_meets_the_presentation_rules()
    {
        var plan = PlanTextReader.Default.Read(File.ReadAllText(Repo.PathOf("docs", "examples", "province-plan-2026.txt"))).GetPlanOrThrow();

        Assert.Empty(DocxPresentationChecker.Check(File.ReadAllBytes(Repo.PathOf("docs", "examples", "province-plan-2026.docx")), plan.IssueDate!.Value).Findings);
    }
}
