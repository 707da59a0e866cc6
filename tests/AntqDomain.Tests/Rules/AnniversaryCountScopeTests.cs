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

    private const string Statement = "kỷ niệm 81 năm Ngày truyền thống Công an nhân dân Việt Nam";

    [Theory]
    [InlineData("kỷ niệm 80 năm Ngày thành lập lực lượng Công an nhân dân")]
    [InlineData("kỷ niệm 82 năm ngày thành lập CAND")]
    [InlineData("kỷ niệm 80 năm Ngày truyền thống lực lượng Công an nhân dân")]
    public void A_wrong_count_of_the_police_founding_day_is_reported_however_the_day_is_named(string statement)
        => Assert.Contains("ANTQ201", Codes(Statement, statement));

    [Theory]
    [InlineData("kỷ niệm 81 năm Ngày thành lập lực lượng Công an nhân dân")]
    [InlineData("kỷ niệm 81 năm ngày thành lập CAND")]
    public void The_right_count_of_the_police_founding_day_draws_no_finding(string statement)
        => Assert.Empty(Codes(Statement, statement));

    [Theory]
    [InlineData("kỷ niệm 81 năm Ngày truyền thống Công an nhân dân Việt Nam và 67 năm Ngày thành lập lực lượng Công an nhân dân vũ trang")]
    [InlineData("kỷ niệm 81 năm Ngày truyền thống Công an nhân dân Việt Nam và 67 năm Ngày truyền thống lực lượng Công an nhân dân vũ trang")]
    public void The_border_guards_day_under_its_former_name_is_not_a_police_count(string statement)
        => Assert.DoesNotContain("ANTQ201", Codes(Statement, statement));

    [Fact]
    public void A_wrong_count_tied_to_the_tradition_day_is_still_reported()
        => Assert.Contains("ANTQ201", Codes("Công an nhân dân qua 81 năm xây dựng", "Công an nhân dân qua 79 năm xây dựng"));
}
