using AntqDomain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
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
        { "- Thời gian: từ ngày 01/7/20261 đến ngày 19/8/2026.", null, "2026-08-19" },
        { "- Thời gian: Từ ngày 01 tháng 7 năm 2026 đến ngày 19 tháng 8 năm 2026.", "2026-07-01", "2026-08-19" },
        { "- Thời gian: từ ngày 15 tháng 7 đến hết ngày 19 tháng 8 năm 2026.", "2026-07-15", "2026-08-19" },
        { "- Thời gian: từ ngày 01 tháng 7/2026 đến ngày 19/8/2026.", "2026-07-01", "2026-08-19" },
        { "- Thời gian: từ ngày 31 tháng 6 năm 2026 đến ngày 19 tháng 8 năm 2026.", null, "2026-08-19" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void The_window_is_read_from_the_time_line(string line, string? start, string? end)
    {
        var read = Read(line);

        Assert.Equal(start, read.Start?.ToString("uuuu-MM-dd", null));
        Assert.Equal(end, read.End?.ToString("uuuu-MM-dd", null));
    }

    [Fact]
    public void The_two_ends_of_any_date_range_are_read_where_the_range_pattern_puts_them()
    {
        var end =
            from form in Gen.Elements("day", "month", "words")
            from a in Gen.Choose(0, 123)
            from sep in Gen.Elements("/", ".", "-", " / ", " - ")
            from b in Gen.Choose(0, 123)
            from year in Gen.Elements("", "/2026", "-2026", ".2026", " nam 2026", " / 2026", "/26", "2026")
            select form == "day" ? $"{a}{sep}{b}{year}" : form == "words" ? $"{a} thang {b}{year}" : $"thang {a}{year}";
        var ranges =
            from lead in Gen.Elements("tu ", "tu ngay ", "thoi gian: tu  ", "tu ngay  ")
            from first in end
            from sep in Gen.Elements(" den ", " den het ngay ", " - ", "-", " – ", ", toi ", " den het ", "—")
            from second in end
            from tail in Gen.Elements("", ".", "/2026", " nam 2026", "9")
            select lead + first + sep + second + tail;
        int matched = 0;
        Prop.ForAll(ranges.ToArbitrary(), text =>
        {
            foreach (System.Text.RegularExpressions.Match m in AntqDomain.Language.TextPatterns.DateRange().Matches(text))
            {
                var (from, to) = AntqDomain.Reading.ContentExtractor.RangeParts(m.ValueSpan);
                Assert.Equal(m.Groups["a"].Value, m.ValueSpan[from].ToString());
                Assert.Equal(m.Groups["b"].Value, m.ValueSpan[to].ToString());
                matched++;
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(4000).WithQuietOnSuccess(true));
        Assert.True(matched > 1000, $"only {matched} ranges were checked");
    }
}
