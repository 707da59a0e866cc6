using AntqDomain.Results;
using AntqDomain.Tests.Cli;
using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Results;

/// <summary>The parent plan's reporting clause gives the deadline a results report is checked against (ANTQ907).</summary>
public class ReportingDeadlineTests
{
    private static string PlanWith(string clause)
        => Examples.CleanProvincePlanText.Replace("chủ trì hướng dẫn, kiểm tra, đôn đốc và tổng hợp báo cáo kết quả./.", clause, StringComparison.Ordinal);

    [Theory]
    [InlineData("chủ trì hướng dẫn, kiểm tra; tổng hợp báo cáo kết quả về Ban Chỉ đạo Trung ương trước ngày 30/8/2026./.", 2026, 8, 30)]
    [InlineData("chủ trì; các địa phương báo cáo kết quả trước ngày 25 tháng 8./.", 2026, 8, 25)]
    [InlineData("chủ trì; báo cáo kết quả chậm nhất ngày 5/9./.", 2026, 9, 5)]
    public void The_deadline_is_read_from_the_reporting_clause(string clause, int y, int m, int d)
        => Assert.Equal(new LocalDate(y, m, d), ReportingDeadlines.From(Examples.Read(PlanWith(clause))));

    [Fact]
    public void A_plan_without_a_reporting_deadline_gives_none()
        => Assert.Null(ReportingDeadlines.From(Examples.Read(Examples.CleanProvincePlanText)));

    [Fact]
    public void A_report_after_the_deadline_of_the_parent_given_on_the_command_line_is_a_warning()
    {
        string dir = Directory.CreateTempSubdirectory("antq-deadline-").FullName;
        string parent = Path.Combine(dir, "plan.txt");
        File.WriteAllText(parent, PlanWith("chủ trì; tổng hợp báo cáo kết quả trước ngày 31/8/2026./."));

        var (code, output, _) = CalendarCommandTests.Run("validate", Repo.PathOf("docs", "examples", "province-report-2026.txt"), "--parent", parent, "--lang", "en");

        Assert.Equal(0, code);
        Assert.Contains("ANTQ907", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ANTQ907", CalendarCommandTests.Run("validate", Repo.PathOf("docs", "examples", "province-report-2026.txt")).Out, StringComparison.Ordinal);
    }
}
