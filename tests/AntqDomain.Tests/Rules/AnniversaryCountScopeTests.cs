using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>Only counts tied to the tradition day are anniversary counts; a period of years is not.</summary>
public class AnniversaryCountScopeTests
{
    private static string[] Codes(string from, string to)
        => [.. new PlanValidator().Check(Examples.Read(Examples.CleanProvincePlanText.Replace(from, to, StringComparison.Ordinal))).Findings.Select(f => f.Code.Value)];

    [Theory]
    [InlineData("Công an nhân dân qua 81 năm xây dựng", "Công an nhân dân trong 5 năm qua và qua 81 năm xây dựng")]
    [InlineData("2. Biểu dương", "2. Đánh giá kết quả của lực lượng Công an nhân dân trong 5 năm qua; biểu dương")]
    public void A_period_of_years_is_not_a_count(string from, string to)
        => Assert.DoesNotContain("ANTQ201", Codes(from, to));

    [Fact]
    public void A_wrong_count_tied_to_the_tradition_day_is_still_reported()
        => Assert.Contains("ANTQ201", Codes("Công an nhân dân qua 81 năm xây dựng", "Công an nhân dân qua 79 năm xây dựng"));
}
