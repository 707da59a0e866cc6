using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// Round years under Decree 111/2018: a formal ceremony of the tradition day only when the count ends in 0; and a
/// plan that looks ahead to next year's anniversary ("hướng tới kỷ niệm 80 năm …") is not wrong about this year's.
/// </summary>
public class AnniversaryYearsTests
{
    private static string[] Codes(string text) => [.. new PlanValidator().Check(Examples.Read(text)).Findings.Select(f => f.Code.Value)];

    private static string With(string insert) => Examples.CleanProvincePlanText.Replace("3. Tổ chức thiết thực", "3. " + insert + "; tổ chức thiết thực", StringComparison.Ordinal);

    [Fact]
    public void A_formal_ceremony_in_a_round_year_is_right()
    {
        string text = With("Tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống Công an nhân dân")
            .Replace("2026", "2025", StringComparison.Ordinal).Replace("81 năm", "80 năm", StringComparison.Ordinal).Replace("21 năm", "20 năm", StringComparison.Ordinal);
        Assert.DoesNotContain("ANTQ209", Codes(text));
    }

    [Fact]
    public void A_formal_ceremony_in_a_year_that_is_not_round_is_a_warning()
        => Assert.Contains("ANTQ209", Codes(With("Tổ chức Lễ kỷ niệm 81 năm Ngày truyền thống Công an nhân dân")));

    [Fact]
    public void A_look_ahead_to_next_years_anniversary_is_not_a_wrong_count_or_range()
    {
        var codes = Codes(With("Hướng tới kỷ niệm 85 năm Ngày truyền thống Công an nhân dân (19/8/1945 – 19/8/2030)"));
        Assert.DoesNotContain("ANTQ201", codes);
        Assert.DoesNotContain("ANTQ203", codes);
    }

    [Fact]
    public void The_round_year_advice_uses_the_legal_term_and_says_what_it_allows()
    {
        string text = Examples.CleanProvincePlanText.Replace("2026", "2030", StringComparison.Ordinal).Replace("81 năm", "85 năm", StringComparison.Ordinal).Replace("21 năm", "25 năm", StringComparison.Ordinal);
        var f = new PlanValidator().Check(Examples.Read(text)).Findings.Single(x => x.Code.Value == "ANTQ207");
        Assert.Contains("năm lẻ 5", f.MessageVi, StringComparison.Ordinal);
        Assert.Contains("only round anniversaries", f.MessageEn, StringComparison.Ordinal);
    }
}
