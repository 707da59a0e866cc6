using AntqDomain.Docx;
using AntqDomain.Fixing;
using AntqDomain.Tests.Cli;
using AntqDomain.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AntqDomain.Tests.Docx;

/// <summary>Fixing a Word file edits its runs in place: the same fixes as its text, formatting kept, nothing left to fix.</summary>
public class DocxFixTests
{
    private static byte[] Defective() => File.ReadAllBytes(Repo.PathOf("docs", "examples", "commune-plan-2025-defects.docx"));

    [Fact]
    public void A_Word_file_gets_the_same_fixes_as_its_text_and_nothing_fixable_is_left()
    {
        var word = DocxPlanFixer.Fix(Defective());
        var text = new PlanFixer().Fix(File.ReadAllText(Repo.PathOf("docs", "examples", "commune-plan-2025-defects.txt")));

        Assert.Equal(text.Applied.Select(f => f.DescriptionEn).Order(), word.Applied.Select(f => f.DescriptionEn).Order());
        Assert.DoesNotContain(word.Remaining.Findings, f => f.Fix is not null);
        var reread = DocxPlanReader.Default.Read(word.Bytes);
        Assert.Equal("45/KH-BCĐ", reread.Result.Plan!.NumberText);
        Assert.Equal(word.TextAfter, reread.Text);
    }

    [Fact]
    public void Fixing_a_fixed_Word_file_changes_nothing()
    {
        var once = DocxPlanFixer.Fix(Defective());

        var twice = DocxPlanFixer.Fix(once.Bytes);

        Assert.False(twice.Changed);
        Assert.Empty(twice.Applied);
    }

    [Fact]
    public void The_edited_runs_keep_their_formatting_and_the_added_archive_line_is_formatted_like_the_recipients()
    {
        byte[] styled = DocxPlanWriter.Write(Examples.Read(File.ReadAllText(Repo.PathOf("docs", "examples", "commune-plan-2025-defects.txt"))));

        var result = DocxPlanFixer.Fix(styled);

        using var doc = WordprocessingDocument.Open(new MemoryStream(result.Bytes), false);
        var paragraphs = doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().ToList();
        var number = paragraphs.Single(p => p.InnerText.StartsWith("Số:", StringComparison.Ordinal));
        Assert.Equal("Số: 45/KH-BCĐ", number.InnerText);
        Assert.Equal("26", number.Descendants<FontSize>().First().Val!.Value);
        var archive = paragraphs.Single(p => p.InnerText.StartsWith("- Lưu:", StringComparison.Ordinal));
        Assert.Equal("22", archive.Descendants<FontSize>().First().Val!.Value);
    }

    [Fact]
    public void Re_targeting_works_on_a_Word_file()
    {
        var result = DocxPlanFixer.Fix(File.ReadAllBytes(Repo.PathOf("docs", "examples", "province-plan-2026.docx")), year: 2027);

        Assert.Contains("kỷ niệm 82 năm", result.TextAfter, StringComparison.Ordinal);
        Assert.Equal(2027, DocxPlanReader.Default.Read(result.Bytes).Result.Plan!.TitleYear);
    }

    [Fact]
    public void The_command_prints_the_diff_or_rewrites_the_Word_file()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("antq-docxfix-").FullName, "plan.docx");
        File.WriteAllBytes(path, Defective());

        var (code, output, _) = CalendarCommandTests.Run("fix", path);
        Assert.Equal(1, code);
        Assert.Contains("\n+Số: 45/KH-BCĐ\n", output, StringComparison.Ordinal);

        Assert.Equal(1, CalendarCommandTests.Run("fix", path, "--write").Code);
        Assert.Equal("45/KH-BCĐ", DocxPlanReader.Default.Read(path).Result.Plan!.NumberText);
        Assert.Equal(string.Empty, CalendarCommandTests.Run("fix", path).Out);
    }
}
