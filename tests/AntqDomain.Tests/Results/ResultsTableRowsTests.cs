using AntqDomain.Reading;
using AntqDomain.Results;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Results;

/// <summary>
/// Reports often give their figures as a table — number, indicator, unit, count — which a copy from Word or a web page
/// keeps as rows of cells apart by tabs (a Word table reads the same). Each row with a count is one figure of the
/// indicator its name (or its unit and name) says, placed on the count; a row whose indicator is not known is kept
/// unplaced with ANTQ014, never dropped; the header row is no figure.
/// </summary>
public class ResultsTableRowsTests
{
    private const string Prose = "2. Công tác tuyên truyền";

    private static ResultsReadResult ReadWithTable(params string[] rows) => ReadTable(rows).Read;

    private static (ResultsReadResult Read, string[] Lines) ReadTable(params string[] rows)
    {
        string text = File.ReadAllText(Repo.PathOf("docs", "examples", "province-report-2026.txt")).ReplaceLineEndings("\n");
        int start = text.IndexOf(Prose, StringComparison.Ordinal), end = text.IndexOf("II. ĐÁNH GIÁ", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start);
        string table = "2. Kết quả cụ thể:\nTT\tNội dung\tĐơn vị tính\tSố lượng\n" + string.Join('\n', rows) + "\n\n";
        string report = text[..start] + table + text[end..];
        return (ResultsTextReader.Read(report), report.Split('\n'));
    }

    [Theory]
    [InlineData("1\tBăng rôn, khẩu hiệu\tcái\t6.229", Indicator.Banners, 6_229, FigureBound.Exact)]
    [InlineData("1\tLượt người được tuyên truyền\tlượt\t673.364", Indicator.ClassAttendees, 673_364, FigureBound.Exact)]
    [InlineData("1\tMô hình mới\tmô hình\t86", Indicator.ModelsNew, 86, FigureBound.Exact)]
    [InlineData("1\tSúng giao nộp\tkhẩu\t37", Indicator.WeaponsSurrendered, 37, FigureBound.Exact)]
    [InlineData("1\tCá nhân được khen thưởng\tngười\t95", Indicator.IndividualsCommended, 95, FigureBound.Exact)]
    [InlineData("1\tĐiển hình tiên tiến\tđiển hình\thơn 500", Indicator.TypicalExamples, 500, FigureBound.MoreThan)]
    public void A_row_with_a_count_is_a_figure_of_its_indicator(string row, Indicator indicator, long value, FigureBound bound)
    {
        var read = ReadWithTable(row);
        var figure = read.Report!.Of(indicator);

        Assert.NotNull(figure);
        Assert.Equal((value, bound), (figure!.Value, figure.Bound));
        Assert.DoesNotContain(read.Report.Unplaced, u => u.Text.Contains(row.Split('\t')[1], StringComparison.Ordinal));
    }

    [Fact]
    public void The_count_is_placed_on_its_cell()
    {
        var (read, lines) = ReadTable("1\tBăng rôn, khẩu hiệu\tcái\t 6.229");
        var at = read.Report!.Of(Indicator.Banners)!.At!;

        Assert.Equal("6.229", lines[at.Line!.Value - 1].Substring(at.Column!.Value - 1, at.Length!.Value));
    }

    [Fact]
    public void A_row_of_an_unknown_indicator_is_kept_unplaced_with_ANTQ014()
    {
        var read = ReadWithTable("1\tCamera an ninh lắp mới\tcái\t214");

        Assert.Contains(read.Report!.Unplaced, u => u.Text.Contains("Camera an ninh lắp mới", StringComparison.Ordinal) && u.Text.Contains("214", StringComparison.Ordinal));
        Assert.Contains(read.Diagnostics, d => d.Code == "ANTQ014" && d.MessageVi.Contains("214", StringComparison.Ordinal));
    }

    [Fact]
    public void A_whole_table_gives_the_same_figures_as_the_same_facts_in_prose()
    {
        var read = ReadWithTable(
            "1\tBăng rôn, khẩu hiệu\tcái\t6.229",
            "2\tLớp tuyên truyền\tlớp\t305",
            "3\tTin báo về tội phạm\ttin\t412",
            "4\tVụ việc hòa giải thành\tvụ\t356");
        var prose = ResultsTextReader.Read(File.ReadAllText(Repo.PathOf("docs", "examples", "province-report-2026.txt"))).Report!;

        foreach (var indicator in new[] { Indicator.Banners, Indicator.PropagandaClasses, Indicator.CrimeTips, Indicator.DisputesMediated })
        {
            Assert.Equal(prose.Of(indicator)!.Value, read.Report!.Of(indicator)!.Value);
        }
    }
}
