using System.Text.Json;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Cli;

public class ValidateCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("antq-cli-").FullName;

    public void Dispose()
    {
        Directory.Delete(dir, true);
        GC.SuppressFinalize(this);
    }

    private string Write(string name, string content)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void A_clean_plan_exits_zero()
        => Assert.Equal(0, CalendarCommandTests.Run("validate", Write("clean.txt", Examples.CleanProvincePlanText)).Code);

    [Fact]
    public void An_error_finding_exits_one_and_json_reports_its_position()
    {
        string path = Write("bad.txt", Examples.CleanProvincePlanText.Replace("qua 81 năm", "qua 76 năm", StringComparison.Ordinal));
        var (code, output, _) = CalendarCommandTests.Run("validate", path, "--format", "json", "--lang", "en");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var file = doc.RootElement.GetProperty("files")[0];
        Assert.Equal("214/KH-BCĐ", file.GetProperty("plan").GetProperty("number").GetString());
        Assert.Equal("2026-06-05", file.GetProperty("plan").GetProperty("issued").GetString());
        Assert.Equal("province", file.GetProperty("plan").GetProperty("level").GetString());
        var f = file.GetProperty("findings")[0];
        Assert.Equal("ANTQ201", f.GetProperty("code").GetString());
        Assert.Equal("error", f.GetProperty("severity").GetString());
        Assert.Equal("76 năm", f.GetProperty("excerpt").GetString());
        Assert.True(f.GetProperty("line").GetInt32() > 0);
        Assert.True(f.GetProperty("column").GetInt32() > 0);
        Assert.Contains("People's Police", f.GetProperty("message").GetString());
    }

    [Fact]
    public void An_unreadable_file_exits_two_names_the_file_and_the_others_are_still_reported()
    {
        string good = Write("good.txt", Examples.CleanProvincePlanText);
        string bad = Write("bad.json", "{ \"year\": ");
        string latin = Path.Combine(dir, "latin.txt");
        File.WriteAllBytes(latin, [0x4B, 0xC9, 0x20, 0x48, 0x4F, 0xE0]);
        var (code, output, err) = CalendarCommandTests.Run("validate", good, bad, latin, Path.Combine(dir, "missing.txt"), "--format", "json");
        Assert.Equal(2, code);
        Assert.Contains("bad.json", err);
        Assert.Contains("latin.txt", err);
        Assert.Contains("UTF-8", err);
        Assert.Contains("missing.txt", err);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(4, doc.RootElement.GetProperty("files").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, doc.RootElement.GetProperty("files")[0].GetProperty("plan").ValueKind);
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        var stdout = new StringWriter();
        int code = AntqDomain.Cli.CliApp.Run(["validate", "-"], new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Examples.CleanProvincePlanText)), stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Contains("214/KH-BCĐ", stdout.ToString());
    }

    [Fact]
    public void Json_input_reports_paths_instead_of_lines()
    {
        string txt = Write("p.txt", Examples.CleanProvincePlanText.Replace("qua 81 năm", "qua 76 năm", StringComparison.Ordinal));
        string json = Path.Combine(dir, "p.json");
        Assert.Equal(0, CalendarCommandTests.Run("convert", txt, "--out", json).Code);
        var (code, output, _) = CalendarCommandTests.Run("validate", json, "--format", "json");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var f = doc.RootElement.GetProperty("files")[0].GetProperty("findings")[0];
        Assert.Equal(JsonValueKind.Null, f.GetProperty("line").ValueKind);
        Assert.StartsWith("$.", f.GetProperty("path").GetString());
    }

    [Fact]
    public void The_parent_option_adds_the_window_check_and_on_chooses_the_date()
    {
        string child = Write("child.txt", Examples.CleanProvincePlanText);
        string parent = Write("parent.txt", Examples.CleanProvincePlanText.Replace("từ ngày 01/7/2026", "từ ngày 10/7/2026", StringComparison.Ordinal));
        var (code, output, _) = CalendarCommandTests.Run("validate", child, "--parent", parent);
        Assert.Equal(1, code);
        Assert.Contains("ANTQ504", output);
        Assert.Equal(2, CalendarCommandTests.Run("validate", child, "--on", "2026-02-30").Code);
    }

    [Fact]
    public void Rules_are_listed_in_every_format()
    {
        Assert.Contains("ANTQ312", CalendarCommandTests.Run("rules", "--on", "2022-03-16").Out);
        Assert.DoesNotContain("ANTQ312", CalendarCommandTests.Run("rules", "--on", "2022-03-15").Out);
        using var doc = JsonDocument.Parse(CalendarCommandTests.Run("rules", "--format", "json").Out);
        Assert.Equal(AntqDomain.Rules.RuleCatalogue.Default.Rules.Length, doc.RootElement.GetArrayLength());
        Assert.StartsWith("# Rule catalogue", CalendarCommandTests.Run("rules", "--format", "markdown").Out);
    }
}

public class DefectsExampleTests
{
    [Fact]
    public void The_defects_example_reports_its_typical_defects()
    {
        var (code, output, _) = CalendarCommandTests.Run("validate", Repo.PathOf("docs", "examples", "commune-plan-2025-defects.txt"), "--format", "json");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var codes = doc.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToHashSet();
        foreach (string expected in new[] { "ANTQ102", "ANTQ105", "ANTQ201", "ANTQ203", "ANTQ206", "ANTQ314", "ANTQ305", "ANTQ312", "ANTQ402", "ANTQ505", "ANTQ506" })
        {
            Assert.Contains(expected, codes);
        }
    }
}
