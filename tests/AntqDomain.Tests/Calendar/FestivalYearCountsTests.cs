using AntqDomain.Calendar;
using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Calendar;

public class FestivalYearCountsTests
{
    public static TheoryData<int> AllYears()
    {
        var data = new TheoryData<int>();
        for (int y = 2005; y <= 2100; y++)
        {
            data.Add(y);
        }

        return data;
    }

    [Theory]
    [InlineData(2005, 60, 0, 1)]
    [InlineData(2022, 77, 17, 18)]
    [InlineData(2024, 79, 19, 20)]
    [InlineData(2025, 80, 20, 21)]
    [InlineData(2026, 81, 21, 22)]
    public void Counts_match_the_published_values(int year, int police, int festival, int edition)
    {
        var fy = new FestivalYear(year);
        Assert.Equal(police, fy.PoliceYears.Years);
        Assert.Equal(festival, fy.FestivalYears.Years);
        Assert.Equal(edition, fy.Edition);
        Assert.Equal(new LocalDate(year, 8, 19), fy.FestivalDay);
    }

    [Theory]
    [MemberData(nameof(AllYears))]
    public void Counts_follow_the_founding_dates_for_every_year_to_2100(int year)
    {
        var fy = new FestivalYear(year);
        Assert.Equal(year - 1945, fy.PoliceYears.Years);
        Assert.Equal(year - 1945, fy.AugustRevolutionYears.Years);
        Assert.Equal(year - 1945, fy.NationalDayYears.Years);
        Assert.Equal(year - 2005, fy.FestivalYears.Years);
        Assert.Equal(year - 2004, fy.Edition);
        Assert.Equal(CommemoratedEventCollection.PoliceTradition.CountInYear(year), fy.PoliceYears);
        Assert.Equal(CommemoratedEventCollection.Festival.CountInYear(year), fy.FestivalYears);
        Assert.Equal(IsoDayOfWeek.Monday, new LocalDate(year, 8, 19).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)).DayOfWeek);
    }

    [Fact]
    public void The_year_2025_is_round_for_the_police_and_the_festival()
    {
        var fy = new FestivalYear(2025);
        Assert.Equal(AnniversaryRound.Ten, fy.PoliceYears.Round);
        Assert.Equal(AnniversaryRound.Ten, fy.FestivalYears.Round);
    }

    [Theory]
    [InlineData(0, AnniversaryRound.None)]
    [InlineData(5, AnniversaryRound.Five)]
    [InlineData(10, AnniversaryRound.Ten)]
    [InlineData(17, AnniversaryRound.None)]
    [InlineData(75, AnniversaryRound.Five)]
    [InlineData(80, AnniversaryRound.Ten)]
    public void Round_classification_reads_the_last_digit(int years, AnniversaryRound expected)
        => Assert.Equal(expected, new AnniversaryCount(years).Round);

    [Theory]
    [InlineData(2004)]
    [InlineData(1944)]
    [InlineData(0)]
    [InlineData(10000)]
    public void A_year_without_a_festival_is_an_argument_error(int year)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FestivalYear(year));
        Assert.Contains("2005", ex.Message);
    }

    [Fact]
    public void A_negative_count_cannot_be_created()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new AnniversaryCount(-1));

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    [InlineData("")]
    public void Results_do_not_depend_on_the_current_culture(string culture)
    {
        using var _ = new CultureScope(culture);
        var fy = new FestivalYear(2026);
        Assert.Equal("81", fy.PoliceYears.ToString());
        Assert.Equal("2026", fy.ToString());
        Assert.Equal(
            "kỷ niệm 81 năm Ngày truyền thống Công an nhân dân Việt Nam (19/8/1945 – 19/8/2026) và 21 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8/2005 – 19/8/2026)",
            fy.AnniversaryPhrase(System.Globalization.CultureInfo.GetCultureInfo("vi")));
    }
}
