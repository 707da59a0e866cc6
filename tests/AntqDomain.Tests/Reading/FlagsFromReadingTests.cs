using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// The day flags and banners go up from is read from the sentence on flying the flag, its day written in figures or in
/// words, the plan's year taken when none is written; an impossible day is no day.
/// </summary>
public class FlagsFromReadingTests
{
    private const string FlagsLine = "- Treo cờ, băng rôn, khẩu hiệu từ ngày 20/7 tại trụ sở";

    private static LocalDate? FlagsFrom(string line)
    {
        Assert.Contains(FlagsLine, Examples.CleanProvincePlanText, StringComparison.Ordinal);
        return Examples.Read(Examples.CleanWith(FlagsLine, line)).FlagsFrom;
    }

    [Theory]
    [InlineData(FlagsLine, "2026-07-20")]
    [InlineData("- Treo cờ, băng rôn, khẩu hiệu từ ngày 20/7/2026 tại trụ sở", "2026-07-20")]
    [InlineData("- Treo cờ, băng rôn, khẩu hiệu từ ngày 20 tháng 7 tại trụ sở", "2026-07-20")]
    [InlineData("- Treo cờ, băng rôn, khẩu hiệu từ ngày 20 tháng 7 năm 2026 tại trụ sở", "2026-07-20")]
    [InlineData("- Treo cờ, băng rôn, khẩu hiệu từ ngày 31 tháng 6 tại trụ sở", null)]
    public void The_flags_day_is_read_in_figures_or_in_words(string line, string? expected)
        => Assert.Equal(expected, FlagsFrom(line)?.ToString("uuuu-MM-dd", null));
}
