using System.Text;
using System.Text.Json;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Cli;

/// <summary>The command answers every bad input with a precise message and exit code 2, never a stack trace.</summary>
public class HostileCommandInputTests
{
    private static string Example(string name) => Repo.PathOf("docs", "examples", name);

    private static string TempDir() => Directory.CreateTempSubdirectory("antq-hostile-").FullName;

    // "Kế hoạch" as Windows-1258 would write it: bytes that are not UTF-8.
    private static readonly byte[] Legacy = [0x4B, 0xEA, 0xD2, 0x20, 0x68, 0x6F, 0x61, 0xF2, 0x63, 0x68, 0x0A];

    [Fact]
    public void Legacy_encoded_bytes_on_standard_input_are_refused_exactly_like_the_same_file()
    {
        string path = Path.Combine(TempDir(), "plan.txt");
        File.WriteAllBytes(path, Legacy);
        var (fileCode, _, fileErr) = CalendarCommandTests.Run("validate", path, "--lang", "en");
        var (stdinCode, _, stdinErr) = CalendarCommandTests.RunWithInput(Legacy, "validate", "-", "--lang", "en");
        Assert.Equal(2, fileCode);
        Assert.Equal(2, stdinCode);
        Assert.Contains("not UTF-8", stdinErr, StringComparison.Ordinal);
        Assert.Equal(fileErr.Replace(path, "-", StringComparison.Ordinal), stdinErr);
    }

    [Fact]
    public void A_json_document_with_a_byte_order_mark_on_standard_input_is_read_as_json()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(Example("movement-model.json"))];
        var (code, output, err) = CalendarCommandTests.RunWithInput(json, "validate", "-", "--format", "json");
        Assert.True(code is 0 or 1, err);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("movementModel", doc.RootElement.GetProperty("files")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void An_empty_directory_is_named_as_a_directory()
    {
        var (code, _, err) = CalendarCommandTests.Run("validate", TempDir(), "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("directory", err, StringComparison.Ordinal);
        Assert.DoesNotContain("not found", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Converting_to_a_directory_exits_two_with_the_path_and_the_reason()
    {
        string dir = TempDir();
        var (code, _, err) = CalendarCommandTests.Run("convert", Example("province-plan-2026.txt"), "--out", dir, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains(dir, err, StringComparison.Ordinal);
        Assert.Contains("directory", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Converting_to_a_path_that_cannot_be_created_exits_two_with_the_reason()
    {
        string target = Path.Combine(TempDir(), "no", "such", "folder", "plan.json");
        var (code, _, err) = CalendarCommandTests.Run("convert", Example("province-plan-2026.txt"), "--out", target, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("cannot write", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_parent_plan_gives_a_coded_message_and_a_json_report()
    {
        string missing = Path.Combine(TempDir(), "parent.txt");
        var (code, output, err) = CalendarCommandTests.Run("validate", Example("province-plan-2026.txt"), "--parent", missing, "--format", "json", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("ANTQ001", err, StringComparison.Ordinal);
        Assert.Contains("--parent", err, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(output);
        var parent = doc.RootElement.GetProperty("parent");
        Assert.Equal(JsonValueKind.Null, parent.GetProperty("plan").ValueKind);
        Assert.Equal("ANTQ001", parent.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void A_well_formed_date_that_does_not_exist_is_called_so()
    {
        var (code, _, err) = CalendarCommandTests.Run("rules", "--on", "2024-02-30", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("does not exist", err, StringComparison.Ordinal);
        Assert.DoesNotContain("is not a date of the form", err, StringComparison.Ordinal);
        Assert.Contains("is not a date of the form", CalendarCommandTests.Run("rules", "--on", "30/2/2024", "--lang", "en").Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "not a year")]
    [InlineData("２０２６", "not a year")]
    public void A_calendar_year_that_is_not_a_number_gets_the_reason(string year, string reason)
    {
        var (code, _, err) = CalendarCommandTests.Run("calendar", year, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains(reason, err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_that_is_not_a_string_is_named_by_what_it_is()
    {
        string path = Path.Combine(TempDir(), "odd.json");
        File.WriteAllText(path, "{ \"kind\": 5 }");
        var (code, _, err) = CalendarCommandTests.Run("validate", path, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("must be a string", err, StringComparison.Ordinal);
        Assert.Contains("number", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_checked_without_a_date_says_which_date_it_used()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Example("movement-model.json")))!.AsObject();
        node.Remove("assessedOn");
        string path = Path.Combine(TempDir(), "model.json");
        File.WriteAllText(path, node.ToJsonString());
        var (_, json, _) = CalendarCommandTests.Run("validate", path, "--format", "json");
        using var doc = JsonDocument.Parse(json);
        string? checkedOn = doc.RootElement.GetProperty("files")[0].GetProperty("checkedOn").GetString();
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", checkedOn);
        var (_, text, _) = CalendarCommandTests.Run("validate", path, "--lang", "en");
        Assert.Contains("as of " + checkedOn, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_warnings_and_notes_are_shown_not_only_errors()
    {
        string path = Path.Combine(TempDir(), "plan.txt");
        File.WriteAllText(path, File.ReadAllText(Example("province-plan-2026.txt")).Replace("KẾ HOẠCH\n", "KẾ HOACH\n", StringComparison.Ordinal).Replace("KẾ HOẠCH\r\n", "KẾ HOACH\r\n", StringComparison.Ordinal));
        var (_, json, _) = CalendarCommandTests.Run("validate", path, "--format", "json");
        using var doc = JsonDocument.Parse(json);
        var diagnostics = doc.RootElement.GetProperty("files")[0].GetProperty("diagnostics");
        Assert.Contains(diagnostics.EnumerateArray(), d => d.GetProperty("severity").GetString() is "warning" or "info");
    }

    [Fact]
    public void The_summary_line_names_the_level_in_the_language_asked()
    {
        Assert.Contains("(cấp tỉnh, 2026)", CalendarCommandTests.Run("validate", Example("province-plan-2026.txt"), "--lang", "vi").Out, StringComparison.Ordinal);
        Assert.Contains("(province, 2026)", CalendarCommandTests.Run("validate", Example("province-plan-2026.txt"), "--lang", "en").Out, StringComparison.Ordinal);
    }
}
