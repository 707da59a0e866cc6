using AntqDomain.Administration;
using AntqDomain.Docx;
using AntqDomain.Drafting;
using AntqDomain.Fixing;
using AntqDomain.Writing;
using BenchmarkDotNet.Attributes;
using AntqDomain.Reading;

namespace AntqDomain.Benchmarks;

/// <summary>
/// Writing plans (issue #15): drafting a commune plan from its parent (a fresh draft each iteration: the parent is
/// read once, as a user holds it), writing a plan as text and as a .docx, and fixing the defective example. The
/// baseline is reading and validating the clean example, the path every user already takes.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DraftingBenchmarks
{
    private static readonly Rules.PlanValidator Validator = new();
    private static readonly PlanFixer Fixer = new(Validator);

    private readonly string clean = Inputs.CleanPlanText;
    private readonly string defective = File.ReadAllText(Inputs.PathOf("docs", "examples", "commune-plan-2025-defects.txt"));
    private Plans.FestivalPlan parent = null!;
    private Plans.FestivalPlan drafted = null!;

    [GlobalSetup]
    public void Setup()
    {
        parent = Reading.PlanTextReader.Default.Read(clean).GetPlanOrThrow();
        drafted = PlanDrafter.Draft(Request()).Plan;
    }

    [Benchmark(Baseline = true, Description = "Read and validate the clean plan (baseline)")]
    public int ReadAndValidate() => Validator.Check(Reading.PlanTextReader.Default.Read(clean).GetPlanOrThrow()).Findings.Length;

    [Benchmark(Description = "Draft a commune plan from its parent")]
    public int Draft() => PlanDrafter.Draft(Request()).Text.Length;

    [Benchmark(Description = "Write a plan as text")]
    public int WriteText() => PlanTextWriter.Write(drafted).Length;

    [Benchmark(Description = "Write a plan as .docx")]
    public int WriteDocx() => DocxPlanWriter.Write(drafted).Length;

    [Benchmark(Description = "Draft and write as .docx")]
    public int DraftAndWriteDocx() => DocxPlanWriter.Write(PlanDrafter.Draft(Request()).Plan).Length;

    [Benchmark(Description = "Fix the defective example (all rounds)")]
    public int Fix() => Fixer.Fix(defective).Applied.Length;

    private PlanDraftRequest Request() => new("xã Phương Độ", AdministrativeLevel.Commune, 2026) { Parent = parent };
}
