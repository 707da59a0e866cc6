using AntqDomain.Commendations;
using NodaTime;

namespace AntqDomain.Tests.Commendations;

/// <summary>The day arithmetic and wording behind every service count and shortfall.</summary>
public class ServiceArithmeticTests
{
    [Theory]
    [InlineData(4, 5, 0, "4 năm 5 tháng", "4 years and 5 months")]
    [InlineData(0, 0, 12, "12 ngày", "12 days")]
    [InlineData(1, 0, 3, "1 năm 3 ngày", "1 year and 3 days")]
    [InlineData(0, 1, 1, "1 tháng 1 ngày", "1 month and 1 day")]
    [InlineData(2, 1, 1, "2 năm 1 tháng 1 ngày", "2 years, 1 month and 1 day")]
    [InlineData(0, 0, 0, "0 ngày", "0 days")]
    public void A_period_is_written_with_only_its_non_zero_parts(int years, int months, int days, string vi, string en)
    {
        var period = new PeriodBuilder { Years = years, Months = months, Days = days }.Build();
        Assert.Equal(vi, ServiceTime.InWordsVi(period));
        Assert.Equal(en, ServiceTime.InWordsEn(period));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, 12, 31)]
    [InlineData(0, 12, 31)]
    [InlineData(0, 1, 1)]
    [InlineData(-1, 3, 1)]
    [InlineData(-400, 2, 29)]
    [InlineData(1900, 3, 1)]
    [InlineData(2000, 2, 29)]
    [InlineData(2026, 8, 19)]
    public void Day_numbers_count_days_from_the_first_of_January_of_year_one(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        int expected = Period.Between(new LocalDate(1, 1, 1), date, PeriodUnits.Days).Days;
        Assert.Equal(expected, ServiceTime.DayNumber(date));
    }

    [Fact]
    public void Two_periods_sharing_a_day_count_that_day_once_and_are_reported_as_overlapping()
    {
        ServicePeriod[] periods =
        [
            new(ServiceRole.GrassrootsForce, new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 30)),
            new(ServiceRole.GrassrootsForce, new LocalDate(2020, 6, 30), new LocalDate(2020, 12, 31)),
        ];
        var count = ServiceTime.Count(periods, _ => true, new LocalDate(2026, 1, 1), hardshipCountsDouble: false);
        Assert.Equal(366, count.CountedDays);
        Assert.True(count.HasOverlap);
    }

    [Fact]
    public void Two_periods_a_day_apart_count_every_day_and_do_not_overlap()
    {
        ServicePeriod[] periods =
        [
            new(ServiceRole.GrassrootsForce, new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 29)),
            new(ServiceRole.GrassrootsForce, new LocalDate(2020, 6, 30), new LocalDate(2020, 12, 31)),
        ];
        var count = ServiceTime.Count(periods, _ => true, new LocalDate(2026, 1, 1), hardshipCountsDouble: false);
        Assert.Equal(366, count.CountedDays);
        Assert.False(count.HasOverlap);
    }

    [Fact]
    public void More_periods_than_fit_on_the_stack_count_like_a_few()
    {
        // 40 one-month periods (the count keeps up to 32 on the stack, more on the heap): the same days either way.
        var periods = Enumerable.Range(0, 40).Select(i => new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2000, 1, 1).PlusMonths(i), new LocalDate(2000, 1, 1).PlusMonths(i + 1).PlusDays(-1))).ToArray();
        var count = ServiceTime.Count(periods, _ => true, new LocalDate(2026, 1, 1), hardshipCountsDouble: false);
        Assert.Equal(Period.Between(new LocalDate(2000, 1, 1), new LocalDate(2003, 5, 1), PeriodUnits.Days).Days, count.CountedDays);
        Assert.False(count.HasOverlap);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 0)]
    [InlineData(10, 0)]
    public void Service_counts_up_to_the_day_before_the_proposal_and_not_from_later_starts(int startOffset, int counted)
    {
        var on = new LocalDate(2026, 1, 1);
        var count = ServiceTime.Count([new ServicePeriod(ServiceRole.Leader, on.PlusDays(startOffset))], _ => true, on, hardshipCountsDouble: false);
        Assert.Equal(counted, count.CountedDays);
    }

    [Fact]
    public void A_later_start_beside_a_counted_period_adds_nothing()
    {
        var on = new LocalDate(2026, 1, 1);
        ServicePeriod[] periods = [new(ServiceRole.Leader, on.PlusDays(-10)), new(ServiceRole.Leader, on.PlusDays(30), on.PlusDays(40))];
        Assert.Equal(10, ServiceTime.Count(periods, _ => true, on, hardshipCountsDouble: false).CountedDays);
    }

    [Theory]
    [InlineData("9989-06-01", "9999-06-01")]
    [InlineData("9990-01-01", "9999-12-31")]
    [InlineData("9995-01-01", "9999-12-31")]
    public void A_threshold_beyond_the_calendar_is_reached_on_its_last_day(string on, string reached)
    {
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(on).Value;
        var shortfall = ServiceTime.Shortfall(default, 10, day);
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(reached).Value, shortfall!.ReachedOn);
    }

    [Fact]
    public void Service_longer_than_the_calendar_meets_any_threshold()
        => Assert.Null(ServiceTime.Shortfall(new ServiceCount(int.MaxValue / 2, int.MaxValue / 2, false), 35, new LocalDate(2026, 1, 1)));

    [Fact]
    public void An_unset_list_of_periods_counts_no_service()
        => Assert.Equal(0, ServiceTime.Count(default(System.Collections.Immutable.ImmutableArray<ServicePeriod>), _ => true, new LocalDate(2026, 1, 1), hardshipCountsDouble: false).CountedDays);
}
