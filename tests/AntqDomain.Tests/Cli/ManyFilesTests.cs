using System.Text.Json;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Cli;

/// <summary><c>antq validate</c> takes folders and glob patterns, reports files in a stable order and ends with a summary.</summary>
public class ManyFilesTests
{
    private static string Folder()
    {
        string dir = Directory.CreateTempSubdirectory("antq-many-").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "communes"));
        File.Copy(Repo.PathOf("docs", "examples", "province-plan-2026.txt"), Path.Combine(dir, "b-province.txt"));
        File.Copy(Repo.PathOf("docs", "examples", "commune-plan-2025-defects.txt"), Path.Combine(dir, "communes", "a-commune.txt"));
        File.Copy(Repo.PathOf("docs", "examples", "province-plan-2026.docx"), Path.Combine(dir, "communes", "c-word.docx"));
        File.WriteAllText(Path.Combine(dir, "notes.md"), "not a plan");
        return dir;
    }

    [Fact]
    public void A_folder_gives_its_plans_in_a_stable_order_with_a_summary()
    {
        string dir = Folder();

        var (code, output, _) = CalendarCommandTests.Run("validate", dir, "--lang", "en");
        var (_, again, _) = CalendarCommandTests.Run("validate", dir, "--lang", "en");

        Assert.Equal(1, code);
        Assert.Equal(output, again);
        string[] order = [.. output.Split('\n').Where(l => l.StartsWith(dir, StringComparison.Ordinal)).Select(l => Path.GetFileName(l[..l.IndexOf(':', StringComparison.Ordinal)]))];
        Assert.Equal(["b-province.txt", "a-commune.txt", "c-word.docx"], order);
        Assert.Matches(@"Total: 3 file\(s\) \(0 unreadable\), [0-9]+ error\(s\), [0-9]+ warning\(s\); ", output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    [Fact]
    public void A_glob_pattern_selects_files_and_the_json_report_keeps_their_order()
    {
        string dir = Folder();
        string cwd = Directory.GetCurrentDirectory();

        var (code, output, _) = CalendarCommandTests.Run("validate", Path.Combine(dir, "**", "*.txt"), "--format", "json");

        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var files = doc.RootElement.GetProperty("files").EnumerateArray().Select(f => Path.GetFileName(f.GetProperty("file").GetString())).ToList();
        Assert.Equal(["b-province.txt", "a-commune.txt"], files); // ordered by path: "b-province.txt" before "communes/…"
        Assert.Equal(cwd, Directory.GetCurrentDirectory());
    }

    [Fact]
    public void A_folder_or_pattern_that_matches_nothing_is_exit_2()
    {
        string empty = Directory.CreateTempSubdirectory("antq-empty-").FullName;

        var (code, _, err) = CalendarCommandTests.Run("validate", empty, Path.Combine(empty, "*.txt"), "--lang", "en");

        Assert.Equal(2, code);
        Assert.Contains("the directory holds no .txt, .docx or .json file", err, StringComparison.Ordinal);
        Assert.Contains("no .txt, .docx or .json file matches", err, StringComparison.Ordinal);
    }
}
