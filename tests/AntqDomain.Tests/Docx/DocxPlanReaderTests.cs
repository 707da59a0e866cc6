using System.IO.Compression;
using System.Text;
using AntqDomain.Docx;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Docx;

/// <summary>A plan held as a Word file reads and validates exactly like the same plan as text.</summary>
public class DocxPlanReaderTests
{
    private static readonly PlanValidator Validator = new();

    public static TheoryData<string> ExamplePlans() => ["province-plan-2026.txt", "commune-plan-2025-defects.txt"];

    private static string Example(string name) => File.ReadAllText(Repo.PathOf("docs", "examples", name));

    private static string[] Codes(AntqDomain.Plans.FestivalPlan plan) => [.. Validator.Check(plan).Findings.Select(f => $"{f.Code.Value} {f.Severity}")];

    [Theory]
    [MemberData(nameof(ExamplePlans))]
    public void Every_example_plan_as_a_word_file_validates_exactly_like_its_text(string file)
    {
        string text = Example(file);
        var fromText = PlanTextReader.Default.Read(text).Plan!;
        var fromWord = DocxPlanReader.Default.Read(DocxFixtures.FromPlanText(text));
        Assert.True(fromWord.Success, string.Join("; ", fromWord.Result.Diagnostics.Select(d => d.MessageEn)));
        var plan = fromWord.Result.Plan!;
        Assert.Equal(fromText.NumberText, plan.NumberText);
        Assert.Equal(fromText.Dated, plan.Dated);
        Assert.Equal(fromText.Issuer.Name, plan.Issuer.Name);
        Assert.Equal(fromText.Issuer.Level, plan.Issuer.Level);
        Assert.Equal(fromText.TitleYear, plan.TitleYear);
        Assert.Equal(fromText.Recipients!.Lines.Select(l => l.Text), plan.Recipients!.Lines.Select(l => l.Text));
        Assert.Equal(fromText.Signature!.Lines.Select(l => l.Text), plan.Signature!.Lines.Select(l => l.Text));
        Assert.Equal(fromText.Signature.Signer?.Text, plan.Signature.Signer?.Text);
        Assert.Equal(Codes(fromText), Codes(plan));
    }

    [Fact]
    public void Word_automatic_numbering_is_read_as_the_numbers_word_shows()
    {
        string text = Example("province-plan-2026.txt");
        var read = DocxPlanReader.Default.Read(DocxFixtures.FromPlanText(text, automaticNumbering: true));
        var plan = read.Result.Plan!;
        Assert.Equal(["I.", "II.", "III.", "IV."], plan.Sections.Select(s => s.Heading.Marker ?? "").ToArray());
        Assert.Contains("\n1. Giáo dục truyền thống", read.Text, StringComparison.Ordinal);
        Assert.Equal(Codes(PlanTextReader.Default.Read(text).Plan!), Codes(plan));
    }

    [Fact]
    public void Every_location_names_the_paragraph_and_the_table_cell_it_came_from()
    {
        string text = Example("province-plan-2026.txt").Replace("Số: 214/KH-BCĐ", "Số: 214/KHBCĐ", StringComparison.Ordinal);
        var read = DocxPlanReader.Default.Read(DocxFixtures.FromPlanText(text));
        var f = Validator.Check(read.Result.Plan!).Findings.Single(x => x.Code.Value == "ANTQ102");
        var at = read.PositionOf(f.Location)!;
        Assert.Equal(1, at.Table);
        Assert.Equal(1, at.Row);
        Assert.Equal(1, at.Cell);
        Assert.Equal(3, at.Paragraph); // UBND TỈNH TUYÊN QUANG, BAN CHỈ ĐẠO 138, Số: …
        Assert.Equal("paragraph 3 (table 1, row 1, cell 1)", at.Describe(System.Globalization.CultureInfo.GetCultureInfo("en")));
        Assert.Equal("đoạn 3 (bảng 1, hàng 1, ô 1)", at.Describe(System.Globalization.CultureInfo.GetCultureInfo("vi")));
    }

    [Fact]
    public void Tracked_changes_are_read_as_accepted_and_said_so()
    {
        string text = Example("province-plan-2026.txt");
        var bytes = DocxFixtures.FromPlanText(text, edit: body =>
        {
            body.Append(new Paragraph(
                new DeletedRun(new Run(new DeletedText("đoạn đã xóa"))),
                new InsertedRun(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Ghi chú thêm.")))));
        });
        var read = DocxPlanReader.Default.Read(bytes);
        Assert.DoesNotContain("đoạn đã xóa", read.Text, StringComparison.Ordinal);
        Assert.Contains("Ghi chú thêm.", read.Text, StringComparison.Ordinal);
        Assert.Contains(read.Result.Diagnostics, d => d.Code == "ANTQ012" && d.Severity == FindingSeverity.Info);
    }

    [Fact]
    public void A_field_gives_its_result_not_its_code()
    {
        var bytes = DocxFixtures.FromPlanText(Example("province-plan-2026.txt"), edit: body =>
        {
            body.Append(new Paragraph(
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Trang 7")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        });
        var read = DocxPlanReader.Default.Read(bytes);
        Assert.Contains("Trang 7", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("PAGE", read.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> NotWordFiles() => new()
    {
        { "PDF", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n") },
        { "legacy .doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0] },
        { "RTF", Encoding.ASCII.GetBytes("{\\rtf1\\ansi Kế hoạch}") },
        { "OpenDocument", Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")) },
        { "another archive", Zip(("readme.txt", "hello")) },
        { "a damaged archive", [(byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
        { "plain text", Encoding.UTF8.GetBytes("KẾ HOẠCH\nI. MỤC ĐÍCH") },
        { "an empty file", [] },
    };

    [Theory]
    [MemberData(nameof(NotWordFiles), DisableDiscoveryEnumeration = true)]
    public void A_file_that_is_not_a_docx_is_refused_saying_what_it_is_never_with_an_exception(string what, byte[] bytes)
    {
        var read = DocxPlanReader.Default.Read(bytes);
        Assert.False(read.Success, what);
        var d = Assert.Single(read.Result.Diagnostics);
        Assert.Equal("ANTQ011", d.Code);
        Assert.Equal(FindingSeverity.Error, d.Severity);
        if (what is "PDF" or "legacy .doc" or "RTF" or "OpenDocument")
        {
            Assert.Contains(".docx", d.MessageEn, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Mutated_word_files_give_diagnostics_not_exceptions()
    {
        byte[] good = DocxFixtures.FromPlanText(Example("province-plan-2026.txt"));
        var random = new Random(20261201);
        for (int i = 0; i < 300; i++)
        {
            byte[] bad = [.. good];
            int flips = 1 + random.Next(8);
            for (int k = 0; k < flips; k++)
            {
                bad[random.Next(bad.Length)] ^= (byte)(1 << random.Next(8));
            }

            if (random.Next(4) == 0)
            {
                bad = bad[..random.Next(bad.Length)];
            }

            var read = DocxPlanReader.Default.Read(bad);
            Assert.True(read.Success || read.Result.Diagnostics.Any(d => d.Severity == FindingSeverity.Error));
            if (read.Success)
            {
                Validator.Check(read.Result.Plan!);
            }
        }
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return memory.ToArray();
    }
}
