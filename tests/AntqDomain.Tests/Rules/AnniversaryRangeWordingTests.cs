using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// An anniversary range is written with a dash ("19/8/1945 – 19/8/2026") or in words ("từ 19/8/1945 đến 19/8/2026",
/// "từ ngày … đến ngày …"): ANTQ203 reads both, and a period between two festival days that is not an anniversary
/// ("từ 19/8/2025 đến 19/8/2026", a year of results) is not taken for one.
/// </summary>
public class AnniversaryRangeWordingTests
{
    private const string Written = "19/8/1945 – 19/8/2026";

    private static readonly PlanValidator Validator = new();

    private static IReadOnlyList<Finding> Ranges(string range)
    {
        Assert.Contains(Written, Examples.CleanProvincePlanText, StringComparison.Ordinal);
        string text = Examples.CleanProvincePlanText.Replace(Written, range, StringComparison.Ordinal);
        return [.. Validator.Check(Examples.Read(text)).Findings.Where(f => f.Code.Value == "ANTQ203")];
    }

    [Theory]
    [InlineData("19/8/1945 đến 19/8/2025")]
    [InlineData("từ 19/8/1945 đến 19/8/2025")]
    [InlineData("từ ngày 19/8/1945 đến ngày 19/8/2025")]
    [InlineData("19-8-1945 đến  19-8-2025")]
    [InlineData("2/9/1945 đến 2/9/2025")]
    [InlineData("19/8/2005 đến 19/8/2025")]
    public void A_range_in_words_that_ends_in_the_wrong_year_is_reported_and_its_end_fixed(string range)
    {
        var f = Assert.Single(Ranges(range));
        Assert.Contains("2025", f.Excerpt, StringComparison.Ordinal);
        var edit = Assert.Single(Assert.IsType<SuggestedFix>(f.Fix).Edits);
        Assert.Equal("2026", edit.Replacement);
    }

    [Theory]
    [InlineData("từ 19/8/1945 đến 19/8/2026")]
    [InlineData("từ ngày 19/8/2005 đến ngày 19/8/2026")]
    [InlineData("19/8/1945 đến 19/8/2026")]
    public void A_range_in_words_ending_in_the_festival_year_is_right(string range)
        => Assert.Empty(Ranges(range));

    [Theory]
    [InlineData("từ 19/8/2025 đến 19/8/2026")]
    [InlineData("từ ngày 19/8/2024 đến ngày 19/8/2025")]
    [InlineData("từ 02/9/2025 đến 02/9/2026")]
    public void A_period_between_two_festival_days_in_words_is_not_an_anniversary(string range)
        => Assert.Empty(Ranges(range));

    [Fact]
    public void A_range_with_a_dash_is_still_read_whatever_its_start()
        => Assert.Single(Ranges("19/8/1946 – 19/8/2026"));
}
