using System.Text.Json;
using AntqDomain.Docx;
using AntqDomain.Rules;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Cli;

/// <summary><c>antq draft</c> writes a plan that validates clean, as text, JSON or Word, and refuses an impossible one.</summary>
public class DraftCommandTests
{
    private static string TempDir() => Directory.CreateTempSubdirectory("antq-draft-").FullName;

    [Fact]
    public void A_commune_draft_goes_to_standard_output_and_validates_without_errors_or_warnings()
    {
        var (code, output, err) = CalendarCommandTests.Run("draft", "--level", "commune", "--unit", "xã Đồng Tâm", "--year", "2026", "--lang", "en");

        Assert.Equal(0, code);
        Assert.Contains("Đồng Tâm, ngày", output, StringComparison.Ordinal);
        Assert.Contains("To fill in before issuing: [số]", err, StringComparison.Ordinal);
        var report = new PlanValidator().Check(Examples.Read(output));
        Assert.DoesNotContain(report.Findings, f => f.Severity != AntqDomain.Rules.FindingSeverity.Info);
    }

    [Fact]
    public void The_draft_is_written_as_JSON_or_Word_by_the_output_extension()
    {
        string dir = TempDir();
        string json = Path.Combine(dir, "plan.json");
        string docx = Path.Combine(dir, "plan.docx");

        Assert.Equal(0, CalendarCommandTests.Run("draft", "--level", "province", "--unit", "tỉnh Tuyên Quang", "--year", "2026", "--number", "214", "--date", "2026-06-05", "--out", json).Code);
        Assert.Equal(0, CalendarCommandTests.Run("draft", "--level", "province", "--unit", "tỉnh Tuyên Quang", "--year", "2026", "--issuer", "people-committee", "--out", docx).Code);

        var fromJson = PlanJson.Read(File.ReadAllText(json)).GetPlanOrThrow();
        Assert.Equal("214/KH-BCĐ", fromJson.NumberText);
        var fromWord = DocxPlanReader.Default.Read(docx);
        Assert.True(fromWord.Success);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", fromWord.Result.Plan!.Issuer.Name);
        Assert.Equal(0, CalendarCommandTests.Run("validate", json, docx).Code);
    }

    [Fact]
    public void A_draft_follows_the_parent_file_given()
    {
        string parent = Path.Combine(TempDir(), "province.txt");
        File.WriteAllText(parent, Examples.CleanProvincePlanText);

        var (code, output, _) = CalendarCommandTests.Run("draft", "--level", "commune", "--unit", "xã Phương Độ", "--year", "2026", "--parent", parent);

        Assert.Equal(0, code);
        Assert.Contains("Thực hiện Kế hoạch số 214/KH-BCĐ ngày 05/6/2026 của Ban Chỉ đạo 138 tỉnh Tuyên Quang", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("district level was abolished", "draft", "--level", "district", "--unit", "huyện Bắc Sơn", "--year", "2026")]
    [InlineData("--level", "draft", "--unit", "xã Đồng Tâm", "--year", "2026")]
    [InlineData("--year", "draft", "--level", "commune", "--unit", "xã Đồng Tâm", "--year", "năm nay")]
    [InlineData("--issuer", "draft", "--level", "commune", "--unit", "xã Đồng Tâm", "--year", "2026", "--issuer", "police")]
    [InlineData("--date", "draft", "--level", "commune", "--unit", "xã Đồng Tâm", "--year", "2026", "--date", "2026-02-30")]
    [InlineData("must start with its type", "draft", "--level", "commune", "--unit", "Đồng Tâm", "--year", "2026")]
    public void An_impossible_or_incomplete_request_is_exit_2_with_the_reason(string reason, params string[] args)
    {
        var (code, output, err) = CalendarCommandTests.Run([.. args, "--lang", "en"]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(reason, err, StringComparison.Ordinal);
    }
}
