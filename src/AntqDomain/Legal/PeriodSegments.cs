using NodaTime;

namespace AntqDomain.Legal;

/// <summary>
/// Dated data split at the days it changes: the items in force on any date are found without searching the items. Used by the
/// rule sets and by dated tables such as the medal thresholds.
/// </summary>
/// <typeparam name="T">The dated items.</typeparam>
internal sealed class PeriodSegments<T>
{
    private readonly LocalDate[] starts;
    private readonly T[][] segments;

    public PeriodSegments(IReadOnlyCollection<T> items, Func<T, EffectivePeriod> period)
    {
        var days = new SortedSet<LocalDate>();
        foreach (var item in items)
        {
            var p = period(item);
            if (p.From is { } f)
            {
                days.Add(f);
            }

            if (p.To is { } t && t < LocalDate.MaxIsoValue)
            {
                days.Add(t.PlusDays(1));
            }
        }

        starts = [.. days];
        segments = new T[starts.Length + 1][];
        for (int i = 0; i <= starts.Length; i++)
        {
            // Segment i runs from starts[i - 1] (or the beginning of time) to the day before starts[i].
            LocalDate first = i == 0 ? LocalDate.MinIsoValue : starts[i - 1];
            segments[i] = [.. items.Where(x => period(x).Contains(first))];
        }
    }

    /// <summary>The items in force on <paramref name="date"/>, in their original order.</summary>
    public T[] On(LocalDate date)
    {
        // Dated tables change on a handful of days and most dates asked for are recent: scanning back from the
        // newest change usually stops at the first comparison.
        int i = starts.Length;
        while (i > 0 && date < starts[i - 1])
        {
            i--;
        }

        return segments[i];
    }
}
