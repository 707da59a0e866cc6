using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Cli;

/// <summary>The command line as System.CommandLine parses it: generated help, refusals, response files, completion.</summary>
public class CommandLineParsingTests
{
    private static string Example(string name) => Repo.PathOf("docs", "examples", name);

    [Theory]
    [InlineData("validate", "--committee", "Exit codes")]
    [InlineData("draft", "--deputy", "--signer")]
    [InlineData("fix", "--write", "Exit codes")]
    [InlineData("rollup", "--level", "--unit")]
    public void The_help_of_a_command_lists_every_option_it_accepts(string command, string option, string more)
    {
        var (code, output, _) = CalendarCommandTests.Run(command, "--help", "--lang", "en");
        Assert.Equal(0, code);
        Assert.StartsWith($"Usage: antq {command}", output, StringComparison.Ordinal);
        Assert.Contains(option, output, StringComparison.Ordinal);
        Assert.Contains(more, output, StringComparison.Ordinal);
        Assert.Contains("--lang vi|en", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_speaks_the_language_asked_for()
    {
        Assert.Contains("Tùy chọn chung", CalendarCommandTests.Run("--help", "--lang", "vi").Out, StringComparison.Ordinal);
        Assert.Contains("Common options", CalendarCommandTests.Run("--help", "--lang=en").Out, StringComparison.Ordinal);
        Assert.Contains("định dạng kết quả", CalendarCommandTests.Run("calendar", "-h", "--lang", "vi").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_refused_and_never_read_as_a_file()
    {
        var (code, output, err) = CalendarCommandTests.Run("validate", Example("province-plan-2026.txt"), "--bogus", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Unknown option: --bogus", err, StringComparison.Ordinal);
        Assert.DoesNotContain("File not found", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_an_options_choices_names_the_accepted_ones()
    {
        var (code, _, err) = CalendarCommandTests.Run("validate", Example("province-plan-2026.txt"), "--format", "xml", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("--format: 'xml' is not accepted; use one of: text, json, sarif.", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_argument_is_reported_with_the_usage_line()
    {
        var (code, _, err) = CalendarCommandTests.Run("validate", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("The validate command needs <file>.", err, StringComparison.Ordinal);
        Assert.Contains("Usage: antq validate <file>...", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("draft", "village", "central, province, district, commune")]
    [InlineData("rollup", "commune", "province, central, district")]
    public void A_level_the_command_does_not_take_is_refused_with_the_levels_it_does(string command, string level, string accepted)
    {
        string[] args = command == "draft"
            ? ["draft", "--level", level, "--unit", "xã Đồng Tâm", "--year", "2026", "--lang", "en"]
            : ["rollup", "report.json", "--level", level, "--lang", "en"];
        var (code, output, err) = CalendarCommandTests.Run(args);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"--level: '{level}' is not accepted; use one of: {accepted}.", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_without_a_level_names_the_levels_and_shows_the_usage_line()
    {
        var (code, _, err) = CalendarCommandTests.Run("draft", "--unit", "xã Đồng Tâm", "--year", "2026", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("--level: the issuing level is required (central|province|district|commune).", err, StringComparison.Ordinal);
        Assert.Contains("Usage: antq draft --level central|province|district|commune --unit", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handlers_usage_line_is_the_one_the_help_shows()
    {
        var (_, help, _) = CalendarCommandTests.Run("calendar", "--help", "--lang", "en");
        var (code, _, err) = CalendarCommandTests.Run("calendar", "abc", "--lang", "en");
        Assert.Equal(2, code);
        string usage = help.Split('\n')[0].TrimEnd();
        Assert.StartsWith("Usage: antq calendar", usage, StringComparison.Ordinal);
        Assert.Contains(usage, err.Split('\n').Select(l => l.TrimEnd()));
    }

    [Fact]
    public void An_unknown_command_is_named()
    {
        var (code, _, err) = CalendarCommandTests.Run("valdate", "x", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("Unknown command: 'valdate'.", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_can_come_from_a_response_file()
    {
        string rsp = Path.Combine(Path.GetTempPath(), $"antq-{Guid.NewGuid():N}.rsp");
        File.WriteAllLines(rsp, ["validate", Example("province-plan-2026.txt"), "--format json", "--lang en"]);
        try
        {
            var (code, output, err) = CalendarCommandTests.Run("@" + rsp);
            Assert.True(code == 0, err);
            Assert.Contains("\"findings\": []", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(rsp);
        }
    }

    [Theory]
    [InlineData("antq cal", "calendar")]
    [InlineData("antq validate --fo", "--format")]
    [InlineData("antq rules --format ", "markdown")]
    [InlineData("antq draft --level ", "commune")]
    [InlineData("antq rollup --level p", "province")]
    [InlineData("antq completion ", "pwsh")]
    public void Completion_offers_commands_options_and_their_values(string line, string expected)
    {
        var (code, output, _) = CalendarCommandTests.Run($"[suggest:{line.Length}]", line);
        Assert.Equal(0, code);
        Assert.Contains(expected, output.Split('\n', StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Completion_offers_only_the_levels_a_command_takes_under_their_command_line_names()
    {
        const string line = "antq rollup --level ";
        var (code, output, _) = CalendarCommandTests.Run($"[suggest:{line.Length}]", line);
        Assert.Equal(0, code);
        Assert.Equal(["central", "district", "province"], output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _antq_complete antq")]
    [InlineData("zsh", "compdef _antq antq")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName antq")]
    public void The_completion_script_of_each_shell_asks_antq_for_suggestions(string shell, string registration)
    {
        var (code, output, _) = CalendarCommandTests.Run("completion", shell);
        Assert.Equal(0, code);
        Assert.Contains(registration, output, StringComparison.Ordinal);
        Assert.Contains("[suggest:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_number_is_a_value_not_an_option()
    {
        var (code, _, err) = CalendarCommandTests.Run("calendar", "-5", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("'-5' is not a year", err, StringComparison.Ordinal);
    }
}
