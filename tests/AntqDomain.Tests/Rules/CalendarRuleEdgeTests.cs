using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>The calendar rules (ANTQ205, 207, 208, 209) at their edges: which date disagrees, the wording of round years, local event days.</summary>
public class CalendarRuleEdgeTests
{
    private static readonly PlanValidator Validator = new();

    private static IReadOnlyList<Finding> Findings(string text, string code)
        => [.. Validator.Check(Examples.Read(text)).Findings.Where(f => f.Code.Value == code)];

    private static string Plan(params string[] replacements)
    {
        string text = Examples.CleanProvincePlanText;
        for (int i = 0; i < replacements.Length; i += 2)
        {
            Assert.Contains(replacements[i], text, StringComparison.Ordinal);
            text = text.Replace(replacements[i], replacements[i + 1], StringComparison.Ordinal);
        }

        return text;
    }

    [Fact]
    public void An_issue_date_in_another_year_than_the_title_is_reported_at_the_date_with_its_year()
    {
        var f = Assert.Single(Findings(Plan("ngày 05 tháng 6 năm 2026", "ngày 05 tháng 6 năm 2025"), "ANTQ205"));
        Assert.Equal("$.dated.year", f.Location!.Path);
        Assert.Contains("2025", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains("issue date", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_ending_in_another_year_than_the_title_is_reported_at_the_window()
    {
        var f = Assert.Single(Findings(Plan("- Thời gian: từ ngày 01/7/2026 đến ngày 19/8/2026.", "- Thời gian: từ ngày 01/7/2027 đến ngày 19/8/2027."), "ANTQ205"));
        Assert.Equal("$.window", f.Location!.Path);
        Assert.Contains("2027", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains("the window", f.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025", "80", "20", "(round, ends in 0)", "(năm tròn)")]
    [InlineData("2030", "85", "25", "(ends in 5)", "(năm lẻ 5)")]
    public void A_round_or_half_round_year_names_both_counts_and_what_the_year_allows(string year, string police, string festival, string en, string vi)
    {
        string text = Plan("2026", year, "81 năm", police + " năm", "21 năm", festival + " năm");
        var f = Assert.Single(Findings(text, "ANTQ207"));
        Assert.Contains($"{police} years of the People's Police {en}; {festival} years of the festival {en}", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains($"{police} năm Công an nhân dân {vi}", f.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordinary_year_gets_no_round_year_note()
        => Assert.Empty(Findings(Examples.CleanProvincePlanText, "ANTQ207"));

    [Fact]
    public void A_tradition_day_ceremony_in_a_year_not_ending_in_0_names_the_years_count()
    {
        var f = Assert.Single(Findings(Plan("3. Tổ chức thiết thực", "3. Tổ chức Lễ kỷ niệm 81 năm Ngày truyền thống Công an nhân dân; tổ chức thiết thực"), "ANTQ209"));
        Assert.Contains("81st anniversary", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains("là 81 năm", f.MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ngày 19/9", true)]
    [InlineData("ngày 25/8", true)]
    [InlineData("ngày 30/6", true)]
    [InlineData("ngày 26/7", false)]
    [InlineData("ngày 17/8", false)]
    [InlineData("ngày 19/8", false)]
    public void A_day_stated_with_the_festival_is_wrong_unless_it_is_a_local_event_inside_the_window(string day, bool reported)
    {
        string text = Plan("3. Tổ chức thiết thực", $"3. Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc vào {day} thiết thực");
        Assert.Equal(reported, Findings(text, "ANTQ208").Count == 1);
    }

    [Theory]
    [InlineData("ngày 26/7", false)]
    [InlineData("ngày 10/8", false)]
    [InlineData("ngày 26/6", true)]
    [InlineData("ngày 20/8", true)]
    public void Without_a_window_a_local_event_may_fall_in_july_or_august_up_to_the_19th(string day, bool reported)
    {
        string text = Plan("- Thời gian: từ ngày 01/7/2026 đến ngày 19/8/2026.\n", "", "3. Tổ chức thiết thực", $"3. Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc vào {day} thiết thực");
        Assert.Null(Examples.Read(text).Window);
        Assert.Equal(reported, Findings(text, "ANTQ208").Count == 1);
    }
}

/// <summary>The fixes and citations of the anniversary-range and naming rules (ANTQ203, ANTQ206) at their edges.</summary>
public class AnniversaryRangeAndNamingEdgeTests
{
    private static readonly PlanValidator Validator = new();

    private static Finding Single(string text, string code)
        => Assert.Single(Validator.Check(Examples.Read(text)).Findings, f => f.Code.Value == code);

    [Fact]
    public void A_range_ending_in_the_wrong_year_gets_its_end_fixed_but_one_starting_wrong_needs_a_person()
    {
        var endWrong = Single(Examples.CleanProvincePlanText.Replace("19/8/1945 – 19/8/2026", "19/8/1945 – 19/8/2025", StringComparison.Ordinal), "ANTQ203");
        Assert.NotNull(endWrong.Fix);
        var startWrong = Single(Examples.CleanProvincePlanText.Replace("19/8/1945 – 19/8/2026", "19/8/1946 – 19/8/2026", StringComparison.Ordinal), "ANTQ203");
        Assert.Null(startWrong.Fix);
    }

    [Theory]
    [InlineData("ngày 27 tháng 4 năm 2025", "TT11")]
    [InlineData("ngày 28 tháng 4 năm 2025", "TT20")]
    public void A_misnamed_medal_cites_the_medal_circular_in_force_on_the_plans_date(string dated, string abbreviation)
    {
        string text = Examples.CleanProvincePlanText
            .Replace("ngày 05 tháng 6 năm 2026", dated, StringComparison.Ordinal)
            .Replace("3. Tổ chức thiết thực", "3. Đề nghị tặng Kỷ niệm chương \"Vì an ninh Tổ quốc\" cho cá nhân tiêu biểu; tổ chức thiết thực", StringComparison.Ordinal);
        Assert.Contains("3. Đề nghị tặng Kỷ niệm chương", text, StringComparison.Ordinal);
        var f = Single(text, "ANTQ206");
        Assert.Equal(abbreviation, f.Citation.Abbreviation);
    }
}
