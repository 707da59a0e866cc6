using AntqDomain.Language;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Text;

/// <summary>
/// A basis sentence whose words are spaced unevenly (two spaces typed, a tab, a no-break or zero-width space left by a
/// copy) cites the same parent plan, and names the same issuer, as one spaced evenly.
/// </summary>
public class BasisSpacingTests
{
    private const string Cited = "Căn cứ Kế hoạch số 118/KH-BCĐ";

    /// <summary>Spacings a reader meets in a sentence (a tab there would separate the cells of a layout).</summary>
    public static TheoryData<string> ReadSpacings() => new() { "  ", "   ", "\u00A0", " \u200B", " \u00A0 " };

    /// <summary>White space between words once the reader has cleaned the line (format characters are gone).</summary>
    public static TheoryData<string> PatternSpacings() => new() { "  ", "\t", "\u00A0", " \u00A0 " };

    [Theory]
    [MemberData(nameof(ReadSpacings))]
    public void The_parent_plan_is_cited_whatever_the_spacing(string space)
    {
        var even = Examples.Read(Examples.CleanProvincePlanText).Parent!;
        string uneven = Examples.CleanProvincePlanText.Replace(Cited, Cited.Replace(" ", space, StringComparison.Ordinal), StringComparison.Ordinal);

        var plan = Examples.Read(uneven);

        Assert.NotNull(plan.Parent);
        Assert.Equal(even.Number, plan.Parent.Number);
        Assert.Equal(even.Date, plan.Parent.Date);
        Assert.Equal(even.IssuerLevel, plan.Parent.IssuerLevel);
        Assert.DoesNotContain(new PlanValidator().Check(plan).Findings, f => f.Code.Value == "ANTQ501");
    }

    [Theory]
    [MemberData(nameof(PatternSpacings))]
    public void The_issuer_named_in_the_basis_is_found_whatever_the_spacing(string space)
    {
        string sentence = "Thực hiện Kế hoạch số 12/KH-BCĐ của tỉnh, Ban Chỉ đạo 138 huyện Bắc Sơn xây dựng kế hoạch như sau:";
        string uneven = sentence.Replace(", Ban Chỉ đạo", "," + space + "Ban" + space + "Chỉ" + space + "đạo", StringComparison.Ordinal)
            .Replace("xây dựng kế hoạch", "xây" + space + "dựng" + space + "kế" + space + "hoạch", StringComparison.Ordinal);

        var m = TextPatterns.SelfIssuer().Match(VietnameseText.Fold(uneven));

        Assert.True(m.Success, uneven);
        Assert.EndsWith("huyen bac son", m.Groups["self"].Value, StringComparison.Ordinal);
    }
}
