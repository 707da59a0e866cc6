using AntqDomain.Administration;
using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// The content rules at their edges: a name that no longer exists is told from words that fold the same way, and
/// counts from the day it ended; the showcase site is asked of province and district plans in their own words; the
/// scope and the funding count as given when either their text or their typed facts are there.
/// </summary>
public class ContentRuleEdgeTests
{
    private static readonly PlanValidator Validator = new();

    private const string Anchor = "(19/8/2005 – 19/8/2026).";

    private static FestivalPlan With(string added)
        => Examples.Read(Examples.CleanWith(Anchor, Anchor + " " + added));

    private static Finding[] Findings(FestivalPlan plan, string code, LocalDate? on = null)
        => [.. Validator.Check(plan, null, on).Findings.Where(f => f.Code.Value == code)];

    [Theory]
    [InlineData("Lực lượng Công an quản lý chặt chẽ địa bàn.", null)]
    [InlineData("Công an quận Ba Đình phối hợp tổ chức.", "Công an quận")]
    [InlineData("CÔNG AN QUẬN BA ĐÌNH phối hợp tổ chức.", "CÔNG AN QUẬN")]
    [InlineData("\nCong an quan Ba Dinh phoi hop to chuc.", "Cong an quan")]
    [InlineData("Công an quan tâm địa bàn; Cong an quan tâm.", null)]
    [InlineData("Công an quản lý địa bàn; Công an quận Ba Đình phối hợp.", "Công an quận")]
    [InlineData("Công an huyện Yên Sơn phối hợp tổ chức.", "Công an huyện")]
    [InlineData("Huy động công an viên tham gia.", "công an viên")]
    public void A_name_that_no_longer_exists_is_told_from_words_that_fold_the_same_way(string sentence, string? found)
    {
        var f = Findings(With(sentence), "ANTQ316");
        if (found is null)
        {
            Assert.Empty(f);
        }
        else
        {
            Assert.Equal(found, Assert.Single(f).Excerpt);
        }
    }

    [Theory]
    [InlineData("2024-06-30", false)]
    [InlineData("2024-07-01", true)]
    public void A_name_counts_as_gone_from_the_day_it_ended(string on, bool reported)
    {
        var plan = With("Huy động công an viên tham gia.");
        Assert.Equal(reported, Findings(plan, "ANTQ316", NodaTime.Text.LocalDatePattern.Iso.Parse(on).Value).Length == 1);
    }

    [Theory]
    [InlineData(AdministrativeLevel.Province, "A province-level plan", "Kế hoạch cấp tỉnh")]
    [InlineData(AdministrativeLevel.District, "A district-level plan", "Kế hoạch cấp huyện")]
    public void A_plan_without_a_showcase_site_is_asked_for_one_at_its_level(AdministrativeLevel level, string en, string vi)
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        plan = plan with { Issuer = plan.Issuer with { Level = level }, ShowcaseSites = [] };
        var f = Assert.Single(Findings(plan, "ANTQ307", new LocalDate(2025, 6, 5)));
        Assert.StartsWith(en, f.MessageEn, StringComparison.Ordinal);
        Assert.StartsWith(vi, f.MessageVi, StringComparison.Ordinal);
        Assert.Empty(Findings(plan with { Issuer = plan.Issuer with { Level = AdministrativeLevel.Commune } }, "ANTQ307"));
    }

    [Fact]
    public void Scope_and_funding_count_as_given_by_their_text_or_by_their_typed_facts()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        Assert.Empty(Findings(plan with { Scope = [] }, "ANTQ306"));
        Assert.Empty(Findings(plan with { ScopeText = null }, "ANTQ306"));
        Assert.Single(Findings(plan with { Scope = [], ScopeText = null }, "ANTQ306"));

        const string fundingRule = "ANTQ310";
        Assert.Empty(Findings(plan with { FundingSources = [] }, fundingRule));
        Assert.Empty(Findings(plan with { Funding = null }, fundingRule));
        Assert.Single(Findings(plan with { Funding = null, FundingSources = [] }, fundingRule));
    }
}
