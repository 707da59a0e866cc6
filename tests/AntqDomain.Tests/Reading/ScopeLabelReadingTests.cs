using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// The scope of the festival is read under the labels plans give it: "Phạm vi:", or a label joining it with the scale
/// or the form ("Quy mô, phạm vi:", "Hình thức, phạm vi:"), or as a scale that says where it is held ("Quy mô: tại
/// 100% khu dân cư"); a plan with no such label states it by organising the festival across a kind of place ("tổ chức
/// Ngày hội ở 100% thôn"). A scale that only counts people, a sentence that only mentions a scope before a colon, one
/// site, and places where something else is done are not the plan's scope.
/// </summary>
public class ScopeLabelReadingTests
{
    private const string ScopeLine = "- Phạm vi: khu dân cư, xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục trên địa bàn tỉnh.";

    private static FestivalPlan ReadWithScopeLine(string line)
    {
        Assert.Contains(ScopeLine, Examples.CleanProvincePlanText, StringComparison.Ordinal);
        return Examples.Read(Examples.CleanWith(ScopeLine, line));
    }

    [Theory]
    [InlineData("- Phạm vi: khu dân cư, xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục trên địa bàn tỉnh.")]
    [InlineData("- Quy mô, phạm vi: khu dân cư, xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục trên địa bàn tỉnh.")]
    [InlineData("- Quy mô và phạm vi tổ chức: khu dân cư, xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục trên địa bàn tỉnh.")]
    [InlineData("- Hình thức, phạm vi: khu dân cư, xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục trên địa bàn tỉnh.")]
    public void The_scope_is_read_under_any_usual_label(string line)
    {
        var plan = ReadWithScopeLine(line);

        Assert.Equal(
            [VenueKind.ResidentialArea, VenueKind.Commune, VenueKind.Agency, VenueKind.Enterprise, VenueKind.EducationInstitution],
            plan.Scope.Order());
        Assert.DoesNotContain(new PlanValidator().Check(plan).Findings, f => f.Code.Value == "ANTQ306");
    }

    [Fact]
    public void A_heading_naming_the_scope_with_a_colon_leaves_the_scope_to_its_own_line()
    {
        const string Heading = "2. Hình thức, phạm vi, thời gian";
        Assert.Contains(Heading + "\n", Examples.CleanProvincePlanText.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var plan = Examples.Read(Examples.CleanWith(Heading, Heading + ":"));

        Assert.Equal(5, plan.Scope.Length);
        Assert.StartsWith("Phạm vi:", plan.ScopeText?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_mentioning_a_scope_before_a_colon_is_not_the_plans_scope()
    {
        var plan = ReadWithScopeLine("- Mở rộng phạm vi tuyên truyền: khu dân cư, xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục.");

        Assert.Empty(plan.Scope);
        Assert.Contains(new PlanValidator().Check(plan).Findings, f => f.Code.Value == "ANTQ306");
    }

    [Theory]
    [InlineData("- Quy mô: tổ chức tại 100% khu dân cư trên địa bàn tỉnh.", VenueKind.ResidentialArea)]
    [InlineData("- Quy mô: mỗi thôn, tổ dân phố tổ chức một buổi.", VenueKind.ResidentialArea)]
    [InlineData("- Quy mô: tại các cơ sở giáo dục trong tỉnh.", VenueKind.EducationInstitution)]
    public void A_scale_saying_where_the_festival_is_held_is_its_scope(string line, VenueKind kind)
    {
        var plan = ReadWithScopeLine(line);

        Assert.Contains(kind, plan.Scope);
        Assert.StartsWith(line[2..], plan.ScopeText?.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(new PlanValidator().Check(plan).Findings, f => f.Code.Value == "ANTQ306");
    }

    [Theory]
    [InlineData("- Phạm vi: 100% tổ dân phố trên địa bàn phường.", new[] { VenueKind.ResidentialArea })]
    [InlineData("- Phạm vi: các thôn, khu dân cư, cơ quan, trường học thuộc xã.", new[] { VenueKind.ResidentialArea, VenueKind.Agency, VenueKind.EducationInstitution })]
    [InlineData("- Phạm vi: tổ chức tại 100% khu dân cư trên địa bàn các xã, phường và đặc khu của tỉnh.", new[] { VenueKind.ResidentialArea })]
    [InlineData("- Phạm vi: toàn xã, ở 100% thôn.", new[] { VenueKind.ResidentialArea })]
    [InlineData("- Phạm vi: các xã, phường và khu dân cư trên địa bàn tỉnh.", new[] { VenueKind.ResidentialArea, VenueKind.Commune })]
    public void The_commune_the_places_lie_in_is_not_one_of_them(string line, VenueKind[] kinds)
    {
        var plan = ReadWithScopeLine(line);

        Assert.Equal(kinds, plan.Scope.Order());
    }

    [Fact]
    public void A_scale_that_only_counts_people_is_not_the_scope()
    {
        var plan = ReadWithScopeLine("- Quy mô: khoảng 300 đại biểu và Nhân dân tham dự.");

        Assert.Null(plan.ScopeText);
        Assert.Contains(new PlanValidator().Check(plan).Findings, f => f.Code.Value == "ANTQ306");
    }

    [Theory]
    [InlineData("- Hình thức: Công an các xã, phường tham mưu tổ chức Ngày hội ở 100% thôn, tổ dân phố, gồm Phần lễ và Phần hội.", VenueKind.ResidentialArea)]
    [InlineData("- Tổ chức Ngày hội tại tất cả các xã, phường trong tỉnh.", VenueKind.Commune)]
    [InlineData("- Các cơ sở giáo dục tổ chức lồng ghép tại các nhà trường trước khi khai giảng.", VenueKind.EducationInstitution)]
    public void A_plan_organising_the_festival_across_a_kind_of_place_states_its_scope(string line, VenueKind kind)
    {
        var plan = ReadWithScopeLine(line);

        Assert.Equal(kind, Assert.Single(plan.Scope));
        Assert.StartsWith(line[2..], plan.ScopeText?.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(new PlanValidator().Check(plan).Findings, f => f.Code.Value == "ANTQ306");
    }

    [Theory]
    [InlineData("- Ban Chỉ đạo 138 tỉnh tổ chức điểm tại xã Phương Độ.")]
    [InlineData("- Treo cờ, băng rôn, khẩu hiệu tại các cơ quan, doanh nghiệp.")]
    [InlineData("- Tổ chức thành công Ngày hội năm trước. Tuyên truyền tại các khu dân cư.")]
    public void One_site_or_places_where_something_else_is_done_are_not_the_scope(string line)
    {
        var plan = ReadWithScopeLine(line);

        Assert.Null(plan.ScopeText);
        Assert.Contains(new PlanValidator().Check(plan).Findings, f => f.Code.Value == "ANTQ306");
    }

    [Fact]
    public void A_labelled_scope_wins_over_an_earlier_statement_of_where_the_festival_is_organised()
    {
        var plan = Examples.Read(Examples.CleanWith(ScopeLine, "- Tổ chức Ngày hội tại 100% thôn.\n" + ScopeLine));

        Assert.Equal(5, plan.Scope.Length);
        Assert.StartsWith("Phạm vi:", plan.ScopeText?.Text, StringComparison.Ordinal);
    }
}
