using AntqDomain.Calendar;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// The end of a plan's window is bounded by the central plan of its year, not by 19 August alone: the 2022 central
/// plan itself ran to the end of 20 August, so plans that followed it are not in error.
/// </summary>
public class CentralWindowTests
{
    // The clean 2026 example, checked against a central plan for 2026 that runs 1 July – 20 August.
    private static readonly PlanValidator WithCentral2026 = new(centralWindows: CentralCampaignWindows.Default.With(
        new CentralCampaignWindow(2026, new LocalDate(2026, 7, 1), new LocalDate(2026, 8, 20), "Kế hoạch thử nghiệm của Trung ương")));

    private static string[] Codes(PlanValidator validator, string from, string to)
        => [.. validator.Check(Examples.Read(Examples.CleanProvincePlanText.Replace(from, to, StringComparison.Ordinal))).Findings.Select(f => f.Code.Value)];

    [Fact]
    public void The_default_table_holds_the_verified_2022_window_of_1_to_20_August()
    {
        var w = CentralCampaignWindows.Default.For(2022)!;
        Assert.Equal(new LocalDate(2022, 8, 1), w.Start);
        Assert.Equal(new LocalDate(2022, 8, 20), w.End);
        Assert.Contains("333/KH-BCĐ", w.Source, StringComparison.Ordinal);
        Assert.Null(CentralCampaignWindows.Default.For(2026));
    }

    [Fact]
    public void A_window_ending_after_19_August_inside_the_central_window_is_only_advice()
        => Assert.Equal(["ANTQ315"], Codes(WithCentral2026, "đến ngày 19/8/2026", "đến ngày 20/8/2026"));

    [Fact]
    public void A_window_ending_after_the_central_window_is_an_error()
        => Assert.Equal(["ANTQ304"], Codes(WithCentral2026, "đến ngày 19/8/2026", "đến ngày 21/8/2026"));

    [Fact]
    public void Without_a_known_central_window_a_window_past_19_August_is_a_warning()
        => Assert.Equal(["ANTQ314"], Codes(new PlanValidator(centralWindows: CentralCampaignWindows.None), "đến ngày 19/8/2026", "đến ngày 20/8/2026"));

    [Fact]
    public void A_plan_dated_after_the_central_window_ended_is_an_error_and_inside_it_is_not()
    {
        Assert.Contains("ANTQ108", Codes(WithCentral2026, "ngày 05 tháng 6 năm 2026", "ngày 25 tháng 8 năm 2026"));
        var inside = Codes(WithCentral2026, "ngày 05 tháng 6 năm 2026", "ngày 20 tháng 8 năm 2026");
        Assert.DoesNotContain("ANTQ108", inside);
        Assert.DoesNotContain("ANTQ109", inside);
    }

    [Fact]
    public void A_window_that_runs_backwards_or_leaves_its_year_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CentralCampaignWindows.None.With(new CentralCampaignWindow(2026, new LocalDate(2026, 8, 20), new LocalDate(2026, 8, 1), "x")));
        Assert.Throws<ArgumentException>(() => CentralCampaignWindows.None.With(new CentralCampaignWindow(2026, new LocalDate(2025, 8, 1), new LocalDate(2026, 8, 1), "x")));
    }
}
