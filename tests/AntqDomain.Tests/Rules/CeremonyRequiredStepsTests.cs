using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>Awards are "(nếu có)" in Decree 111/2018 art. 13: a ceremony without them misses no required step.</summary>
public class CeremonyRequiredStepsTests
{
    [Fact]
    public void A_ceremony_without_an_awards_step_misses_no_required_step()
    {
        string text = Examples.CleanProvincePlanText.Replace(" (7) Công bố quyết định và trao thưởng;", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(Examples.CleanProvincePlanText, text);
        Assert.DoesNotContain("ANTQ401", new PlanValidator().Check(Examples.Read(text)).Findings.Select(f => f.Code.Value));
    }

    [Fact]
    public void A_ceremony_without_its_close_misses_a_required_step()
    {
        string text = Examples.CleanProvincePlanText.Replace("(12) Bế mạc.", "(12) Chụp ảnh lưu niệm.", StringComparison.Ordinal);
        Assert.Contains("ANTQ401", new PlanValidator().Check(Examples.Read(text)).Findings.Select(f => f.Code.Value));
    }
}
