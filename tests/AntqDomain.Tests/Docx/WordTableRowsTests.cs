using AntqDomain.Docx;
using AntqDomain.Plans;
using AntqDomain.Reading;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AntqDomain.Tests.Docx;

/// <summary>
/// In a Word file, a table row whose cells hold one line each — a ceremony programme's "1 | Chào cờ | Ban tổ chức", a
/// header laid out one row per line — reads as the same row copied as text, its cells apart by tabs: a programme table
/// gives one step per row, a header in rows gives the issuer, number and date, and a finding in a cell names that cell.
/// </summary>
public class WordTableRowsTests
{
    private static readonly string[][] Programme =
    [
        ["TT", "Nội dung", "Thực hiện"],
        ["1", "Chào cờ", "Ban tổ chức"],
        ["2", "Tuyên bố lý do, giới thiệu đại biểu", "Văn phòng Ủy ban nhân dân"],
        ["3", "Diễn văn khai mạc, báo cáo kết quả phong trào", "Trưởng Công an xã"],
        ["4", "Trao thưởng", "Lãnh đạo cấp trên"],
        ["5", "Phát biểu đáp từ", "Chủ tịch Ủy ban nhân dân xã"],
        ["6", "Bế mạc", "Ban tổ chức"],
    ];

    private static string ExampleText => WordTables.ExampleText;

    private static Table Rows(IEnumerable<string[]> rows) => WordTables.Rows(rows);

    private static byte[] WithProgrammeTable(Func<string, string>? change = null)
        => WordTables.WithProgrammeTable(Programme.Select(r => r.Select(c => change?.Invoke(c) ?? c).ToArray()));

    private static DocxReadResult ReadWithProgrammeTable() => DocxPlanReader.Default.Read(WithProgrammeTable());

    [Fact]
    public void A_programme_table_gives_one_step_per_row_and_no_finding_on_its_steps()
    {
        var read = ReadWithProgrammeTable();
        var steps = read.Result.Plan!.Ceremony!.Steps;

        Assert.Equal(Programme.Skip(1).Select(r => r[1]), steps.Select(s => s.Text.Text));
        Assert.Equal(
            [CeremonyStepKind.FlagSalute, CeremonyStepKind.Introduction, CeremonyStepKind.OpeningSpeech, CeremonyStepKind.Awards, CeremonyStepKind.HostReply, CeremonyStepKind.Closing],
            steps.Select(s => s.Kind));
        Assert.DoesNotContain(new PlanValidator().Check(read.Result.Plan!).Findings, f => f.Code.Value is "ANTQ401" or "ANTQ402" or "ANTQ403");
    }

    [Fact]
    public void A_step_in_a_row_is_placed_in_its_own_cell()
    {
        var read = ReadWithProgrammeTable();
        var step = read.Result.Plan!.Ceremony!.Steps.Single(s => s.Kind == CeremonyStepKind.Closing);
        var at = read.PositionOf(step.Text.At)!;

        Assert.Equal((2, 7, 2), (at.Table, at.Row, at.Cell));
        Assert.Equal(read.PositionOf(step.Text.At! with { Column = 1 })!.Paragraph + 1, at.Paragraph);
    }

    [Fact]
    public void A_header_laid_out_one_row_per_line_reads_as_its_text_copy()
    {
        string text = ExampleText;
        var fromText = PlanTextReader.Default.Read(text).Plan!;
        var bytes = DocxFixtures.FromPlanText(text, edit: body =>
        {
            var header = body.Elements<Table>().First();
            header.InsertBeforeSelf(Rows(
            [
                ["UBND TỈNH TUYÊN QUANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                ["BAN CHỈ ĐẠO 138", "Độc lập - Tự do - Hạnh phúc"],
                ["Số: 214/KH-BCĐ", "Tuyên Quang, ngày 05 tháng 6 năm 2026"],
            ]));
            header.Remove();
        });
        var plan = DocxPlanReader.Default.Read(bytes).Result.Plan!;

        Assert.Equal((fromText.Issuer.Name, fromText.NumberText, fromText.Dated), (plan.Issuer.Name, plan.NumberText, plan.Dated));
        Assert.Equal(new PlanValidator().Check(fromText).Findings.Select(f => f.Code), new PlanValidator().Check(plan).Findings.Select(f => f.Code));
    }

    [Fact]
    public void A_fix_in_a_rows_cell_edits_that_cell_only()
    {
        const string Wrong = "Diễn văn kỷ niệm 80 năm Ngày truyền thống Công an nhân dân";
        var bytes = WithProgrammeTable(c => c.StartsWith("Diễn văn khai mạc", StringComparison.Ordinal) ? Wrong : c);

        var result = DocxPlanFixer.Fix(bytes);

        Assert.Single(result.Applied);
        var steps = DocxPlanReader.Default.Read(result.Bytes).Result.Plan!.Ceremony!.Steps;
        Assert.Equal(Wrong.Replace("80 năm", "81 năm", StringComparison.Ordinal), steps[2].Text.Text);
        Assert.Contains("3\t" + Wrong.Replace("80 năm", "81 năm", StringComparison.Ordinal) + "\tTrưởng Công an xã", result.TextAfter, StringComparison.Ordinal);
    }
}
