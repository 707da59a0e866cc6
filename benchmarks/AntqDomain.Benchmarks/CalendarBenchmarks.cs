using AntqDomain.Calendar;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AntqDomain.Benchmarks;

/// <summary>Calendar queries: target ≤ 50 ns and 0 bytes allocated per query (issue #2).</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private int year = 2026;
    private readonly LocalDate date = new(2026, 5, 1);

    [Benchmark(Baseline = true, Description = "Counts for a year (police, festival, edition, rounds)")]
    public int CountsForYear()
    {
        var fy = new FestivalYear(year);
        return fy.PoliceYears.Years + fy.FestivalYears.Years + fy.Edition + (int)fy.PoliceYears.Round + (int)fy.FestivalYears.Round;
    }

    [Benchmark(Description = "Festival day of a year")]
    public LocalDate FestivalDay() => new FestivalYear(year).FestivalDay;

    [Benchmark(Description = "Event count on a date")]
    public int CountOnDate() => CommemoratedEventCollection.PoliceTradition.CountOn(date).Years;

    [Benchmark(Description = "Next anniversary after a date")]
    public LocalDate NextAnniversary() => CommemoratedEventCollection.Festival.NextAnniversaryAfter(date).Date;

    [Benchmark(Description = "Suggested campaign window")]
    public DateInterval Window() => new FestivalYear(year).SuggestedWindow();

}
