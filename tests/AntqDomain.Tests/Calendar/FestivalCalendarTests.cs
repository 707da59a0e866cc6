using AntqDomain.Calendar;
using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Calendar;

public class FestivalCalendarTests
{
    [Fact]
    public void Today_comes_from_the_injected_clock_in_Vietnam_time()
    {
        var clock = new FixedClock(Instant.FromUtc(2026, 8, 18, 18, 0)); // 01:00 on 19 August in Vietnam
        var calendar = new FestivalCalendar(clock);
        Assert.Equal(new LocalDate(2026, 8, 19), calendar.Today);
        Assert.Equal(2026, calendar.CurrentYear.Year);
    }

    [Fact]
    public void Next_festival_after_the_day_is_next_year()
    {
        Assert.Equal(2026, new FestivalCalendar(FixedClock.At(2026, 8, 19)).Next().Year);
        Assert.Equal(2027, new FestivalCalendar(FixedClock.At(2026, 8, 21)).Next().Year);
    }
}
