using System.Globalization;
using System.Text.RegularExpressions;
using AntqDomain.Plans;
using AntqDomain.Rules;
using BenchmarkDotNet.Attributes;
using AntqDomain.Documents;
using AntqDomain.Reading;

namespace AntqDomain.Benchmarks;

/// <summary>Locates the benchmark inputs: the real seed plan when ../shared/domain is present, else the shipped example.</summary>
internal static class Inputs
{
    public static string PlanText { get; } = File.ReadAllText(Find());

    public static string CleanPlanText { get; } = File.ReadAllText(FindExample());

    /// <summary>A file of the repository, found by walking up from the benchmark's output folder.</summary>
    public static string PathOf(params string[] parts)
        => Path.Combine([Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(FindExample())))!, .. parts]);

    private static string FindExample()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "docs", "examples", "province-plan-2026.txt")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? ".", "docs", "examples", "province-plan-2026.txt");
    }

    private static string Find()
    {
        // The real seed plan when ../shared/domain is there; the clean example otherwise.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string seeds = Path.Combine(dir.FullName, "shared", "domain", "seeds");
            if (Directory.Exists(seeds) && Directory.EnumerateFiles(seeds, "001_*").FirstOrDefault() is { } seed)
            {
                return seed;
            }
        }

        if (File.Exists(FindExample()))
        {
            return FindExample();
        }

        throw new FileNotFoundException("No plan text found for the benchmarks.");
    }
}

/// <summary>Reading a real plan's text (issue #3 target: ≥ 100 MB/s) against one compiled-regex pass over the same text.</summary>
[MemoryDiagnoser]
public partial class ReadingBenchmarks
{
    private readonly string text = Inputs.PlanText;

    [Benchmark(Baseline = true, Description = "One compiled-regex pass (baseline)")]
    public int RegexPass() => Lines().Count(text);

    [Benchmark(Description = "PlanTextReader.Read (seed plan)")]
    public FestivalPlan? Read() => PlanTextReader.Default.Read(text).Plan;

    [GeneratedRegex(@"^(?:[IVX]+\.|\d+\.|-|\+).*$", RegexOptions.Multiline)]
    private static partial Regex Lines();
}

/// <summary>Validating a parsed full plan against a hand-coded if-chain of ten representative rules.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly PlanValidator validator = new();
    private readonly PlanValidator fluent = new();
    private FestivalPlan plan = null!;
    private FestivalPlan clean = null!;

    [GlobalSetup]
    public void Setup()
    {
        plan = PlanTextReader.Default.Read(Inputs.PlanText).Plan!;
        clean = PlanTextReader.Default.Read(Inputs.CleanPlanText).Plan!;
        validator.Check(plan);
        validator.Check(clean);
    }

    [Benchmark(Baseline = true, Description = "Hand-coded if-chain, 10 rules (baseline)")]
    public int HandCoded()
    {
        int n = 0;
        if (plan.NumberText is null || plan.NumberText.StartsWith('/'))
        {
            n++;
        }

        if (plan.Dated is null || plan.Dated.Day is null || plan.Dated.Month is null)
        {
            n++;
        }

        if (plan.Recipients is null || plan.Recipients.ArchiveLine is null)
        {
            n++;
        }

        if (plan.Signature?.Signer is null)
        {
            n++;
        }

        if (plan.Section(SectionKind.Purposes) is null)
        {
            n++;
        }

        if (plan.Section(SectionKind.Content) is null)
        {
            n++;
        }

        if (plan.Window?.End is not { } end || end > new NodaTime.LocalDate(end.Year, 8, 19))
        {
            n++;
        }

        if (plan.Section(SectionKind.Commendation) is null)
        {
            n++;
        }

        if (plan.Funding is null)
        {
            n++;
        }

        if (plan.Parent is null)
        {
            n++;
        }

        return n;
    }

    [Benchmark(Description = "PlanValidator.Check (all 40 rules)")]
    public int Check() => validator.Check(plan).Findings.Length;

    [Benchmark(Description = "PlanValidator.Check, clean example plan (no finding)")]
    public int CheckClean() => validator.Check(clean).Findings.Length;

    [Benchmark(Description = "PlanValidator.Validate (FluentValidation)")]
    public int Fluent() => fluent.Validate(plan).Errors.Count;
}

/// <summary>Validating 10,000 distinct parsed plans (issue #3 target: under 100 ms on 2 cores).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class BulkValidationBenchmarks
{
    private FestivalPlan seed = null!;
    private FestivalPlan[] plans = [];

    [GlobalSetup]
    public void Setup() => seed = PlanTextReader.Default.Read(Inputs.PlanText).Plan!;

    // Fresh plan instances for every run, as a user's batch would bring (nothing is kept on plans any more). The batch is
    // loaded before it is validated: a full collection settles the 10,000 records just made, so that the first
    // collections of the measured run do not copy them to the older generations (the setup's cost, not validation's).
    [IterationSetup]
    public void FreshPlans()
    {
        plans = Enumerable.Range(1, 10_000).Select(i => seed with { NumberText = i.ToString("00", CultureInfo.InvariantCulture) + "/KH-BCĐ" }).ToArray();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Benchmark(Description = "10,000 plans, one validator, parallel")]
    public int Parallel10000()
    {
        var validator = new PlanValidator();
        return Counting.Errors(plans, p => validator.Check(p), parallel: true);
    }

    [Benchmark(Description = "10,000 plans, one validator, sequential")]
    public int Sequential10000()
    {
        var validator = new PlanValidator();
        return Counting.Errors(plans, p => validator.Check(p), parallel: false);
    }
}
