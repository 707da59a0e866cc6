using AntqDomain.Calendar;
using NodaTime;

namespace AntqDomain.Tests.Calendar;

public class CommemoratedEventTests
{
    [Theory]
    [InlineData("police-tradition", 2022, 77)]
    [InlineData("festival", 2022, 17)]
    [InlineData("movement-building-force", 2017, 50)]
    [InlineData("six-teachings", 2023, 75)]
    [InlineData("peoples-security", 2026, 80)]
    [InlineData("peoples-police", 2022, 60)]
    [InlineData("national-day", 2025, 80)]
    public void Count_in_a_year_is_the_year_minus_the_founding_year(string id, int year, int expected)
        => Assert.Equal(expected, CommemoratedEventCollection.Default[id].CountInYear(year).Years);

    [Fact]
    public void Count_on_a_date_completes_a_year_on_the_anniversary_day()
    {
        var police = CommemoratedEventCollection.PoliceTradition;
        Assert.Equal(80, police.CountOn(new LocalDate(2026, 8, 18)).Years);
        Assert.Equal(81, police.CountOn(new LocalDate(2026, 8, 19)).Years);
    }

    [Fact]
    public void Next_anniversary_after_the_day_itself_is_the_following_year()
    {
        var (date, count) = CommemoratedEventCollection.Festival.NextAnniversaryAfter(new LocalDate(2026, 8, 19));
        Assert.Equal(new LocalDate(2027, 8, 19), date);
        Assert.Equal(22, count.Years);
    }

    [Fact]
    public void Next_anniversary_before_the_day_is_the_same_year()
        => Assert.Equal(new LocalDate(2026, 9, 2), CommemoratedEventCollection.NationalDay.NextAnniversaryAfter(new LocalDate(2026, 8, 19)).Date);

    [Fact]
    public void A_year_before_the_founding_year_is_an_argument_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CommemoratedEventCollection.Festival.CountInYear(2004));
        Assert.Throws<ArgumentOutOfRangeException>(() => CommemoratedEventCollection.PoliceTradition.CountOn(new LocalDate(1945, 8, 18)));
    }

    [Fact]
    public void Users_can_add_events_and_a_leap_day_falls_back_in_common_years()
    {
        var custom = new CommemoratedEvent("local-team", new LocalDate(2004, 2, 29), "Tổ tự quản thôn A", "Hamlet A team");
        var events = CommemoratedEventCollection.Default.With(custom);
        Assert.Equal(CommemoratedEventCollection.Default.Count + 1, events.Count);
        Assert.Equal(new LocalDate(2025, 2, 28), events["local-team"].NextAnniversaryAfter(new LocalDate(2024, 3, 1)).Date);
        Assert.False(CommemoratedEventCollection.Default.TryGet("local-team", out _));
    }

    [Fact]
    public void A_copy_with_another_founding_date_counts_its_anniversaries_from_that_date()
    {
        var moved = CommemoratedEventCollection.PoliceTradition with { FoundingDate = new LocalDate(1946, 3, 2) };

        Assert.Equal(new AnnualDate(3, 2), moved.AnnualDate);
        Assert.Equal(new LocalDate(2026, 3, 2), moved.NextAnniversaryAfter(new LocalDate(2026, 1, 1)).Date);
        Assert.Equal(79, moved.CountOn(new LocalDate(2026, 3, 1)).Years);
    }

    [Fact]
    public void Unknown_event_identifier_is_a_clear_error()
        => Assert.Contains("no-such", Assert.Throws<KeyNotFoundException>(() => CommemoratedEventCollection.Default["no-such"]).Message);

    [Fact]
    public void Anniversaries_in_a_year_are_in_date_order()
    {
        var list = CommemoratedEventCollection.Default.AnniversariesIn(2022);
        Assert.Equal(list.Select(a => a.Date).Order(), list.Select(a => a.Date));
        Assert.Contains(list, a => a.Event.Id == "festival" && a.Count.Years == 17);
    }
}
