using System.Globalization;
using AntqDomain.Calendar;

namespace AntqDomain.Tests.Calendar;

public class FestivalTextsTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    [Theory]
    [InlineData(2005, "lần thứ nhất")]
    [InlineData(2008, "lần thứ tư")]
    [InlineData(2022, "lần thứ mười tám")]
    [InlineData(2026, "lần thứ hai mươi hai")]
    public void Edition_is_written_in_Vietnamese_words(int year, string expected)
        => Assert.Equal(expected, new FestivalYear(year).EditionInWords(Vi));

    [Fact]
    public void Anniversary_phrase_of_2022_names_77_and_17_years()
        => Assert.Equal(
            "kỷ niệm 77 năm Ngày truyền thống Công an nhân dân Việt Nam (19/8/1945 – 19/8/2022) và 17 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8/2005 – 19/8/2022)",
            new FestivalYear(2022).AnniversaryPhrase(Vi));

    [Fact]
    public void Anniversary_phrase_of_the_first_festival_names_only_the_police()
        => Assert.DoesNotContain("Ngày hội", new FestivalYear(2005).AnniversaryPhrase(Vi));

    [Fact]
    public void Anniversary_phrase_follows_the_English_culture()
        => Assert.StartsWith("the 81th anniversary", new FestivalYear(2026).AnniversaryPhrase(En).Replace("81st", "81th"));

    [Fact]
    public void Backdrop_title_has_the_four_template_lines()
    {
        var title = new FestivalYear(2024).BackdropTitle("Ban Chỉ đạo 138 huyện Bắc Sơn", "Bắc Sơn", 9);
        Assert.Equal<string>(
            ["BAN CHỈ ĐẠO 138 HUYỆN BẮC SƠN", "NGÀY HỘI", "TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2024", "Bắc Sơn, ngày 09 tháng 8 năm 2024"],
            title.Lines);
    }

    [Fact]
    public void Slogans_carry_the_counts_of_the_year()
    {
        var slogans = new FestivalYear(2022).Slogans(Vi);
        Assert.Contains(slogans, s => s.Contains("77 năm Ngày truyền thống Công an nhân dân", StringComparison.Ordinal) && s.Contains("17 năm Ngày hội", StringComparison.Ordinal));
    }

    [Fact]
    public void Suggested_window_runs_from_1_July_to_the_festival_day()
    {
        var w = new FestivalYear(2026).SuggestedWindow();
        Assert.Equal(new NodaTime.LocalDate(2026, 7, 1), w.Start);
        Assert.Equal(new NodaTime.LocalDate(2026, 8, 19), w.End);
    }

    [Fact]
    public void Window_is_configurable_and_education_institutions_have_an_earlier_one()
    {
        var options = CampaignWindowOptions.Default with { Start = new NodaTime.AnnualDate(8, 1) };
        Assert.Equal(new NodaTime.LocalDate(2022, 8, 1), new FestivalYear(2022).SuggestedWindow(options).Start);
        Assert.True(new FestivalYear(2022).SuggestedEducationWindow().End < new NodaTime.LocalDate(2022, 8, 19));
    }
}
