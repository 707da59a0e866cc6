using System.Text;
using AntqDomain.Rules;
using BenchmarkDotNet.Attributes;
using AntqDomain.Reading;

namespace AntqDomain.Benchmarks;

/// <summary>
/// Pathological inputs within the documented limits (issue #16: any input reads and validates in under a second and
/// under 200 MB): a 2.1 MB plan of 600,000 short lines, a plan with one 4 MB line, and a plan of 4,000,000
/// characters of two-character lines. Each iteration reads and validates the text afresh; the clean example is the
/// baseline.
/// </summary>
[MemoryDiagnoser]
public class HostileInputBenchmarks
{
    private static readonly PlanValidator Validator = new();

    private readonly string clean = Inputs.CleanPlanText;
    private readonly string shortLines = Inflate(Inputs.CleanPlanText, 600_000, i => "- a" + (i % 10).ToString(System.Globalization.CultureInfo.InvariantCulture));
    private readonly string maxChars = Inflate(Inputs.CleanPlanText, (ReaderLimits.Default.MaxChars - Inputs.CleanPlanText.Length - 100) / 2, _ => "a");
    private readonly string longLine = Inputs.CleanPlanText.Replace("2. Biểu dương", string.Concat(Enumerable.Repeat("ngày 19/8/2026 – ", 230_000)) + "2. Biểu dương", StringComparison.Ordinal);

    [Benchmark(Baseline = true, Description = "Clean example (baseline)")]
    public int Clean() => ReadAndValidate(clean);

    [Benchmark(Description = "600,000 short lines (2.1 MB)")]
    public int ShortLines() => ReadAndValidate(shortLines);

    [Benchmark(Description = "4,000,000 characters of two-character lines")]
    public int MaxChars() => ReadAndValidate(maxChars);

    [Benchmark(Description = "One 4 MB line")]
    public int LongLine() => ReadAndValidate(longLine);

    private readonly string megabyteLines = "KẾ HOẠCH\n" + string.Concat(Enumerable.Repeat("tu ngay 1/", 100_000)) + "\n" + new string('(', 1_000_000) + "\nSố: " + new string('1', 500_000);

    [Benchmark(Description = "Megabyte lines of repeated cues, parentheses and digits")]
    public int MegabyteLines() => ReadAndValidate(megabyteLines);

    private static int ReadAndValidate(string text)
    {
        var read = PlanTextReader.Default.Read(text);
        return read.Plan is { } plan ? Validator.Check(plan).Findings.Length : -1;
    }

    /// <summary>The example with <paramref name="count"/> generated lines inserted after its first part heading.</summary>
    private static string Inflate(string text, int count, Func<int, string> line)
    {
        int at = text.IndexOf("\nII.", StringComparison.Ordinal);
        var sb = new StringBuilder(text.Length + (count * 5));
        sb.Append(text, 0, at + 1);
        for (int i = 0; i < count; i++)
        {
            sb.Append(line(i)).Append('\n');
        }

        sb.Append(text, at + 1, text.Length - at - 1);
        return sb.ToString();
    }
}
