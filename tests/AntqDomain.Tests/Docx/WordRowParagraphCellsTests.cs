using AntqDomain.Docx;
using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AntqDomain.Tests.Docx;

/// <summary>
/// A table row numbered in its first cell (a programme's "1 | Diễn văn khai mạc ¶ (Chủ tịch UBND xã) | Ban tổ chức", a
/// report's "3 | Số buổi tuyên truyền ¶ (lượt) | buổi | 126") whose other cells hold several paragraphs reads as one
/// row: each cell's paragraphs joined by a space, its cells apart by tabs. A position or a fix on that row names the
/// paragraph it falls in. A header's row, whose first cell is no number, keeps its cells apart.
/// </summary>
public class WordRowParagraphCellsTests
{
    // Cells of several paragraphs are written "first¶second".
    private static readonly string[][] Programme =
    [
        ["TT", "Nội dung", "Thực hiện"],
        ["1", "Chào cờ", "Ban tổ chức"],
        ["2", "Tuyên bố lý do¶giới thiệu đại biểu", "Văn phòng¶Ủy ban nhân dân xã"],
        ["3", "Diễn văn khai mạc¶báo cáo kết quả phong trào năm 2026", "Trưởng Công an xã"],
        ["4", "Trao thưởng cho tập thể, cá nhân tiêu biểu", "Lãnh đạo¶Công an tỉnh"],
        ["5", "Phát biểu đáp từ", "Chủ tịch¶Ủy ban nhân dân xã"],
        ["6", "Bế mạc", "Ban tổ chức"],
    ];

    private static string ExampleText => WordTables.ExampleText;

    private static Table Rows(IEnumerable<string[]> rows) => WordTables.Rows(rows);

    private static byte[] WithProgrammeTable(Func<string, string>? change = null)
        => WordTables.WithProgrammeTable(Programme.Select(r => r.Select(c => change?.Invoke(c) ?? c).ToArray()));

    /// <summary><paramref name="text"/> as a Word file whose closing table is laid out anew from its recipients' and signature's lines.</summary>
    private static byte[] WithClosing(string text, Func<List<string>, List<string>, string[][]> rows)
        => DocxFixtures.FromPlanText(text, edit: body =>
        {
            var closing = body.Elements<Table>().Last();
            var cells = closing.Elements<TableRow>().Single().Elements<TableCell>().Select(c => c.Elements<Paragraph>().Select(p => p.InnerText).ToList()).ToList();
            closing.InsertBeforeSelf(Rows(rows(cells[0], cells[1])));
            closing.Remove();
        });

    [Fact]
    public void A_programme_row_with_cells_of_several_paragraphs_gives_one_step_of_its_content_cell()
    {
        var read = DocxPlanReader.Default.Read(WithProgrammeTable());
        var steps = read.Result.Plan!.Ceremony!.Steps;

        Assert.Equal(Programme.Skip(1).Select(r => r[1].Replace('¶', ' ')), steps.Select(s => s.Text.Text));
        Assert.Equal(
            [CeremonyStepKind.FlagSalute, CeremonyStepKind.Introduction, CeremonyStepKind.OpeningSpeech, CeremonyStepKind.Awards, CeremonyStepKind.HostReply, CeremonyStepKind.Closing],
            steps.Select(s => s.Kind));
        Assert.DoesNotContain(new PlanValidator().Check(read.Result.Plan!).Findings, f => f.Code.Value is "ANTQ401" or "ANTQ402" or "ANTQ403");
        Assert.Contains("2\tTuyên bố lý do giới thiệu đại biểu\tVăn phòng Ủy ban nhân dân xã\n", read.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_position_on_such_a_row_names_the_paragraph_and_the_cell_it_falls_in()
    {
        var read = DocxPlanReader.Default.Read(WithProgrammeTable());
        var step = read.Result.Plan!.Ceremony!.Steps[2];
        var rowStart = read.PositionOf(step.Text.At! with { Column = 1 })!;
        var atStep = read.PositionOf(step.Text.At)!;
        string row = read.Text.Split('\n')[step.Text.At!.Line!.Value - 1];
        var atSecondParagraph = read.PositionOf(step.Text.At! with { Column = row.IndexOf("báo cáo", StringComparison.Ordinal) + 1 })!;
        var atDoer = read.PositionOf(step.Text.At! with { Column = row.IndexOf("Trưởng Công an", StringComparison.Ordinal) + 1 })!;

        Assert.Equal((rowStart.Paragraph + 1, 2), (atStep.Paragraph, atStep.Cell));
        Assert.Equal((rowStart.Paragraph + 2, 2), (atSecondParagraph.Paragraph, atSecondParagraph.Cell));
        Assert.Equal((rowStart.Paragraph + 3, 3), (atDoer.Paragraph, atDoer.Cell));
    }

    [Fact]
    public void A_row_under_a_vertically_merged_cell_is_one_line_and_its_positions_are_its_own()
    {
        // The doer of steps 2 and 3 is one cell merged over both rows: the row under it holds no paragraph there.
        var bytes = WithProgrammeTable();
        using var memory = new MemoryStream();
        memory.Write(bytes);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(memory, true))
        {
            var rows = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Single(t => t.InnerText.StartsWith("TT", StringComparison.Ordinal)).Elements<TableRow>().ToList();
            var top = rows[2].Elements<TableCell>().Last();
            top.PrependChild(new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }));
            var below = rows[3].Elements<TableCell>().Last();
            below.RemoveAllChildren();
            below.Append(new TableCellProperties(new VerticalMerge()), new Paragraph());
        }

        var read = DocxPlanReader.Default.Read(memory.ToArray());
        var step = read.Result.Plan!.Ceremony!.Steps[2];
        var at = read.PositionOf(step.Text.At)!;
        var rowStart = read.PositionOf(step.Text.At! with { Column = 1 })!;

        Assert.Equal("Diễn văn khai mạc báo cáo kết quả phong trào năm 2026", step.Text.Text);
        Assert.Equal(6, read.Result.Plan!.Ceremony!.Steps.Length);
        Assert.Equal((rowStart.Paragraph + 1, 2, 4), (at.Paragraph, at.Cell, at.Row));
    }

    [Fact]
    public void A_fix_in_the_second_paragraph_of_a_cell_edits_that_paragraph_only()
    {
        const string Wrong = "kỷ niệm 80 năm Ngày truyền thống Công an nhân dân";
        var bytes = WithProgrammeTable(c => c.StartsWith("Diễn văn khai mạc", StringComparison.Ordinal) ? "Diễn văn khai mạc¶" + Wrong : c);

        var result = DocxPlanFixer.Fix(bytes);

        Assert.Single(result.Applied);
        string fixedText = Wrong.Replace("80 năm", "81 năm", StringComparison.Ordinal);
        Assert.Contains("3\tDiễn văn khai mạc " + fixedText + "\tTrưởng Công an xã", result.TextAfter, StringComparison.Ordinal);
        Assert.Equal("Diễn văn khai mạc " + fixedText, DocxPlanReader.Default.Read(result.Bytes).Result.Plan!.Ceremony!.Steps[2].Text.Text);
    }

    [Fact]
    public void A_header_row_whose_first_cell_is_no_number_keeps_its_cells_apart()
    {
        string text = ExampleText;
        var fromText = AntqDomain.Reading.PlanTextReader.Default.Read(text).Plan!;
        var bytes = DocxFixtures.FromPlanText(text, edit: body =>
        {
            var header = body.Elements<Table>().First();
            header.InsertBeforeSelf(Rows(
            [
                ["UBND TỈNH TUYÊN QUANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM¶Độc lập - Tự do - Hạnh phúc"],
                ["BAN CHỈ ĐẠO 138¶Số: 214/KH-BCĐ", "Tuyên Quang, ngày 05 tháng 6 năm 2026"],
            ]));
            header.Remove();
        });

        var read = DocxPlanReader.Default.Read(bytes);
        var plan = read.Result.Plan!;

        Assert.DoesNotContain("UBND TỈNH TUYÊN QUANG\t", read.Text, StringComparison.Ordinal);
        Assert.Equal((fromText.Issuer.Name, fromText.NumberText, fromText.Dated), (plan.Issuer.Name, plan.NumberText, plan.Dated));
    }

    [Fact]
    public void A_closing_row_whose_short_first_cell_is_no_number_keeps_the_signature_apart()
    {
        string text = ExampleText;
        var fromText = AntqDomain.Reading.PlanTextReader.Default.Read(text).Plan!;
        var bytes = WithClosing(text, (_, signature) => [["Nơi nhận:", string.Join('¶', signature)]]);

        var plan = DocxPlanReader.Default.Read(bytes).Result.Plan!;

        Assert.Equal(fromText.Signature!.Lines.Select(l => l.Text), plan.Signature!.Lines.Select(l => l.Text));
        Assert.Equal(fromText.Signature.Signer?.Text, plan.Signature.Signer?.Text);
    }

    [Fact]
    public void A_closing_laid_out_in_two_rows_reads_as_the_one_row_closing_does()
    {
        string text = ExampleText;
        var fromText = AntqDomain.Reading.PlanTextReader.Default.Read(text).Plan!;
        var bytes = WithClosing(text, (recipients, signature) =>
        [
            [recipients[0], signature[0]],
            [string.Join('¶', recipients.Skip(1)), string.Join('¶', signature.Skip(1))],
        ]);

        var read = DocxPlanReader.Default.Read(bytes);
        var plan = read.Result.Plan!;
        Assert.Equal(fromText.Signature!.Lines.Select(l => l.Text), plan.Signature!.Lines.Select(l => l.Text));
        Assert.Equal(fromText.Recipients!.Lines.Select(l => l.Text), plan.Recipients!.Lines.Select(l => l.Text));
        Assert.Equal(new PlanValidator().Check(fromText).Findings.Select(f => f.Code), new PlanValidator().Check(plan).Findings.Select(f => f.Code));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("12.", true)]
    [InlineData("II", true)]
    [InlineData("IV.", true)]
    [InlineData("b)", true)]
    [InlineData("7h30 - 8h00", true)]
    [InlineData("Nơi nhận:", false)]
    [InlineData("TM. UBND", false)]
    [InlineData("b", false)]
    [InlineData("Số: 12/KH", false)]
    [InlineData("1234567890 1234567", false)]
    public void A_row_is_one_line_when_its_first_cell_numbers_it_or_gives_its_time(string first, bool joined)
    {
        var bytes = WordTables.WithTable("Kế hoạch\n{table}", [[first, "Đón đại biểu¶tại hội trường", "Văn phòng"]]);

        string text = DocxPlanReader.Default.Read(bytes).Text;

        Assert.Equal(joined, text.Contains(first + "\tĐón đại biểu tại hội trường\tVăn phòng", StringComparison.Ordinal));
        Assert.Equal(!joined, text.Contains("Đón đại biểu\ntại hội trường\nVăn phòng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_row_whose_indicator_cell_holds_a_note_below_gives_its_figure()
    {
        const string Prose = "2. Công tác tuyên truyền";
        string text = File.ReadAllText(Repo.PathOf("docs", "examples", "province-report-2026.txt")).ReplaceLineEndings("\n");
        int start = text.IndexOf(Prose, StringComparison.Ordinal), end = text.IndexOf("II. ĐÁNH GIÁ", StringComparison.Ordinal);
        string report = text[..start] + "2. Kết quả cụ thể:\n{table}\n\n" + text[end..];
        var bytes = WordTables.WithTable(report,
        [
            ["TT", "Nội dung", "Đơn vị tính", "Số lượng"],
            ["1", "Băng rôn, khẩu hiệu¶(treo tại các tuyến phố chính)", "cái", "6.229"],
            ["2", "Lớp tuyên truyền¶lồng ghép sinh hoạt tổ dân phố", "lớp", "305"],
        ]);

        var read = AntqDomain.Reading.ResultsTextReader.Read(DocxPlanReader.Default.Read(bytes).Text);

        Assert.Equal(6_229, read.Report!.Of(AntqDomain.Results.Indicator.Banners)!.Value);
        Assert.Equal(305, read.Report.Of(AntqDomain.Results.Indicator.PropagandaClasses)!.Value);
    }
}
