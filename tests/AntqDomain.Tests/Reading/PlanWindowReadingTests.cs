using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// The plan's time window is read from its "Thời gian" line in every way plans write it: days with or without a year,
/// months (a month starts on its first day and ends on its last), and the year taken from the end when the start has none.
/// </summary>
public class PlanWindowReadingTests
{
    private const string WindowLine = "- Thời gian: từ ngày 01/7/2026 đến ngày 19/8/2026.";

    private static PlanWindowExpectation Read(string line)
    {
        string text = Examples.CleanProvincePlanText;
        Assert.Contains(WindowLine, text, StringComparison.Ordinal);
        var window = Examples.Read(text.Replace(WindowLine, line, StringComparison.Ordinal)).Window;
        return new(window?.Start, window?.End);
    }

    private sealed record PlanWindowExpectation(LocalDate? Start, LocalDate? End);

    public static TheoryData<string, string?, string?> Lines() => new()
    {
        { WindowLine, "2026-07-01", "2026-08-19" },
        { "- Thời gian: từ ngày 15/7 đến ngày 19/8/2026.", "2026-07-15", "2026-08-19" },
        { "- Thời gian: từ tháng 7/2026 đến ngày 19/8/2026.", "2026-07-01", "2026-08-19" },
        { "- Thời gian: từ tháng 7 đến hết tháng 8/2026.", "2026-07-01", "2026-08-31" },
        { "- Thời gian: từ ngày 1.7.2026 – 19.8.2026.", "2026-07-01", "2026-08-19" },
        { "- Thời gian: từ ngày 31/6/2026 đến ngày 19/8/2026.", null, "2026-08-19" },
        { "- Thời gian: từ tháng 13/2026 đến ngày 19/8/2026.", null, "2026-08-19" },
        { "- Thời gian: từ ngày 01/7/20261 đến ngày 19/8/2026.", null, null },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void The_window_is_read_from_the_time_line(string line, string? start, string? end)
    {
        var read = Read(line);

        Assert.Equal(start, read.Start?.ToString("uuuu-MM-dd", null));
        Assert.Equal(end, read.End?.ToString("uuuu-MM-dd", null));
    }
}
