using System.Text.RegularExpressions;
using AntqDomain.Calendar;
using AntqDomain.Plans;
using NodaTime;
using AntqDomain.Language;

namespace AntqDomain.Results;

/// <summary>
/// The deadline a plan sets for the results report of the level below (<em>thời hạn báo cáo kết quả</em>): "báo cáo
/// kết quả về Ban Chỉ đạo 138 tỉnh (qua Công an tỉnh) trước ngày 30/8/2026". Used by ANTQ907.
/// </summary>
public static partial class ReportingDeadlines
{
    /// <summary>The reporting deadline <paramref name="plan"/> sets, or null when it sets none (or an impossible date).</summary>
    /// <param name="plan">The plan of the level above.</param>
    /// <returns>The last day for the report, or null.</returns>
    public static LocalDate? From(FestivalPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var (text, _) in plan.AllText())
        {
            string f = VietnameseText.Fold(SpacedWords.Even(text.Text));
            int report = f.IndexOf("bao cao", StringComparison.Ordinal);
            if (report < 0)
            {
                continue;
            }

            var m = Deadline().Match(f, report);
            if (!m.Success || TextPatterns.Number(m.Groups["d"]) is not { } d || TextPatterns.Number(m.Groups["m"]) is not { } month)
            {
                continue;
            }

            int? year = m.Groups["y"].Success ? TextPatterns.Number(m.Groups["y"]) : plan.FestivalYear;
            if (year is { } y && VietnameseDates.IsValid(y, month, d))
            {
                return new LocalDate(y, month, d);
            }
        }

        return null;
    }

    /// <summary>"trước ngày 30/8/2026", "trước ngày 30 tháng 8", "chậm nhất ngày 30/8".</summary>
    [GeneratedRegex(@"(?:truoc|cham nhat(?: la)?|han chot)\s+(?:ngay\s*)?(?<d>[0-9]{1,2})\s*(?:/|-|thang)\s*(?<m>[0-9]{1,2})(?:\s*(?:/|-|nam)\s*(?<y>[0-9]{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex Deadline();
}
