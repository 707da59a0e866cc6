using AntqDomain.Calendar;
using NodaTime;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using AntqDomain.Language;
using AntqDomain.Legal;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Docs;

/// <summary>The README quick start is this class's <see cref="QuickStart"/> body, compiled here and run.</summary>
[Collection(ConsoleOutputTests.Name)]
public class ReadmeQuickStartTests
{
    [Fact]
    public void Readme_quick_start_is_the_code_compiled_in_this_test() => AssertSnippetIsHere("## Quick start");

    [Fact]
    public void Readme_quick_start_runs_and_prints_the_documented_values()
    {
        string output = Capture(QuickStart);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("19/8/2026", lines[0]);
        Assert.Equal("81", lines[1]);
        Assert.Equal("21", lines[2]);
        Assert.Equal("lần thứ hai mươi hai", lines[3]);
        Assert.StartsWith("kỷ niệm 81 năm", lines[4]);
        Assert.Equal("False", lines[5]);
    }

    [Fact]
    public void Readme_validation_snippet_is_the_code_run_here()
    {
        AssertSnippetIsHere("Validate a plan read from text:");
        string previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Repo.Root);
        try
        {
            Assert.Contains("ANTQ102 Error", Capture(ValidationSnippet));
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    private static void AssertSnippetIsHere(string heading)
    {
        string readme = File.ReadAllText(Repo.PathOf("README.md")).ReplaceLineEndings("\n");
        string snippet = ExtractFirstCSharpBlock(readme, heading);
        string thisFile = File.ReadAllText(Repo.PathOf("tests", "AntqDomain.Tests", "Docs", "ReadmeQuickStartTests.cs")).ReplaceLineEndings("\n");
        foreach (string line in snippet.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)))
        {
            Assert.Contains("        " + line, thisFile);
        }
    }

    private static string Capture(Action action)
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            action();
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }

    private static void ValidationSnippet()
    {
        var read = PlanTextReader.Default.Read(File.ReadAllText("docs/examples/commune-plan-2025-defects.txt"));
        var validator = new PlanValidator();            // build once, share: thread-safe
        var report = validator.Check(read.GetPlanOrThrow());
        foreach (var f in report.Findings)
        {
            Console.WriteLine($"{f.Location} {f.Code} {f.Severity}: {f.MessageEn} [{f.Citation.Abbreviation}]");
        }
    }

    internal static string ExtractFirstCSharpBlock(string markdown, string heading)
    {
        int at = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(at >= 0, $"README has no '{heading}' section.");
        int start = markdown.IndexOf("```csharp\n", at, StringComparison.Ordinal) + "```csharp\n".Length;
        int end = markdown.IndexOf("```", start, StringComparison.Ordinal);
        return markdown[start..end].TrimEnd('\n');
    }

    private static void QuickStart()
    {
        var year = new FestivalYear(2026);
        Console.WriteLine(VietnameseDates.FormatNumeric(year.FestivalDay)); // 19/8/2026
        Console.WriteLine(year.PoliceYears.Years);      // 81 (years of the People's Police)
        Console.WriteLine(year.FestivalYears.Years);    // 21 (years of the festival)
        Console.WriteLine(year.EditionInWords());       // lần thứ hai mươi hai
        Console.WriteLine(year.AnniversaryPhrase());    // kỷ niệm 81 năm Ngày truyền thống Công an nhân dân Việt Nam (…)

        var header = VietnameseDates.FormatHeader(new LocalDate(2024, 1, 5)); // ngày 05 tháng 01 năm 2024
        var parsed = VietnameseDates.ParseNumeric("31/6/2024");               // fails: 31 June does not exist
        Console.WriteLine(parsed.Success);              // False
        Assert.Equal("ngày 05 tháng 01 năm 2024", header);
    }
}
