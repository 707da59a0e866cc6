using AntqDomain.Administration;
using AntqDomain.Results;
using BenchmarkDotNet.Attributes;
using AntqDomain.Rules;

namespace AntqDomain.Benchmarks;

/// <summary>
/// Rolling up the country (issue #11): 3,321 commune reports into 34 provinces and one national report, then
/// validating the national tree (ANTQ901 compares every total with its children). Target: the roll-up under 50 ms.
/// The commune reports are built once (they are the input a user holds); each iteration rolls up afresh.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ResultsBenchmarks
{
    private const int Communes = 3_321;
    private const int Provinces = 34;
    private static readonly Indicator[] Indicators = Enum.GetValues<Indicator>();
    private ResultsReport[][] byProvince = [];
    private ResultsReport national = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        byProvince = [.. Enumerable.Range(0, Provinces).Select(p => Enumerable.Range(0, Communes / Provinces + (p < Communes % Provinces ? 1 : 0)).Select(c => new ResultsReport
        {
            Unit = $"xã {p}-{c}",
            Level = AdministrativeLevel.Commune,
            Year = 2026,
            Figures = [.. Indicators.Select(i => new Figure(i, random.Next(0, 5_000), random.Next(10) == 0 ? FigureBound.MoreThan : FigureBound.Exact))],
        }).ToArray())];
        national = RollUp();
    }

    [Benchmark(Baseline = true, Description = "Roll up 3,321 communes → 34 provinces → national")]
    public int RollUpCountry() => RollUp().Figures.Length;

    [Benchmark(Description = "Validate the national tree (3,356 reports)")]
    public int ValidateCountry() => new ResultsReportValidator().Check(national).Findings.Length;

    private ResultsReport RollUp()
        => ResultsRollup.Of("toàn quốc", AdministrativeLevel.Central, 2026, byProvince.Select((communes, p) => ResultsRollup.Of($"tỉnh {p}", AdministrativeLevel.Province, 2026, communes)));
}
