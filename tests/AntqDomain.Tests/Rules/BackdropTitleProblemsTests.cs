using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>ANTQ404 says which line of the backdrop title is off the template, one problem per defect.</summary>
public class BackdropTitleProblemsTests
{
    private static readonly PlanValidator Validator = new();

    [Theory]
    [InlineData("<p>NGÀY HỘI</p> ", "", "the line \"NGÀY HỘI\" is missing")]
    [InlineData("<p>BAN CHỈ ĐẠO 138 TỈNH TUYÊN QUANG</p> <p>NGÀY HỘI</p>", "<p>NGÀY HỘI</p>", "the organiser's name is missing on the first line")]
    [InlineData("<p>BAN CHỈ ĐẠO 138 TỈNH TUYÊN QUANG</p> <p>NGÀY HỘI</p>", "<p>NGÀY HỘI</p> <p>NGÀY HỘI</p>", "the organiser's name is missing on the first line")]
    [InlineData("AN NINH TỔ QUỐC NĂM 2026</p>", "AN NINH TỔ QUỐC NĂM 2025</p>", "the line \"TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2026\" is missing")]
    [InlineData(" <p>Tuyên Quang, ngày 15 tháng 8 năm 2026</p>", "", "the place and August date line is missing")]
    [InlineData("<p>Tuyên Quang, ngày 15 tháng 8 năm 2026</p>", "<p>Tuyên Quang, ngày 15 tháng 9 năm 2026</p>", "the date line must be in August 2026 or on a day of the plan's window")]
    public void Each_defect_of_the_backdrop_title_is_named(string line, string replacement, string problem)
    {
        string text = Examples.CleanProvincePlanText;
        Assert.Contains(line, text, StringComparison.Ordinal);
        var plan = Examples.Read(text.Replace(line, replacement, StringComparison.Ordinal));
        var finding = Assert.Single(Validator.Check(plan).Findings, f => f.Code.Value == "ANTQ404");
        Assert.Equal($"The backdrop title does not follow the template: {problem}.", finding.MessageEn);
    }

    [Fact]
    public void Two_defects_are_named_together()
    {
        string text = Examples.CleanProvincePlanText.Replace("<p>NGÀY HỘI</p> ", string.Empty, StringComparison.Ordinal)
            .Replace("AN NINH TỔ QUỐC NĂM 2026</p>", "AN NINH TỔ QUỐC NĂM 2025</p>", StringComparison.Ordinal);
        var finding = Assert.Single(Validator.Check(Examples.Read(text)).Findings, f => f.Code.Value == "ANTQ404");
        Assert.Equal("The backdrop title does not follow the template: the line \"NGÀY HỘI\" is missing; the line \"TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2026\" is missing.", finding.MessageEn);
    }

    [Theory]
    [InlineData("<p>TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2026</p>", "<p>TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2026</p> <p>TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2026</p>")]
    [InlineData("<p>NGÀY HỘI</p>", "<p>NGÀY HỘI</p> <p>NGÀY HỘI</p>")]
    public void A_line_of_the_template_written_twice_is_still_there(string line, string twice)
    {
        string text = Examples.CleanProvincePlanText;
        Assert.Contains(line, text, StringComparison.Ordinal);
        var plan = Examples.Read(text.Replace(line, twice, StringComparison.Ordinal));
        Assert.DoesNotContain(Validator.Check(plan).Findings, f => f.Code.Value == "ANTQ404" && f.MessageEn.Contains("is missing", StringComparison.Ordinal));
    }
}
