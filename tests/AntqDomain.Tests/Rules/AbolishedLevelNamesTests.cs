using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// A plan dated on or after 2025-07-01, when the district level and townships ended, that still names their bodies
/// ("Ban Chỉ đạo 138 các huyện", "UBND huyện …", "Huyện ủy", "Công an thị trấn", "các xã, thị trấn") as if they
/// existed draws ANTQ316 at the name; a name marked as former, a plan dated before the reform, and a plan issued by a
/// district (ANTQ505 already says it all) do not.
/// </summary>
public class AbolishedLevelNamesTests
{
    private const string Task = "1. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường xây dựng kế hoạch phù hợp với địa phương.";

    private static readonly PlanValidator Validator = new();

    private static string PlanNaming(string sentence, string date = "ngày 05 tháng 6 năm 2026")
    {
        Assert.Contains(Task, Examples.CleanProvincePlanText, StringComparison.Ordinal);
        return Examples.CleanProvincePlanText
            .Replace(Task, Task + "\n" + sentence, StringComparison.Ordinal)
            .Replace("ngày 05 tháng 6 năm 2026", date, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Finding> Findings(string text, string code)
        => [.. Validator.Check(Examples.Read(text)).Findings.Where(f => f.Code.Value == code)];

    [Theory]
    [InlineData("Ban Chỉ đạo 138 các huyện tổ chức Ngày hội tại cơ sở.", "các huyện")]
    [InlineData("BCĐ 138 huyện Yên Sơn chỉ đạo các xã tổ chức Ngày hội.", "138 huyện")]
    [InlineData("UBND huyện Sơn Dương bố trí kinh phí.", "UBND huyện")]
    [InlineData("Ủy ban nhân dân quận Ba Đình phối hợp thực hiện.", "nhân dân quận")]
    [InlineData("Uỷ ban nhân dân thị xã bố trí kinh phí.", "nhân dân thị xã")]
    [InlineData("Huyện ủy chỉ đạo các cơ sở Đảng.", "Huyện ủy")]
    [InlineData("Huyện uỷ chỉ đạo các cơ sở Đảng.", "Huyện uỷ")]
    [InlineData("Công an cấp huyện hướng dẫn nghiệp vụ.", "Công an cấp huyện")]
    [InlineData("Công an thị trấn Đồng Mỏ tham mưu tổ chức.", "Công an thị trấn")]
    [InlineData("Ủy ban nhân dân các xã, thị trấn xây dựng kế hoạch.", "xã, thị trấn")]
    [InlineData("UBND THỊ TRẤN NA HANG chuẩn bị địa điểm.", "UBND THỊ TRẤN")]
    public void A_body_of_the_ended_levels_named_after_the_reform_is_reported_where_it_stands(string sentence, string found)
    {
        string text = PlanNaming(sentence);
        var f = Assert.Single(Findings(text, "ANTQ316"));
        Assert.Equal(found, f.Excerpt);
        var at = Assert.IsType<AntqDomain.Documents.Location>(f.Location);
        Assert.Equal(Examples.LineOf(text, sentence), at.Line);
        Assert.Equal(found, sentence.Substring(at.Column!.Value - 1, at.Length!.Value));
        Assert.Contains("1/7/2025", f.MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tiếp tục phát huy mô hình của huyện Yên Sơn (cũ).")]
    [InlineData("Kế thừa kinh nghiệm của Công an thị trấn Na Hang (cũ).")]
    [InlineData("UBND các xã, phường, đặc khu bố trí kinh phí.")]
    [InlineData("Công an tỉnh quản lý, hướng dẫn nghiệp vụ.")]
    [InlineData("Cơ quan hải quan phối hợp thực hiện.")]
    [InlineData("Trạm y tế xã tuyên truyền tại các thôn, bản.")]
    public void Current_bodies_and_names_marked_as_former_are_not_reported(string sentence)
        => Assert.Empty(Findings(PlanNaming(sentence), "ANTQ316"));

    [Theory]
    [InlineData("Ban Chỉ đạo 138 các huyện tổ chức Ngày hội tại cơ sở.")]
    [InlineData("UBND huyện Sơn Dương bố trí kinh phí.")]
    [InlineData("Ủy ban nhân dân các xã, thị trấn xây dựng kế hoạch.")]
    public void Before_the_reform_the_district_level_and_townships_existed(string sentence)
        => Assert.Empty(Findings(PlanNaming(sentence, "ngày 05 tháng 6 năm 2025"), "ANTQ316"));

    [Fact]
    public void A_plan_issued_by_a_district_after_the_reform_draws_the_issuer_error_not_one_warning_per_name()
    {
        string text = PlanNaming("UBND huyện Sơn Dương bố trí kinh phí.")
            .Replace("UBND TỈNH TUYÊN QUANG", "UBND HUYỆN SƠN DƯƠNG", StringComparison.Ordinal);
        Assert.Single(Findings(text, "ANTQ505"));
        Assert.Empty(Findings(text, "ANTQ316"));
    }

    [Fact]
    public void A_district_plan_cited_as_the_parent_draws_the_cascade_error_alone()
    {
        const string Basis = "Căn cứ Kế hoạch số 118/KH-BCĐ ngày 20/5/2026 của Ban Chỉ đạo thực hiện phong trào toàn dân bảo vệ ANTQ Trung ương về tổ chức Ngày hội năm 2026, Ban Chỉ đạo 138 tỉnh ban hành kế hoạch như sau:";
        Assert.Contains(Basis, Examples.CleanProvincePlanText, StringComparison.Ordinal);
        string text = Examples.CleanProvincePlanText.Replace(Basis, "Thực hiện Kế hoạch số 45/KH-UBND ngày 20/5/2026 của UBND huyện Yên Sơn, Ban Chỉ đạo ban hành kế hoạch như sau:", StringComparison.Ordinal);
        Assert.Single(Findings(text, "ANTQ509"));
        Assert.Empty(Findings(text, "ANTQ316"));
    }
}
