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

        Assert.Equal(year, plan.TitleYear);
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

/// <summary>Re-targeting also moves a ceremony that followed last year's template to the template of the new year.</summary>
public class RetargetCeremonyTests
{
    [Theory]
    [InlineData(2024, 2025, "decree-111-art-13")]
    [InlineData(2025, 2026, "guide-2025")]
    public void A_ceremony_that_followed_the_old_template_follows_the_new_one(int from, int to, string template)
    {
        string text = AntqDomain.Drafting.PlanDrafter.Draft(new AntqDomain.Drafting.PlanDraftRequest("xã Đồng Tâm", AntqDomain.Administration.AdministrativeLevel.Commune, from)).Text;

        var result = new PlanFixer().Fix(text, year: to);
        var plan = Examples.Read(result.Text);

        Assert.Equal(AntqDomain.Plans.CeremonyTemplate.All.Single(t => t.Id == template).Steps.Select(s => s.Kind), plan.Ceremony!.Steps.Select(s => s.Kind));
        Assert.DoesNotContain(result.Remaining.Findings, f => f.Code.Value is "ANTQ401" or "ANTQ402" or "ANTQ201" or "ANTQ202" or "ANTQ203" or "ANTQ205");

        // What a person must still change is reported: a 2025 commune plan cited its district, gone in 2026.
        Assert.Equal(from == 2025, result.Remaining.Findings.Any(f => f.Code.Value == "ANTQ509"));
    }

    [Fact]
    public void A_ceremony_of_its_own_design_is_left_for_a_person()
    {
        string text = File.ReadAllText(Repo.PathOf("docs", "examples", "commune-plan-2025-defects.txt"));
        string steps = text.Split('\n').First(l => l.StartsWith("- Phần lễ:", StringComparison.Ordinal));

        var result = new PlanFixer().Fix(text, year: 2026);

        Assert.Contains(steps.Replace("Vì an ninh", "Bảo vệ an ninh", StringComparison.Ordinal), result.Text, StringComparison.Ordinal);
    }
}
