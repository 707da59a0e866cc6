using AntqDomain.Calendar;
using NodaTime;
using AntqDomain.Language;

namespace AntqDomain.Tests.Calendar;

public class VietnameseDatesTests
{
    [Theory]
    [InlineData(2024, 1, 5, "ngày 05 tháng 01 năm 2024")]
    [InlineData(2024, 2, 15, "ngày 15 tháng 02 năm 2024")]
    [InlineData(2024, 8, 19, "ngày 19 tháng 8 năm 2024")]
    [InlineData(2024, 12, 3, "ngày 03 tháng 12 năm 2024")]
    public void Header_form_uses_Decree_30_leading_zeros(int y, int m, int d, string expected)
    {
        var date = new LocalDate(y, m, d);
        Assert.Equal(expected, VietnameseDates.FormatHeader(date));
        Assert.Equal(date, VietnameseDates.ParseHeader(expected).Value);
    }

    [Theory]
    [InlineData("19/8/2024")]
    [InlineData("19-8-2024")]
    [InlineData("19.8.2024")]
    [InlineData("19/08/2024")]
    [InlineData(" 19 / 8 / 2024 ")]
    public void In_text_forms_parse_to_the_same_date(string text)
        => Assert.Equal(new LocalDate(2024, 8, 19), VietnameseDates.ParseNumeric(text).Value);

    [Theory]
    [InlineData("31/6/2024")]
    [InlineData("29/2/2023")]
    [InlineData("0/1/2024")]
    [InlineData("12/13/2024")]
    public void Impossible_dates_fail_with_a_message_naming_the_date(string text)
    {
        var result = VietnameseDates.ParseNumeric(text);
        Assert.False(result.Success);
        var ex = Assert.Throws<DateTextException>(() => result.GetValueOrThrow());
        Assert.Contains("does not exist", ex.Message);
        Assert.Equal(text, ex.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hôm nay")]
    [InlineData("19/8/24")]
    [InlineData("19/8-2024")]
    public void Text_of_no_known_form_fails_without_throwing(string text)
        => Assert.False(VietnameseDates.Parse(text).Success);

    [Fact]
    public void Leap_day_parses_in_a_leap_year()
        => Assert.Equal(new LocalDate(2024, 2, 29), VietnameseDates.ParseNumeric("29/2/2024").Value);

    [Theory]
    [InlineData("tháng 7/2024")]
    [InlineData("tháng 7 năm 2024")]
    [InlineData("7/2024")]
    [InlineData("THÁNG 07-2024")]
    public void Month_forms_parse_to_a_year_month(string text)
        => Assert.Equal(new YearMonth(2024, 7), VietnameseDates.ParseMonth(text).Value);

    [Fact]
    public void Month_thirteen_is_refused()
        => Assert.False(VietnameseDates.ParseMonth("tháng 13/2024").Success);

    [Fact]
    public void Numeric_and_month_forms_round_trip()
    {
        var date = new LocalDate(2026, 7, 1);
        Assert.Equal("1/7/2026", VietnameseDates.FormatNumeric(date));
        Assert.Equal(date, VietnameseDates.ParseNumeric(VietnameseDates.FormatNumeric(date)).Value);
        Assert.Equal("tháng 7/2026", VietnameseDates.FormatMonth(new YearMonth(2026, 7)));
    }
}
