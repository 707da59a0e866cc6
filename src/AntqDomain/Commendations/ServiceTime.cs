using System.Globalization;
using AntqDomain.Internal;
using Humanizer;
using NodaTime;

namespace AntqDomain.Commendations;

/// <summary>
/// Service counted toward a threshold (<em>thời gian công tác được tính</em>): days counted up to the day before the
/// proposal date, overlapping periods counted once, hardship days counted twice when the rules say so.
/// </summary>
/// <param name="CountedDays">Days counted, doubling included.</param>
/// <param name="CalendarDays">Distinct calendar days served.</param>
/// <param name="HasOverlap">Whether two counted periods overlap (the overlap is counted once).</param>
public readonly record struct ServiceCount(int CountedDays, int CalendarDays, bool HasOverlap);

/// <summary>
/// How much service is missing for a threshold (<em>thời gian còn thiếu</em>), as a NodaTime <see cref="Period"/>
/// of years, months and days and as a number of days: the time from the proposal date until the nominee, serving on,
/// would reach the threshold.
/// </summary>
/// <param name="Missing">Years, months and days missing.</param>
/// <param name="Days">Days missing.</param>
/// <param name="ReachedOn">The day the threshold would be reached by serving on.</param>
public sealed record ServiceShortfall(Period Missing, int Days, LocalDate ReachedOn)
{
    /// <summary>"1 năm 3 tháng 12 ngày" in Vietnamese, "1 year, 3 months and 12 days" in English.</summary>
    public string InWords(CultureInfo? culture = null)
        => Localization.IsEnglish(culture) ? ServiceTime.InWordsEn(Missing) : ServiceTime.InWordsVi(Missing);

    /// <summary>The Vietnamese wording.</summary>
    public override string ToString() => ServiceTime.InWordsVi(Missing);
}

/// <summary>Counts service time and shortfalls (<em>tính thời gian công tác</em>).</summary>
public static class ServiceTime
{
    /// <summary>Whether <paramref name="role"/> counts as grassroots-force service (earlier roles included).</summary>
    public static bool IsGrassroots(ServiceRole role)
        => role is ServiceRole.GrassrootsForce or ServiceRole.PartTimeCommunePolice or ServiceRole.CivilDefence;

    /// <summary>
    /// The service of <paramref name="periods"/> in roles accepted by <paramref name="counts"/>, up to the day before
    /// <paramref name="on"/>. Reversed periods and days from <paramref name="on"/> onward are not counted.
    /// </summary>
    public static ServiceCount Count(IEnumerable<ServicePeriod> periods, Func<ServiceRole, bool> counts, LocalDate on, bool hardshipCountsDouble)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(counts);
        LocalDate last = on.PlusDays(-1);
        List<(LocalDate From, LocalDate To)>? all = null;
        List<(LocalDate From, LocalDate To)>? hard = null;
        foreach (var p in periods)
        {
            if (p is null || !counts(p.Role) || p.IsReversed || p.From > last)
            {
                continue;
            }

            var to = p.To is { } t && t < last ? t : last;
            (all ??= []).Add((p.From, to));
            if (hardshipCountsDouble && p.Hardship)
            {
                (hard ??= []).Add((p.From, to));
            }
        }

        if (all is null)
        {
            return default;
        }

        var (days, overlap) = Union(all);
        int extra = hard is null ? 0 : Union(hard).Days;
        return new ServiceCount(days + extra, days, overlap);
    }

    /// <summary>
    /// The shortfall against <paramref name="years"/> of service, or null when <paramref name="count"/> reaches it on
    /// <paramref name="on"/>. Exactly the threshold is enough.
    /// </summary>
    public static ServiceShortfall? Shortfall(ServiceCount count, int years, LocalDate on)
    {
        // The day an uninterrupted service of the same length would have started; the threshold falls that many years later.
        LocalDate start = count.CountedDays >= Period.DaysBetween(LocalDate.MinIsoValue, on) ? LocalDate.MinIsoValue : on.PlusDays(-count.CountedDays);
        LocalDate reached = start.Year > 9999 - years ? LocalDate.MaxIsoValue : start.PlusYears(years);
        if (reached <= on)
        {
            return null;
        }

        return new ServiceShortfall(Period.Between(on, reached, PeriodUnits.YearMonthDay), Period.DaysBetween(on, reached), reached);
    }

    internal static string InWordsVi(Period p)
    {
        var parts = new List<string>(3);
        if (p.Years != 0)
        {
            parts.Add(p.Years.ToString(CultureInfo.InvariantCulture) + " năm");
        }

        if (p.Months != 0)
        {
            parts.Add(p.Months.ToString(CultureInfo.InvariantCulture) + " tháng");
        }

        if (p.Days != 0 || parts.Count == 0)
        {
            parts.Add(p.Days.ToString(CultureInfo.InvariantCulture) + " ngày");
        }

        return string.Join(' ', parts);
    }

    internal static string InWordsEn(Period p)
    {
        var parts = new List<string>(3);
        if (p.Years != 0)
        {
            parts.Add("year".ToQuantity(p.Years));
        }

        if (p.Months != 0)
        {
            parts.Add("month".ToQuantity(p.Months));
        }

        if (p.Days != 0 || parts.Count == 0)
        {
            parts.Add("day".ToQuantity(p.Days));
        }

        return parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
    }

    private static (int Days, bool Overlap) Union(List<(LocalDate From, LocalDate To)> spans)
    {
        spans.Sort((a, b) => a.From.CompareTo(b.From));
        int days = 0;
        bool overlap = false;
        var (from, to) = spans[0];
        for (int i = 1; i < spans.Count; i++)
        {
            var s = spans[i];
            if (s.From <= to)
            {
                overlap = true;
                if (s.To > to)
                {
                    to = s.To;
                }
            }
            else
            {
                days += Period.DaysBetween(from, to) + 1;
                (from, to) = s;
            }
        }

        return (days + Period.DaysBetween(from, to) + 1, overlap);
    }
}
