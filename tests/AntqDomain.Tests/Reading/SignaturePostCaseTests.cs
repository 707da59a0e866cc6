using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// Web copies and some offices write the signer's post in the host body in normal case, below the committee's titles
/// or below the name ("Giám đốc Công an tỉnh"): it is still a line of the signature, so the plan names the post under its
/// seal (no false ANTQ112) and nothing is left outside the plan's parts.
/// </summary>
public class SignaturePostCaseTests
{
    private const string Signature = "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGIÁM ĐỐC CÔNG AN TỈNH\nNguyễn Văn Minh";

    private static AntqDomain.Plans.FestivalPlan ReadWith(string signature)
    {
        string text = Examples.CleanProvincePlanText.ReplaceLineEndings("\n");
        Assert.Contains(Signature, text, StringComparison.Ordinal);
        return Examples.Read(text.Replace(Signature, signature, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n(Đã ký)\n\nGiám đốc Công an tỉnh\nNguyễn Văn Minh")]
    [InlineData("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n\nĐại tá Nguyễn Văn Minh\nGiám đốc Công an tỉnh")]
    public void A_post_in_normal_case_is_a_line_of_the_signature(string signature)
    {
        var plan = ReadWith(signature);

        Assert.Equal("Giám đốc Công an tỉnh", plan.Signature?.HostPost?.Text);
        Assert.Empty(new PlanValidator().Check(plan).Findings);
    }

    [Fact]
    public void Without_the_post_the_committees_plan_is_still_told_to_name_it()
    {
        var plan = ReadWith("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNguyễn Văn Minh");

        Assert.Contains(new PlanValidator().Check(plan).Findings, f => f.Code.Value == "ANTQ112");
    }

    [Theory]
    [InlineData("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGIÁM ĐỐC CÔNG AN TỈNH\n[Đã ký]\nNguyễn Văn Minh")]
    [InlineData("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGIÁM ĐỐC CÔNG AN TỈNH\n[daky]\nNguyễn Văn Minh")]
    public void A_signed_mark_in_square_brackets_is_no_blank_to_fill_and_no_signer(string signature)
    {
        var plan = ReadWith(signature);

        Assert.Equal("Nguyễn Văn Minh", plan.Signature?.Signer?.Text);
        Assert.Empty(new PlanValidator().Check(plan).Findings);
    }
}
