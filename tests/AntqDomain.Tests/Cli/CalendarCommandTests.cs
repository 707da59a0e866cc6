using System.Text.Json;
using AntqDomain.Cli;

namespace AntqDomain.Tests.Cli;

public class CalendarCommandTests
{
    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, new MemoryStream(), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the command with <paramref name="stdin"/> as the bytes of standard input.</summary>
    internal static (int Code, string Out, string Err) RunWithInput(byte[] stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, new MemoryStream(stdin), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Json_output_has_the_contract_fields()
    {
        var (code, output, _) = Run("calendar", "2025", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(2025, root.GetProperty("year").GetInt32());
        Assert.Equal("2025-08-19", root.GetProperty("festivalDay").GetString());
        Assert.Equal(80, root.GetProperty("policeYears").GetInt32());
        Assert.Equal(20, root.GetProperty("festivalYears").GetInt32());
        Assert.Equal(21, root.GetProperty("edition").GetInt32());
        Assert.Equal("ten", root.GetProperty("policeRound").GetString());
        Assert.Equal("ten", root.GetProperty("festivalRound").GetString());
        Assert.Contains("80 năm", root.GetProperty("anniversaryPhrase").GetString());
        Assert.Equal(4, root.GetProperty("backdropTitle").GetArrayLength());
    }

    [Fact]
    public void Round_values_are_null_in_an_ordinary_year()
    {
        var (_, output, _) = Run("calendar", "2026", "--format", "json");
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("policeRound").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("festivalRound").ValueKind);
    }

    [Fact]
    public void Text_output_names_the_counts()
    {
        var (code, output, _) = Run("calendar", "2026");
        Assert.Equal(0, code);
        Assert.Contains("81", output);
        Assert.Contains("lần thứ hai mươi hai", output);
    }

    [Theory]
    [InlineData("1944")]
    [InlineData("2004")]
    [InlineData("abc")]
    [InlineData("-5")]
    public void A_year_without_festival_exits_non_zero_with_a_message(string year)
    {
        var (code, _, err) = Run("calendar", year);
        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(err));
    }

    [Fact]
    public void Unknown_format_is_refused()
        => Assert.Equal(2, Run("calendar", "2026", "--format", "xml").Code);

    [Fact]
    public void Version_and_help_answer_in_both_languages()
    {
        Assert.Equal(0, Run("--version").Code);
        Assert.Contains("Cách dùng", Run("--help", "--lang", "vi").Out);
        Assert.Contains("Usage", Run("--help", "--lang", "en").Out);
    }
}
