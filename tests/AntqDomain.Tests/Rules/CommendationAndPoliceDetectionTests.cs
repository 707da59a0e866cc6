using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// The common real layout — I Mục đích / II Nội dung / III Tổ chức thực hiện, with commendation as an item of the
/// content — is a complete plan; the police are charged in committee and People's Committee plans, not in a school's,
/// by their name or by their movement-building unit's (Cục, Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc).
/// </summary>
public class CommendationAndPoliceDetectionTests
{
    private static readonly PlanValidator Validator = new();

    private static string[] Codes(string text) => [.. Validator.Check(Examples.Read(text)).Findings.Select(f => f.Code.Value)];

    [Fact]
    public void A_commendation_item_inside_the_content_is_a_commendation_part_for_both_rules()
    {
        string text = Examples.CleanProvincePlanText
            .Replace("III. KHEN THƯỞNG\nCông an tỉnh phối hợp Sở Nội vụ tham mưu khen thưởng tập thể, cá nhân tiêu biểu để trao tại Ngày hội.\n\n", string.Empty, StringComparison.Ordinal)
            .Replace("- Kinh phí:", "3. Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu tại Ngày hội.\n- Kinh phí:", StringComparison.Ordinal);
        Assert.DoesNotContain("III. KHEN THƯỞNG", text, StringComparison.Ordinal);
        var codes = Codes(text);
        Assert.DoesNotContain("ANTQ308", codes);
        Assert.DoesNotContain("ANTQ403", codes);
    }

    [Fact]
    public void A_plan_without_any_commendation_gets_a_warning_not_an_error()
    {
        var f = Validator.Check(Examples.Read(Examples.CleanProvincePlanText.Replace("III. KHEN THƯỞNG", "III. CÔNG TÁC KHÁC", StringComparison.Ordinal)))
            .Findings.Single(x => x.Code.Value == "ANTQ308");
        Assert.Equal(AntqDomain.Rules.FindingSeverity.Warning, f.Severity);
    }

    [Fact]
    public void A_school_or_department_plan_need_not_charge_the_police()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText.Replace("chủ trì hướng dẫn, kiểm tra, đôn đốc và tổng hợp báo cáo kết quả", "phối hợp thực hiện", StringComparison.Ordinal));
        Assert.Contains("ANTQ309", Validator.Check(plan).Findings.Select(f => f.Code.Value));
        var school = plan with { Issuer = new PlanIssuer("SỞ GIÁO DỤC VÀ ĐÀO TẠO", AntqDomain.Administration.AdministrativeLevel.Sector, null, IssuerKind.Other) };
        Assert.DoesNotContain("ANTQ309", Validator.Check(school).Findings.Select(f => f.Code.Value));
    }

    [Theory]
    [InlineData("Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc (cơ quan thường trực Ban Chỉ đạo 138 tỉnh)", false)]
    [InlineData("Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc", false)]
    [InlineData("Văn phòng Ủy ban nhân dân tỉnh (cơ quan thường trực)", true)]
    [InlineData("Ban Tuyên giáo và Dân vận, đẩy mạnh xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc,", true)]
    [InlineData("Ban Tuyên giáo và Dân vận, thay đổi xây dựng phong trào bảo vệ an ninh Tổ quốc,", true)]
    public void The_police_may_be_charged_by_the_name_of_their_movement_building_unit(string charged, bool warned)
    {
        const string Police = "Công an tỉnh (cơ quan thường trực Ban Chỉ đạo 138 tỉnh)";
        Assert.Contains(Police + " chủ trì hướng dẫn", Examples.CleanProvincePlanText, StringComparison.Ordinal);

        var codes = Codes(Examples.CleanProvincePlanText.Replace(Police, charged, StringComparison.Ordinal));

        Assert.Equal(warned, codes.Contains("ANTQ309"));
    }
}

