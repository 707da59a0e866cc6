using System.Text;
using System.Text.RegularExpressions;
using AntqDomain.Plans;
using AntqDomain.Reading;
using AntqDomain.Rules;
using AntqDomain.Serialization;
using BenchmarkDotNet.Attributes;

namespace AntqDomain.Benchmarks;

/// <summary>
/// The path every user takes: a plan arrives (a fresh copy of the seed text, or its JSON bytes), is read, checked once
/// and dropped. Nothing can be reused from an earlier invocation: the text is a new string each time, and no cache is
/// kept on plans or validators. Baseline: one compiled-regex pass over the same text. Issue #13 targets: ≥ 100 MB/s,
/// ≤ 20× the regex pass, allocating ≤ 5× the text's size; no slowdown for a validator that has checked 100,000 plans.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public partial class UserPathBenchmarks
{
    private readonly string text = Inputs.PlanText;
    private readonly PlanValidator fresh = new();
    private readonly PlanValidator seasoned = new();
    private byte[] json = [];

    /// <summary>The seed's size in UTF-8 bytes, to turn medians into MB/s.</summary>
    public int Bytes => Encoding.UTF8.GetByteCount(text);

    [GlobalSetup]
    public void Setup()
    {
        json = Encoding.UTF8.GetBytes(PlanJson.Write(PlanTextReader.Default.Read(text).Plan!));

        // A validator that has already checked 100,000 other (distinct) plans.
        var seed = PlanTextReader.Default.Read(text).Plan!;
        for (int i = 0; i < 100_000; i++)
        {
            seasoned.Check(seed with { NumberText = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "/KH-BCĐ" });
        }
    }

    [Benchmark(Baseline = true, Description = "One compiled-regex pass over the text (baseline)")]
    public int RegexPass() => Lines().Count(new string(text.AsSpan()));

    [Benchmark(Description = "Read a fresh text + hand-coded if-chain (10 checks)")]
    public int ReadAndIfChain()
    {
        var p = PlanTextReader.Default.Read(new string(text.AsSpan())).Plan!;
        int n = 0;
        n += p.NumberText is null || p.NumberText.StartsWith('/') ? 1 : 0;
        n += p.Dated?.Day is null ? 1 : 0;
        n += p.Recipients?.ArchiveLine is null ? 1 : 0;
        n += p.Signature?.Signer is null ? 1 : 0;
        n += p.Section(SectionKind.Purposes) is null ? 1 : 0;
        n += p.Section(SectionKind.Content) is null ? 1 : 0;
        n += p.Window?.End is not { } end || end > new NodaTime.LocalDate(end.Year, 8, 19) ? 1 : 0;
        n += p.Section(SectionKind.Commendation) is null ? 1 : 0;
        n += p.Funding is null ? 1 : 0;
        n += p.Parent is null ? 1 : 0;
        return n;
    }

    [Benchmark(Description = "Read a fresh text + validate (all rules)")]
    public int ReadAndValidateText() => fresh.Check(PlanTextReader.Default.Read(new string(text.AsSpan())).Plan!).Findings.Length;

    [Benchmark(Description = "Read its JSON + validate (all rules)")]
    public int ReadAndValidateJson() => fresh.Check(PlanJson.Read(json).Plan!).Findings.Length;

    [Benchmark(Description = "Read a fresh text + validate, validator that checked 100,000 plans")]
    public int ReadAndValidateSeasoned() => seasoned.Check(PlanTextReader.Default.Read(new string(text.AsSpan())).Plan!).Findings.Length;

    [GeneratedRegex(@"^(?:[IVX]+\.|[0-9]+\.|-|\+).*$", RegexOptions.Multiline)]
    private static partial Regex Lines();
}
