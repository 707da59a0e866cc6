using AntqDomain.Commendations;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AntqDomain.Tests.Commendations;

public class MedalServiceThresholdTests
{
    private static Nominee Leader(LocalDate from) => new() { Name = "A", Service = [new ServicePeriod(ServiceRole.Leader, from)] };

    private static Nominee Grassroots(Sex sex, LocalDate from, bool hardship = false)
        => new() { Name = "B", Sex = sex, Service = [new ServicePeriod(ServiceRole.GrassrootsForce, from, Hardship: hardship)] };

    [Theory]
    [InlineData(2025, 4, 27, true)] // Circular 11: 5 years are enough
    [InlineData(2025, 4, 28, false)] // Circular 20: 10 years needed
    public void A_leader_with_seven_years_qualifies_only_before_circular_20(int y, int m, int d, bool meets)
        => Assert.Equal(meets, MedalEligibility.Evaluate(Leader(new LocalDate(2018, 1, 1)), new LocalDate(y, m, d)).Meets);

    [Theory]
    [InlineData("2015-04-28", "2025-04-28", true)] // exactly 10 years
    [InlineData("2015-04-29", "2025-04-28", false)] // one day short
    public void Exactly_ten_years_of_leadership_is_enough(string from, string on, bool meets)
    {
        var r = MedalEligibility.Evaluate(Leader(LocalDate.FromDateTime(DateTime.Parse(from, System.Globalization.CultureInfo.InvariantCulture))), LocalDate.FromDateTime(DateTime.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(meets, r.Meets);
        if (!meets)
        {
            Assert.Equal(1, r.Shortfall!.Days);
            Assert.Equal("1 ngày", r.Shortfall.InWords(Internal.Localization.Vietnamese));
            Assert.Equal("1 day", r.Shortfall.InWords(Internal.Localization.English));
        }
    }

    [Theory]
    [InlineData(Sex.Male, 15)]
    [InlineData(Sex.Female, 10)]
    public void Grassroots_members_need_fifteen_years_for_men_and_ten_for_women(Sex sex, int years)
    {
        var on = new LocalDate(2026, 3, 1);
        Assert.True(MedalEligibility.Evaluate(Grassroots(sex, on.PlusYears(-years)), on).Meets);
        Assert.False(MedalEligibility.Evaluate(Grassroots(sex, on.PlusYears(-years).PlusDays(1)), on).Meets);
    }

    [Fact]
    public void Service_from_a_leap_day_reaches_its_anniversary_on_28_february()
    {
        var n = Grassroots(Sex.Female, new LocalDate(2016, 2, 29));
        Assert.True(MedalEligibility.Evaluate(n, new LocalDate(2026, 2, 28)).Meets);
        Assert.False(MedalEligibility.Evaluate(n, new LocalDate(2026, 2, 27)).Meets);
    }

    [Fact]
    public void Hardship_service_counts_double_only_under_circular_20()
    {
        // Six years in a border commune: twelve under Circular 20, six under Circular 11.
        var n = Grassroots(Sex.Female, new LocalDate(2019, 4, 1), hardship: true);
        Assert.False(MedalEligibility.Evaluate(n, new LocalDate(2025, 4, 27)).Meets);
        Assert.True(MedalEligibility.Evaluate(n, new LocalDate(2025, 4, 28)).Meets);
    }

    [Fact]
    public void Earlier_roles_count_toward_the_grassroots_threshold_and_overlaps_count_once()
    {
        var n = new Nominee
        {
            Name = "C",
            Sex = Sex.Male,
            Service =
            [
                new ServicePeriod(ServiceRole.PartTimeCommunePolice, new LocalDate(2005, 1, 1), new LocalDate(2014, 12, 31)),
                new ServicePeriod(ServiceRole.NeighbourhoodGuard, new LocalDate(2014, 1, 1), new LocalDate(2016, 6, 30)),
                new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2019, 1, 1)),
            ],
        };
        var r = MedalEligibility.Evaluate(n, new LocalDate(2025, 8, 1));
        int expected = Period.DaysBetween(new LocalDate(2005, 1, 1), new LocalDate(2016, 7, 1)) + Period.DaysBetween(new LocalDate(2019, 1, 1), new LocalDate(2025, 8, 1));
        Assert.True(r.Count.HasOverlap);
        Assert.Equal(expected, r.Count.CountedDays);
        Assert.True(r.Meets);
    }

    [Fact]
    public void More_service_never_turns_an_eligible_nominee_ineligible()
    {
        var gen =
            from startDays in Gen.Choose(0, 12_000)
            from lengthDays in Gen.Choose(0, 8_000)
            from extraStart in Gen.Choose(0, 12_000)
            from extraLength in Gen.Choose(1, 4_000)
            from role in Gen.Elements(ServiceRole.Leader, ServiceRole.GrassrootsForce, ServiceRole.NeighbourhoodGuard, ServiceRole.CivilDefence, ServiceRole.Other)
            from extraRole in Gen.Elements(ServiceRole.Leader, ServiceRole.GrassrootsForce, ServiceRole.PartTimeCommunePolice)
            from sex in Gen.Elements(Sex.Male, Sex.Female)
            from hardship in Gen.Elements(true, false)
            from onDays in Gen.Choose(0, 3_000)
            select (startDays, lengthDays, extraStart, extraLength, role, extraRole, sex, hardship, onDays);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var origin = new LocalDate(1990, 1, 1);
            var on = new LocalDate(2018, 1, 1).PlusDays(t.onDays);
            var start = origin.PlusDays(t.startDays);
            var nominee = new Nominee { Name = "P", Sex = t.sex, Service = [new ServicePeriod(t.role, start, start.PlusDays(t.lengthDays), t.hardship)] };
            var extraFrom = origin.PlusDays(t.extraStart);
            var more = nominee with { Service = nominee.Service.Add(new ServicePeriod(t.extraRole, extraFrom, extraFrom.PlusDays(t.extraLength))) };
            bool before = MedalEligibility.Evaluate(nominee, on).Meets;
            bool after = MedalEligibility.Evaluate(more, on).Meets;
            return !before || after;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2_000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Thresholds_are_monotone_in_time_served()
    {
        // Serving one more day never makes the shortfall longer, and the shortfall reaches zero exactly at the threshold.
        var gen = from days in Gen.Choose(0, 9_000) from years in Gen.Choose(1, 20) select (days, years);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var on = new LocalDate(2026, 8, 19);
            var a = ServiceTime.Shortfall(new ServiceCount(t.days, t.days, false), t.years, on);
            var b = ServiceTime.Shortfall(new ServiceCount(t.days + 1, t.days + 1, false), t.years, on);
            int da = a?.Days ?? 0;
            int db = b?.Days ?? 0;
            return db <= da && (a is null || a.Days > 0);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2_000).WithQuietOnSuccess(true));
    }
}

public class ServiceDayCountTests
{
    [Fact]
    public void Day_numbers_differ_by_the_days_between_any_two_dates()
    {
        var gen = from a in Gen.Choose(-3_000_000, 2_900_000) from b in Gen.Choose(-3_000_000, 2_900_000) select (a, b);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var origin = new LocalDate(1, 1, 1);
            var x = origin.PlusDays(t.a);
            var y = origin.PlusDays(t.b);
            return ServiceTime.DayNumber(y) - ServiceTime.DayNumber(x) == Period.DaysBetween(x, y) && ServiceTime.DayNumber(x) == t.a;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5_000).WithQuietOnSuccess(true));
    }
}
