using NodaTime;

namespace AntqDomain.Calendar;

/// <summary>
/// Entry point of the festival calendar (<em>lịch Ngày hội</em>): festival years, the current year from an
/// injected <see cref="IClock"/>, and the catalogue of commemorated events.
/// </summary>
public sealed class FestivalCalendar
{
    private readonly IClock clock;
    private readonly DateTimeZone zone;

    /// <summary>A calendar reading "today" from <paramref name="clock"/> in Vietnam's time zone (Asia/Ho_Chi_Minh).</summary>
    /// <param name="clock">The clock that gives "today".</param>
    /// <param name="events">The commemorated events; the built-in ones when null.</param>
    public FestivalCalendar(IClock clock, CommemoratedEventCollection? events = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        this.clock = clock;
        // NodaTime carries the time-zone database: the zone is always there (UTC+7 since 1975).
        zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
        Events = events ?? CommemoratedEventCollection.Default;
    }

    /// <summary>The commemorated events this calendar knows.</summary>
    public CommemoratedEventCollection Events { get; }

    /// <summary>Today's date in Vietnam according to the clock.</summary>
    public LocalDate Today => clock.GetCurrentInstant().InZone(zone).Date;

    /// <summary>The festival year <paramref name="year"/> (2005–9999).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is before the first festival.</exception>
    /// <param name="year">A festival year, 2005–9999.</param>
    /// <returns>That festival year.</returns>
    public static FestivalYear ForYear(int year) => new(year);

    /// <summary>The festival of the current year.</summary>
    public FestivalYear CurrentYear => new(Today.Year);

    /// <summary>The next festival day on or after today.</summary>
    /// <returns>The festival year whose festival day is today or the next one to come.</returns>
    public FestivalYear Next()
    {
        var today = Today;
        var thisYear = new FestivalYear(Math.Max(today.Year, FestivalYear.FirstYear));
        return thisYear.FestivalDay >= today ? thisYear : new FestivalYear(thisYear.Year + 1);
    }
}
