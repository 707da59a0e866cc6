using AntqDomain.Fixing;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Fixing;

/// <summary>Last year's plan made this year's: years, counts and ranges follow; what needs a person is reported.</summary>
public class RetargetTests
{
    [Theory]
    [InlineData(2027, 82, 22)]
    [InlineData(2030, 85, 25)]
    public void A_plan_re_targeted_to_another_year_states_that_years_counts_and_dates(int year, int police, int festival)
    {
        var result = new PlanFixer().Fix(Examples.CleanProvincePlanText, year: year);
        var plan = Examples.Read(result.Text);

        Assert.Equal(year, plan.Year);
        Assert.Equal(year, plan.IssueDate!.Value.Year);
        Assert.Equal(year, plan.Window!.End!.Value.Year);
        Assert.Contains($"kỷ niệm {police} năm Ngày truyền thống", result.Text, StringComparison.Ordinal);
        Assert.Contains($"và {festival} năm Ngày hội", result.Text, StringComparison.Ordinal);
        Assert.Contains($"(19/8/1945 – 19/8/{year})", result.Text, StringComparison.Ordinal);
        Assert.Contains($"TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM {year}", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Remaining.Findings, f => f.Code.Value is "ANTQ201" or "ANTQ202" or "ANTQ203" or "ANTQ205");
    }

    [Fact]
    public void The_parent_plan_of_the_old_year_is_left_for_a_person_and_reported()
    {
        var result = new PlanFixer().Fix(Examples.CleanProvincePlanText, year: 2027);

        Assert.Contains("Kế hoạch số 118/KH-BCĐ ngày 20/5/2026", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Remaining.Findings, f => f.Code.Value == "ANTQ510" && f.Fix is null);
    }

    [Fact]
    public void A_year_without_a_festival_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new PlanFixer().Fix(Examples.CleanProvincePlanText, year: 2004));
}
