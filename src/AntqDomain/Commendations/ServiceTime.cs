using System.Globalization;
using NodaTime;

namespace AntqDomain.Commendations;

/// <summary>Counts service time and shortfalls (<em>tính thời gian công tác</em>).</summary>
public static class ServiceTime
{
    /// <summary>Whether <paramref name="role"/> counts as grassroots-force service (earlier roles included).</summary>
    /// <param name="role">The role served in.</param>
    /// <returns>True for roles of the grassroots security force.</returns>
    public static bool IsGrassroots(ServiceRole role)
        => role is ServiceRole.GrassrootsForce or ServiceRole.PartTimeCommunePolice or ServiceRole.NeighbourhoodGuard or ServiceRole.AgencyGuard;

    /// <summary>
    /// The service of <paramref name="periods"/> in roles accepted by <paramref name="counts"/>, up to the day before
    /// <paramref name="on"/>. Reversed periods and days from <paramref name="on"/> onward are not counted.
    /// </summary>
    /// <param name="periods">The periods of service.</param>
    /// <param name="counts">Which roles count.</param>
    /// <param name="on">The day of the proposal (not counted).</param>
    /// <param name="hardshipCountsDouble">Whether a period in a hardship area counts twice.</param>
    /// <returns>The days of service counted, and the years, months and days they make.</returns>
    public static ServiceCount Count(IEnumerable<ServicePeriod> periods, Func<ServiceRole, bool> counts, LocalDate on, bool hardshipCountsDouble)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(counts);
        return periods is System.Collections.Immutable.ImmutableArray<ServicePeriod> array
            ? Count(array.AsSpan(), counts, on, hardshipCountsDouble)
            : Count([.. periods], counts, on, hardshipCountsDouble);
    }

    /// <summary>As <see cref="Count(IEnumerable{ServicePeriod}, Func{ServiceRole, bool}, LocalDate, bool)"/>, over a span.</summary>
    /// <param name="periods">The periods of service.</param>
    /// <param name="counts">Which roles count.</param>
    /// <param name="on">The day of the proposal (not counted).</param>
    /// <param name="hardshipCountsDouble">Whether a period in a hardship area counts twice.</param>
    /// <returns>The days of service counted, and the years, months and days they make.</returns>
    public static ServiceCount Count(ReadOnlySpan<ServicePeriod> periods, Func<ServiceRole, bool> counts, LocalDate on, bool hardshipCountsDouble)
    {
        ArgumentNullException.ThrowIfNull(counts);
        int last = DayNumber(on) - 1;
        Span<(int From, int To)> all = periods.Length <= 32 ? stackalloc (int, int)[periods.Length] : new (int, int)[periods.Length];
        Span<(int From, int To)> hard = periods.Length <= 32 ? stackalloc (int, int)[periods.Length] : new (int, int)[periods.Length];
        int n = 0, h = 0;
        foreach (var p in periods)
        {
            if (p is null || !counts(p.Role) || p.IsReversed)
            {
                continue;
            }

            int from = DayNumber(p.From);
            if (from > last)
            {
                continue;
            }

            int to = p.To is { } t ? Math.Min(DayNumber(t), last) : last;
            all[n++] = (from, to);
            if (hardshipCountsDouble && p.Hardship)
            {
                hard[h++] = (from, to);
            }
        }

        if (n == 0)
        {
            return default;
        }

        var (days, overlap) = Union(all[..n]);
        int extra = h == 0 ? 0 : Union(hard[..h]).Days;
        return new ServiceCount(days + extra, days, overlap);
    }

    /// <summary>
    /// The shortfall against <paramref name="years"/> of service, or null when <paramref name="count"/> reaches it on
    /// <paramref name="on"/>. Exactly the threshold is enough.
    /// </summary>
    /// <param name="count">The service counted.</param>
    /// <param name="years">The years of service required.</param>
    /// <param name="on">The day of the proposal.</param>
    /// <returns>The time still missing, or null when the requirement is met.</returns>
    public static ServiceShortfall? Shortfall(ServiceCount count, int years, LocalDate on)
    {
        // The day an uninterrupted service of the same length would have started; the threshold falls that many years later.
        LocalDate start = count.CountedDays >= DayNumber(on) - DayNumber(LocalDate.MinIsoValue) ? LocalDate.MinIsoValue : on.PlusDays(-count.CountedDays);
        LocalDate reached = start.Year > 9999 - years ? LocalDate.MaxIsoValue : start.PlusYears(years);
        if (reached <= on)
        {
            return null;
        }

        return new ServiceShortfall(on, reached);
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
            parts.Add(Quantity(p.Years, "year"));
        }

        if (p.Months != 0)
        {
            parts.Add(Quantity(p.Months, "month"));
        }

        if (p.Days != 0 || parts.Count == 0)
        {
            parts.Add(Quantity(p.Days, "day"));
        }

        return parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
    }

    // Three regular English nouns (counts of service are never negative): plain code is some 100 times faster here than a general pluraliser.
    private static string Quantity(int n, string unit)
        => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? unit : unit + "s");

    /// <summary>Days since 0001-01-01 (negative before): plain integer arithmetic for counting days.</summary>
    internal static int DayNumber(LocalDate d)
    {
        int y = d.Year - 1;
        int days = (365 * y) + FloorDiv(y, 4) - FloorDiv(y, 100) + FloorDiv(y, 400);
        return days + d.DayOfYear - 1;
    }

    private static int FloorDiv(int a, int b) => a >= 0 ? a / b : ((a + 1) / b) - 1;

    private static (int Days, bool Overlap) Union(Span<(int From, int To)> spans)
    {
        spans.Sort(static (a, b) => a.From.CompareTo(b.From));
        int days = 0;
        bool overlap = false;
        var (from, to) = spans[0];
        for (int i = 1; i < spans.Length; i++)
        {
            var s = spans[i];
            if (s.From <= to)
            {
                overlap = true;
                to = Math.Max(to, s.To);
            }
            else
            {
                days += to - from + 1;
                (from, to) = s;
            }
        }

        return (days + to - from + 1, overlap);
    }
}
