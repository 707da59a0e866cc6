using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Text;

/// <summary>
/// A plan whose title, part headings, issuer, signer's title or "Nơi nhận" have two spaces (or a no-break space) between words is read
/// into the same parts as the plan spaced evenly, and draws no finding the even one does not.
/// </summary>
public class StructureSpacingTests
{
    public static TheoryData<string, string> Spacings() => new()
    {
        { "KẾ HOẠCH", "KẾ  HOẠCH" },
        { "II. NỘI DUNG", "II. NỘI  DUNG" },
        { "Nơi nhận", "Nơi  nhận" },
        { "Nơi nhận", "Nơi\u00A0nhận" },
        { "IV. TỔ CHỨC THỰC HIỆN", "IV. TỔ CHỨC  THỰC HIỆN" },
        { "BAN CHỈ ĐẠO 138", "BAN  CHỈ ĐẠO 138" },
        { "TRƯỞNG BAN", "TRƯỞNG  BAN" },
    };

    [Theory]
    [MemberData(nameof(Spacings))]
    public void Uneven_spacing_reads_into_the_same_parts(string even, string uneven)
    {
        var clean = Examples.Read(Examples.CleanProvincePlanText);
        string text = Examples.CleanProvincePlanText.Replace(even, uneven, StringComparison.Ordinal);
        Assert.NotEqual(Examples.CleanProvincePlanText, text);

        var plan = Examples.Read(text);

        Assert.NotNull(plan.Title);
        Assert.Equal(clean.Sections.Select(s => s.Kind), plan.Sections.Select(s => s.Kind));
        Assert.Equal(clean.Recipients?.Lines.Length, plan.Recipients?.Lines.Length);
        Assert.Equal(clean.Issuer.Kind, plan.Issuer.Kind);
        Assert.Empty(new PlanValidator().Check(plan).Findings);
    }
}
