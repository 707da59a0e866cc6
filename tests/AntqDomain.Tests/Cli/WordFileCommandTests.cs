using System.Text;
using System.Text.Json;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Cli;

/// <summary><c>antq validate</c> and <c>antq convert</c> take Word files like text files, and name paragraphs.</summary>
public class WordFileCommandTests
{
    private static string WriteTemp(string name, byte[] bytes)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("antq-word-").FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string DefectsText => File.ReadAllText(Repo.PathOf("docs", "examples", "commune-plan-2025-defects.txt"));

    [Fact]
    public void A_word_plan_validates_with_the_codes_of_its_text_and_findings_name_paragraphs()
    {
        string docx = WriteTemp("plan.docx", DocxFixtures.FromPlanText(DefectsText));
        string txt = WriteTemp("plan.txt", Encoding.UTF8.GetBytes(DefectsText));
        var (wordCode, wordJson, _) = CalendarCommandTests.Run("validate", docx, "--format", "json");
        var (textCode, textJson, _) = CalendarCommandTests.Run("validate", txt, "--format", "json");
        Assert.Equal(textCode, wordCode);
        using var w = JsonDocument.Parse(wordJson);
        using var t = JsonDocument.Parse(textJson);
        var wordFindings = w.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().ToList();
        var textFindings = t.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().ToList();
        // The Word file has the findings of its text, then those of its presentation (Phụ lục I, ANTQ121–ANTQ139).
        var presentation = AntqDomain.Rules.PresentationRules.All.Select(r => r.Code.Value).ToHashSet();
        Assert.Equal(textFindings.Select(f => f.GetProperty("code").GetString()), wordFindings.Select(f => f.GetProperty("code").GetString()).Where(c => !presentation.Contains(c!)));
        Assert.Contains(wordFindings, f => presentation.Contains(f.GetProperty("code").GetString()!) && f.GetProperty("path").GetString()!.StartsWith("word/document.xml: ", StringComparison.Ordinal));
        var located = wordFindings.Where(f => f.TryGetProperty("paragraph", out _)).ToList();
        Assert.NotEmpty(located);
        Assert.All(located, f => Assert.Equal(JsonValueKind.Null, f.GetProperty("line").ValueKind));
        Assert.Contains("paragraph", CalendarCommandTests.Run("validate", docx, "--lang", "en").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_plan_converts_to_the_json_of_its_text()
    {
        string clean = File.ReadAllText(Repo.PathOf("docs", "examples", "province-plan-2026.txt"));
        string docx = WriteTemp("plan.docx", DocxFixtures.FromPlanText(clean));
        var (code, json, err) = CalendarCommandTests.Run("convert", docx);
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("214/KH-BCĐ", doc.RootElement.GetProperty("numberText").GetString());
    }

    [Theory]
    [InlineData("plan.pdf", "%PDF-1.4\n", "PDF")]
    [InlineData("plan.doc", "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1", ".doc")]
    [InlineData("plan.txt", "%PDF-1.4\n", "PDF")]
    public void A_pdf_or_legacy_doc_exits_two_with_a_convert_to_docx_message(string name, string head, string named)
    {
        string path = WriteTemp(name, Encoding.Latin1.GetBytes(head + new string(' ', 64)));
        var (code, _, err) = CalendarCommandTests.Run("validate", path, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("ANTQ011", err, StringComparison.Ordinal);
        Assert.Contains(named, err, StringComparison.Ordinal);
        Assert.Contains(".docx", err, StringComparison.Ordinal);
    }
}
