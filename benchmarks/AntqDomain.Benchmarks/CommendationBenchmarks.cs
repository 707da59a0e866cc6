using AntqDomain.Commendations;
using BenchmarkDotNet.Attributes;
using NodaTime;
using AntqDomain.Rules;

namespace AntqDomain.Benchmarks;

/// <summary>
/// Eligibility for the commemorative medal over 100,000 distinct nominees (issue #4 target: under 200 ms on 2 cores),
/// against a hand-written loop that only sums service days (the baseline).
/// </summary>
[MemoryDiagnoser]
public class CommendationBenchmarks
{
    private AwardProposal[] proposals = [];
    private readonly AwardValidator validator = new(clock: new FixedClock(Instant.FromUtc(2026, 11, 22, 0, 0)));

    [GlobalSetup]
    public void Setup()
    {
        // Deterministic variety: both circulars, men and women, leaders and grassroots members, hardship, gaps, prior awards.
        var rng = new Random(20250428);
        proposals = new AwardProposal[100_000];
        for (int i = 0; i < proposals.Length; i++)
        {
            var on = new LocalDate(2024, 1, 1).PlusDays(rng.Next(0, 900));
            var start = on.PlusDays(-rng.Next(1_000, 7_000));
            var role = rng.Next(3) switch { 0 => ServiceRole.Leader, 1 => ServiceRole.GrassrootsForce, _ => ServiceRole.CivilDefence };
            var split = start.PlusDays(rng.Next(100, 900));
            proposals[i] = new AwardProposal
            {
                Nominee = new Nominee
                {
                    Name = "Nominee " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Sex = rng.Next(2) == 0 ? Sex.Male : Sex.Female,
                    Service =
                    [
                        new ServicePeriod(role, start, split, Hardship: rng.Next(5) == 0),
                        new ServicePeriod(rng.Next(2) == 0 ? role : ServiceRole.GrassrootsForce, split.PlusDays(rng.Next(1, 200))),
                    ],
                    PriorAwards = rng.Next(3) == 0 ? [] : [new PriorAward(CommendationForm.CommendationCertificate, start.PlusDays(400), AwardKind.EmulationMovement, ForMovement: true)],
                },
                Form = CommendationForm.CommemorativeMedal,
                Authority = Authority.MinisterOfPublicSecurity,
                Date = on,
            };
        }
    }

    [Benchmark(Baseline = true, Description = "Hand-written: sum service days, 100,000 nominees")]
    public long SumDays()
    {
        long total = 0;
        foreach (var p in proposals)
        {
            foreach (var s in p.Nominee.Service)
            {
                total += Period.DaysBetween(s.From, s.To ?? p.Date);
            }
        }

        return total;
    }

    [Benchmark(Description = "MedalEligibility.Evaluate, 100,000 nominees")]
    public int Eligibility()
    {
        int eligible = 0;
        foreach (var p in proposals)
        {
            eligible += MedalEligibility.Evaluate(p.Nominee, p.Date).Meets ? 1 : 0;
        }

        return eligible;
    }

    [Benchmark(Description = "AwardValidator.Check (all 6xx rules), 100,000 nominees, parallel")]
    public int CheckParallel() => Counting.Errors(proposals, validator.Check, parallel: true);

    [Benchmark(Description = "AwardValidator.Check (all 6xx rules), 100,000 nominees, sequential")]
    public int CheckSequential() => Counting.Errors(proposals, validator.Check, parallel: false);

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
