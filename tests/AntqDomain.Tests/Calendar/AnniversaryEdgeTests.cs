using AntqDomain.Calendar;
using NodaTime;

namespace AntqDomain.Tests.Calendar;

/// <summary>
/// Anniversary counting at its edges: the founding day and the day before it, the day before and the day of each
/// anniversary, the last year the calendar can name; and the central windows a user adds.
/// </summary>
public class AnniversaryEdgeTests
{
    private static readonly CommemoratedEvent Police = CommemoratedEventCollection.PoliceTradition;

    [Fact]
    public void There_is_no_count_before_the_founding_year_and_it_is_zero_in_that_year()
    {
        Assert.Contains("founded in 1945", Assert.Throws<ArgumentOutOfRangeException>(() => Police.CountInYear(1944)).Message, StringComparison.Ordinal);
        Assert.Equal(0, Police.CountInYear(1945).Years);
        Assert.Equal(81, Police.CountInYear(2026).Years);
    }

    [Fact]
    public void A_count_on_a_day_changes_on_the_anniversary_itself()
    {
        Assert.Contains("founded on 1945-08-19", Assert.Throws<ArgumentOutOfRangeException>(() => Police.CountOn(new LocalDate(1945, 8, 18))).Message, StringComparison.Ordinal);
        Assert.Equal(0, Police.CountOn(new LocalDate(1945, 8, 19)).Years);
        Assert.Equal(80, Police.CountOn(new LocalDate(2026, 8, 18)).Years);
        Assert.Equal(81, Police.CountOn(new LocalDate(2026, 8, 19)).Years);
    }

    [Theory]
    [InlineData("1945-08-18", "1946-08-19", 1)]
    [InlineData("1945-08-19", "1946-08-19", 1)]
    [InlineData("2026-08-18", "2026-08-19", 81)]
    [InlineData("2026-08-19", "2027-08-19", 82)]
    [InlineData("9999-08-18", "9999-08-19", 8054)]
    public void The_next_anniversary_is_strictly_after_the_day(string day, string next, int count)
    {
        var (date, years) = Police.NextAnniversaryAfter(NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value);
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(next).Value, date);
        Assert.Equal(count, years.Years);
    }

    [Fact]
    public void After_the_last_anniversary_the_calendar_can_name_there_is_no_next_one()
        => Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => Police.NextAnniversaryAfter(new LocalDate(9999, 8, 19))).ParamName);

    [Fact]
    public void A_central_window_of_one_day_is_accepted_and_a_backward_one_refused()
    {
        var oneDay = new CentralCampaignWindow(2030, new LocalDate(2030, 8, 19), new LocalDate(2030, 8, 19), "Kế hoạch số 1/KH-BCĐ");
        var table = CentralCampaignWindows.Default.With(oneDay);
        Assert.Contains(oneDay, table.All);
        Assert.Equal(table.All.OrderBy(w => w.Year), table.All);
        Assert.Throws<ArgumentException>(() => CentralCampaignWindows.Default.With(oneDay with { Start = new LocalDate(2030, 8, 20) }));
        Assert.Throws<ArgumentException>(() => CentralCampaignWindows.Default.With(oneDay with { End = new LocalDate(2031, 1, 1) }));
    }
}
