using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using AntqDomain.Legal;

namespace AntqDomain.Tests.Rules;

/// <summary>A finding cites the text that settles it: the superseding regulation, the circular that names the medal.</summary>
public class FindingCitationTests
{
    private static Finding Only(string code, string sentence)
    {
        string text = Examples.CleanProvincePlanText.Replace("3. Tổ chức thiết thực", "3. " + sentence + "; tổ chức thiết thực", StringComparison.Ordinal);
        return Assert.Single(new PlanValidator().Check(Examples.Read(text)).Findings, f => f.Code.Value == code);
    }

    [Theory]
    [InlineData("Thực hiện Thông tư 23/2012/TT-BCA", "TT124")]
    [InlineData("Thực hiện Thông tư 11/2021/TT-BCA", "TT20")]
    [InlineData("Thực hiện Nghị định 91/2017/NĐ-CP", "TĐKT")]
    public void A_superseded_regulation_is_answered_by_the_text_that_replaced_it(string sentence, string abbreviation)
        => Assert.Equal(abbreviation, Only("ANTQ313", sentence).Citation.Abbreviation);

    [Fact]
    public void A_misnamed_medal_cites_the_circular_that_names_it_and_a_misnamed_festival_the_decision()
    {
        Assert.Equal("TT20", Only("ANTQ206", "Đề nghị tặng Kỷ niệm chương Vì an ninh Tổ quốc").Citation.Abbreviation);
        Assert.Equal("QĐ521", Only("ANTQ206", "Tổ chức Ngày hội toàn dân vì an ninh Tổ quốc").Citation.Abbreviation);
    }
}
