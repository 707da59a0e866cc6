using System.Globalization;
using AntqDomain.Calendar;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Calendar;

/// <summary>English texts say "81st", "22nd", "111th" — never "81th".</summary>
public class EnglishOrdinalTests
{
    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(23, "23rd")]
    [InlineData(101, "101st")]
    [InlineData(111, "111th")]
    public void Ordinals_follow_english_usage(int n, string ordinal)
        => Assert.Equal(ordinal, AntqDomain.Internal.Localization.EnglishOrdinal(n));

    [Fact]
    public void The_english_anniversary_phrase_and_slogans_use_real_ordinals()
    {
        var en = CultureInfo.GetCultureInfo("en");
        string phrase = new FestivalYear(2026).AnniversaryPhrase(en);
        Assert.Contains("the 81st anniversary", phrase, StringComparison.Ordinal);
        Assert.Contains("the 21st anniversary", phrase, StringComparison.Ordinal);
        Assert.Contains(new FestivalYear(2027).Slogans(en), s => s.Contains("82nd", StringComparison.Ordinal) && s.Contains("22nd", StringComparison.Ordinal));
        Assert.DoesNotContain("1th", new FestivalYear(2026).AnniversaryPhrase(en), StringComparison.Ordinal);
    }

    [Fact]
    public void The_english_message_of_a_wrong_count_uses_the_ordinal()
    {
        string text = Examples.CleanProvincePlanText.Replace("kỷ niệm 81 năm Ngày truyền thống", "kỷ niệm 80 năm Ngày truyền thống", StringComparison.Ordinal);
        var f = new PlanValidator().Check(Examples.Read(text)).Findings.Single(x => x.Code.Value == "ANTQ201");
        Assert.Contains("the 81st year", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_calendar_command_in_english_prints_real_ordinals()
    {
        string output = AntqDomain.Tests.Cli.CalendarCommandTests.Run("calendar", "2026", "--lang", "en").Out;
        Assert.Contains("81st", output, StringComparison.Ordinal);
        Assert.DoesNotContain("81th", output, StringComparison.Ordinal);
    }
}
