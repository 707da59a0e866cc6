using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>Forces and units that no longer exist: neighbourhood guards and part-time commune police from 2024-07-01, townships from 2025-07-01.</summary>
public class OutdatedNamesTests
{
    private static string[] Codes(string insert, string date = "ngày 05 tháng 6 năm 2026")
    {
        string text = Examples.CleanProvincePlanText
            .Replace("3. Tổ chức thiết thực", "3. " + insert + "; tổ chức thiết thực", StringComparison.Ordinal)
            .Replace("ngày 05 tháng 6 năm 2026", date, StringComparison.Ordinal);
        return [.. new PlanValidator().Check(Examples.Read(text)).Findings.Select(f => f.Code.Value)];
    }

    [Theory]
    [InlineData("Phát huy vai trò của lực lượng bảo vệ dân phố")]
    [InlineData("Huy động công an viên tham gia")]
    [InlineData("Giao Công an xã, phường, thị trấn chủ trì")]
    public void A_name_that_no_longer_exists_is_reported(string phrase)
        => Assert.Contains("ANTQ316", Codes(phrase));

    [Theory]
    [InlineData("Phát huy vai trò của Tổ bảo vệ an ninh, trật tự ở cơ sở")]
    [InlineData("Phát huy kinh nghiệm của lực lượng bảo vệ dân phố trước đây")]
    [InlineData("Giao Công an xã, phường, đặc khu chủ trì")]
    public void Current_names_and_names_marked_as_former_are_not_reported(string phrase)
        => Assert.DoesNotContain("ANTQ316", Codes(phrase));

    [Fact]
    public void A_name_far_into_a_very_long_text_is_still_reported()
    {
        // A text built in code (or read from JSON) may be longer than the reader's lines: past its first 20,000
        // characters the statement patterns no longer look, but a name no longer in use is looked for in all of it.
        string filler = string.Concat(Enumerable.Repeat("tuyên truyền sâu rộng trong Nhân dân, ", 600));
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        var longText = new AntqDomain.Documents.PlanText("Tổ chức " + filler + "huy động công an viên tham gia.");
        var findings = new PlanValidator().Check(plan with { Unplaced = [.. plan.Unplaced, longText] }).Findings;
        Assert.Contains(findings, f => f.Code.Value == "ANTQ316" && f.MessageVi.Contains("công an viên", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Before_the_reform_a_township_was_a_unit()
        => Assert.DoesNotContain("ANTQ316", Codes("Giao Công an xã, phường, thị trấn chủ trì", "ngày 05 tháng 6 năm 2025"));
}
