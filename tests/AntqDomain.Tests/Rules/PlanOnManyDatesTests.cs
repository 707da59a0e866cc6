using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Rules;

/// <summary>One plan checked under the rules of several days, its facts derived once for all of them.</summary>
public class PlanOnManyDatesTests
{
    [Fact]
    public void Each_dates_report_is_the_report_of_checking_the_plan_on_that_day()
    {
        var validator = new PlanValidator();
        var plan = Examples.Read(Examples.CleanProvincePlanText.Replace("Số: 214/KH-BCĐ", "Số 214/KH-BCĐ", StringComparison.Ordinal));
        LocalDate[] dates = [new(2019, 6, 1), new(2020, 3, 4), new(2020, 3, 5), new(2026, 6, 5), new(2026, 8, 25)];

        var reports = validator.CheckOn(plan, dates);

        Assert.Equal(dates.Length, reports.Length);
        for (int i = 0; i < dates.Length; i++)
        {
            Assert.Equal(validator.Check(plan, on: dates[i]).Findings.Select(f => (f.Code.Value, f.MessageEn)), reports[i].Findings.Select(f => (f.Code.Value, f.MessageEn)));
        }

        // Decree 30's form rules start on 2020-03-05: the missing colon is a finding from that day only.
        Assert.DoesNotContain(reports[1].Findings, f => f.Code.Value == "ANTQ111");
        Assert.Contains(reports[2].Findings, f => f.Code.Value == "ANTQ111");
    }
}
