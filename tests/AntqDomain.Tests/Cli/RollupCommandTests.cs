using System.Text.Json;
using AntqDomain.Results;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Cli;

/// <summary><c>antq rollup</c> adds up the reports of the level below; <c>antq validate</c> checks results reports in JSON and text.</summary>
public class RollupCommandTests
{
    private static string[] ChildFiles()
    {
        string dir = Directory.CreateTempSubdirectory("antq-rollup-").FullName;
        var province = SubjectJson.Read(File.ReadAllText(Repo.PathOf("docs", "examples", "province-report-2026.json"))).ResultsReport!;
        return [.. province.Children.Select((c, i) =>
        {
            string path = Path.Combine(dir, $"commune-{i}.json");
            File.WriteAllText(path, SubjectJson.Write(c));
            return path;
        })];
    }

    [Fact]
    public void The_commune_reports_roll_up_to_the_province_figures()
    {
        string[] files = ChildFiles();
        string output = Path.Combine(Path.GetDirectoryName(files[0])!, "province.json");

        var (code, _, err) = CalendarCommandTests.Run(["rollup", .. files, "--unit", "tỉnh Tuyên Quang", "--out", output, "--lang", "en"]);

        Assert.Equal(0, code);
        Assert.Contains("Rolled up 3 report(s)", err, StringComparison.Ordinal);
        var parent = SubjectJson.Read(File.ReadAllText(output)).ResultsReport!;
        var expected = SubjectJson.Read(File.ReadAllText(Repo.PathOf("docs", "examples", "province-report-2026.json"))).ResultsReport!;
        Assert.Equal(AntqDomain.Administration.AdministrativeLevel.Province, parent.Level);
        foreach (var f in parent.Figures)
        {
            Assert.Equal(expected.Of(f.Indicator)!.Value, f.Value);
        }

        Assert.Equal(0, CalendarCommandTests.Run("validate", output).Code);
    }

    [Fact]
    public void Reports_of_different_years_or_not_results_reports_are_exit_2()
    {
        string[] files = ChildFiles();
        var other = SubjectJson.Read(File.ReadAllText(files[1])).ResultsReport! with { Year = 2025, Dated = null, Deadline = null };
        File.WriteAllText(files[1], SubjectJson.Write(other));

        Assert.Equal(2, CalendarCommandTests.Run(["rollup", .. files]).Code);
        Assert.Equal(2, CalendarCommandTests.Run("rollup", Repo.PathOf("docs", "examples", "award-proposal-medal.json")).Code);
        Assert.Equal(2, CalendarCommandTests.Run("rollup").Code);
    }

    [Fact]
    public void A_text_report_is_checked_by_the_results_rules_with_line_and_column()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("antq-report-").FullName, "report.txt");
        File.WriteAllText(path, File.ReadAllText(Repo.PathOf("docs", "examples", "province-report-2026.txt")).Replace("122/124", "125/124", StringComparison.Ordinal));

        var (code, output, _) = CalendarCommandTests.Run("validate", path, "--format", "json");

        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var file = doc.RootElement.GetProperty("files")[0];
        Assert.Equal("resultsReport", file.GetProperty("kind").GetString());
        var finding = file.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == "ANTQ902");
        Assert.Equal(12, finding.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Text_reports_roll_up_too()
    {
        string dir = Directory.CreateTempSubdirectory("antq-rollup-text-").FullName;
        string text = File.ReadAllText(Repo.PathOf("docs", "examples", "province-report-2026.txt"));
        string a = Path.Combine(dir, "a.txt"), b = Path.Combine(dir, "b.txt");
        File.WriteAllText(a, text);
        File.WriteAllText(b, text.Replace("UBND TỈNH TUYÊN QUANG", "UBND TỈNH LÀO CAI", StringComparison.Ordinal));

        var (code, output, _) = CalendarCommandTests.Run("rollup", a, b, "--unit", "toàn quốc", "--level", "central");

        Assert.Equal(0, code);
        var parent = SubjectJson.Read(output).ResultsReport!;
        Assert.Equal(2 * 6_229, parent.Of(Indicator.Banners)!.Value);
        Assert.Equal(FigureBound.MoreThan, parent.Of(Indicator.Participants)!.Bound);
    }
}
