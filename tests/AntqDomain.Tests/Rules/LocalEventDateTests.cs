using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// Showcase ceremonies are held on other days than 19 August (23/7, 30/7, 10/8, 17/8 in real plans): a local event's
/// date inside the plan's window is right, on the backdrop and in the text; a day after 19 August is still wrong.
/// </summary>
public class LocalEventDateTests
{
    private static string[] Codes(params string[] replacements)
    {
        string text = Examples.CleanProvincePlanText;
        for (int i = 0; i < replacements.Length; i += 2)
        {
            Assert.Contains(replacements[i], text);
            text = text.Replace(replacements[i], replacements[i + 1], StringComparison.Ordinal);
        }

        return [.. new PlanValidator().Check(Examples.Read(text)).Findings.Select(f => f.Code.Value)];
    }

    [Theory]
    [InlineData("ngày 23 tháng 7 năm 2026")]
    [InlineData("ngày 30 tháng 7 năm 2026")]
    [InlineData("ngày 10 tháng 8 năm 2026")]
    public void A_backdrop_dated_on_a_day_of_the_window_is_right(string date)
        => Assert.DoesNotContain("ANTQ404", Codes("ngày 15 tháng 8 năm 2026", date));

    [Fact]
    public void A_backdrop_dated_outside_the_window_and_outside_august_is_reported()
        => Assert.Contains("ANTQ404", Codes("ngày 15 tháng 8 năm 2026", "ngày 15 tháng 9 năm 2026"));

    [Theory]
    [InlineData("vào ngày 23/7")]
    [InlineData("vào ngày 17/8")]
    public void A_local_ceremony_held_inside_the_window_is_not_a_wrong_festival_day(string when)
        => Assert.DoesNotContain("ANTQ208", Codes("3. Tổ chức thiết thực", "3. Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc " + when + " tại xã Phương Độ; tổ chức thiết thực"));

    [Fact]
    public void A_day_after_the_festival_day_is_still_a_wrong_festival_day()
        => Assert.Contains("ANTQ208", Codes("3. Tổ chức thiết thực", "3. Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc vào ngày 21/8 thiết thực"));
}
