using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// Many plans, commune plans above all, state their window without a range: a deadline ("tổ chức xong trước ngày
/// 15/8/2026", "chậm nhất ngày …", "đến hết ngày …") gives its end, one day ("01 buổi, ngày 12/8/2026") is the whole
/// window, a month alone ("trong tháng 8/2026") the whole month. Such a plan has a window (no ANTQ304 saying it has none), and its end is checked like any other; a range
/// still wins over a day named beside it, and a "Thời gian" heading with no date leaves the window to the line below.
/// </summary>
public class WindowWithoutRangeTests
{
    private const string WindowLine = "- Thời gian: từ ngày 01/7/2026 đến ngày 19/8/2026.";

    private static readonly PlanValidator Validator = new();

    private static (AntqDomain.Plans.PlanWindow? Window, string[] Codes) Read(string line)
    {
        Assert.Contains(WindowLine, Examples.CleanProvincePlanText, StringComparison.Ordinal);
        var plan = Examples.Read(Examples.CleanWith(WindowLine, line));
        return (plan.Window, [.. Validator.Check(plan).Findings.Select(f => f.Code.Value)]);
    }

    [Theory]
    [InlineData("- Thời gian: tổ chức xong trước ngày 15/8/2026.", 15)]
    [InlineData("- Thời gian: hoàn thành trước ngày 19/8/2026.", 19)]
    [InlineData("- Thời gian: chậm nhất ngày 18/8/2026.", 18)]
    [InlineData("- Thời gian: đến hết ngày 19/8/2026.", 19)]
    public void A_deadline_gives_the_windows_end(string line, int endDay)
    {
        var (window, codes) = Read(line);

        Assert.NotNull(window);
        Assert.Null(window!.Start);
        Assert.Equal(new LocalDate(2026, 8, endDay), window.End);
        Assert.DoesNotContain("ANTQ304", codes);
    }

    [Fact]
    public void A_month_named_beside_a_deadline_gives_the_windows_start()
    {
        var (window, codes) = Read("- Thời gian: trong tháng 8/2026, hoàn thành trước ngày 17 tháng 8 năm 2026.");

        Assert.Equal((new LocalDate(2026, 8, 1), new LocalDate(2026, 8, 17)), (window?.Start, window?.End));
        Assert.DoesNotContain("ANTQ304", codes);
    }

    [Theory]
    [InlineData("- Thời gian: trong tháng 8/2026.", 8, 1, 8, 31)]
    [InlineData("- Thời gian: Tháng 8 năm 2026 (cao điểm dịp Ngày hội).", 8, 1, 8, 31)]
    [InlineData("- Thời gian: tháng 7 và tháng 8/2026.", 7, 1, 8, 31)]
    [InlineData("- Thời gian thực hiện: trong tháng 7.", 7, 1, 7, 31)]
    public void Months_named_alone_are_the_window_from_the_first_day_to_the_last(string line, int startMonth, int startDay, int endMonth, int endDay)
    {
        var (window, codes) = Read(line);

        Assert.Equal((new LocalDate(2026, startMonth, startDay), new LocalDate(2026, endMonth, endDay)), (window?.Start, window?.End));
        Assert.DoesNotContain("ANTQ304", codes);
    }

    [Fact]
    public void A_month_running_past_the_festival_day_is_checked_like_any_end()
        => Assert.Contains("ANTQ314", Read("- Thời gian: trong tháng 8/2026.").Codes);

    [Theory]
    [InlineData("- Thời gian: sau khi sơ kết 8 tháng đầu năm 2026.")]
    [InlineData("- Thời gian: tháng 13/2026.")]
    [InlineData("- Thời gian: ngày 32 tháng 8 năm 2026.")]
    [InlineData("- Thời gian: theo hướng dẫn, 02 tháng.")]
    public void A_number_of_months_or_an_impossible_day_or_month_is_not_a_window(string line)
    {
        var (window, codes) = Read(line);

        Assert.Null(window?.End);
        Assert.Contains("ANTQ304", codes);
    }

    [Theory]
    [InlineData("- Thời gian: 01 buổi, ngày 12/8/2026 (thứ Tư).")]
    [InlineData("- Thời gian: 7 giờ 30 phút, ngày 12 tháng 8 năm 2026.")]
    [InlineData("- Thời gian: vào ngày 12/8.")]
    [InlineData("- Thời gian, người tham dự: ngày 12/8/2026, khoảng 200 người.")]
    public void One_day_is_the_whole_window(string line)
    {
        var (window, codes) = Read(line);

        Assert.Equal((new LocalDate(2026, 8, 12), new LocalDate(2026, 8, 12)), (window?.Start, window?.End));
        Assert.DoesNotContain("ANTQ304", codes);
    }

    [Fact]
    public void A_deadline_after_the_festival_day_is_checked_like_any_end()
        => Assert.Contains("ANTQ314", Read("- Thời gian: hoàn thành trước ngày 25/8/2026.").Codes);

    [Fact]
    public void A_range_wins_over_a_day_named_beside_it()
    {
        var (window, _) = Read("- Thời gian: từ ngày 01/7/2026 đến ngày 19/8/2026; lễ ra quân ngày 05/7/2026.");

        Assert.Equal((new LocalDate(2026, 7, 1), new LocalDate(2026, 8, 19)), (window?.Start, window?.End));
    }

    [Fact]
    public void A_window_line_with_no_date_is_still_reported_as_giving_none()
    {
        var (window, codes) = Read("- Thời gian: theo hướng dẫn của cấp trên.");

        Assert.NotNull(window);
        Assert.Null(window!.End);
        Assert.Contains("ANTQ304", codes);
    }

    [Fact]
    public void A_heading_naming_the_time_leaves_the_window_to_the_line_below()
    {
        var (window, codes) = Read("- Thời gian, địa điểm:\n+ Thời gian: 01 buổi, ngày 12/8/2026.");

        Assert.Equal(new LocalDate(2026, 8, 12), window?.End);
        Assert.DoesNotContain("ANTQ304", codes);
    }

    [Fact]
    public void A_deadline_for_reports_is_not_the_festivals_window()
    {
        var (window, codes) = Read("- Thời gian gửi báo cáo kết quả: trước ngày 25/8/2026.");

        Assert.Null(window);
        Assert.Contains("ANTQ304", codes);
        Assert.DoesNotContain("ANTQ314", codes);
    }
}
