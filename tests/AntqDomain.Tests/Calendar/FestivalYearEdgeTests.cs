using System.Globalization;
using AntqDomain.Calendar;
using NodaTime;

namespace AntqDomain.Tests.Calendar;

/// <summary>The festival year at its edges: the first and last supported years, year zero of the festival, windows of one day and backwards.</summary>
public class FestivalYearEdgeTests
{
    [Theory]
    [InlineData(2004, false)]
    [InlineData(2005, true)]
    [InlineData(9999, true)]
    [InlineData(10000, false)]
    public void Supported_years_run_from_2005_to_9999(int year, bool supported)
    {
        Assert.Equal(supported, FestivalYear.IsSupported(year));
        if (supported)
        {
            Assert.Equal(year, new FestivalYear(year).Year);
        }
        else
        {
            Assert.ThrowsAny<ArgumentException>(() => new FestivalYear(year));
        }
    }

    [Fact]
    public void In_2005_the_phrase_names_the_police_anniversary_only_in_both_languages()
    {
        var en = CultureInfo.GetCultureInfo("en");
        Assert.Equal(0, new FestivalYear(2005).FestivalYears.Years);
        Assert.DoesNotContain("Festival", new FestivalYear(2005).AnniversaryPhrase(en), StringComparison.Ordinal);
        Assert.Contains("Festival", new FestivalYear(2006).AnniversaryPhrase(en), StringComparison.Ordinal);
        Assert.DoesNotContain("Ngày hội", new FestivalYear(2005).AnniversaryPhrase(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_edition_in_english_words_is_an_ordinal()
    {
        string words = new FestivalYear(2026).EditionInWords(CultureInfo.GetCultureInfo("en"));
        Assert.Contains("twenty-second", words, StringComparison.Ordinal);
        Assert.StartsWith("lần thứ", new FestivalYear(2026).EditionInWords(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    public void A_backdrop_day_outside_the_month_is_refused(int day)
        => Assert.ThrowsAny<ArgumentException>(() => new FestivalYear(2026).BackdropTitle(day: day));

    [Fact]
    public void A_one_day_window_is_allowed_and_a_backward_one_is_refused()
    {
        var oneDay = new CampaignWindowOptions(new AnnualDate(8, 19), new AnnualDate(8, 19), new AnnualDate(4, 1), new AnnualDate(5, 31));
        var w = new FestivalYear(2026).SuggestedWindow(oneDay);
        Assert.Equal(w.Start, w.End);
        var backward = oneDay with { Start = new AnnualDate(8, 20) };
        Assert.Throws<ArgumentException>(() => new FestivalYear(2026).SuggestedWindow(backward));
        var defaults = new FestivalYear(2026).SuggestedWindow();
        Assert.Equal(new LocalDate(2026, 7, 1), defaults.Start);
        Assert.Equal(new LocalDate(2026, 8, 19), defaults.End);
    }

    [Fact]
    public void Festival_years_are_equal_by_their_year()
    {
        Assert.True(new FestivalYear(2026) == new FestivalYear(2026));
        Assert.False(new FestivalYear(2026) != new FestivalYear(2026));
        Assert.True(new FestivalYear(2026) != new FestivalYear(2027));
        Assert.False(new FestivalYear(2026).Equals(new FestivalYear(2027)));
    }
}
