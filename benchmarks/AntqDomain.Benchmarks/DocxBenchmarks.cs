using System.Text;
using AntqDomain.Docx;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AntqDomain.Benchmarks;

/// <summary>
/// Reading a plan from Word (issue #14): the clean example .docx read into a plan, against the floor — OpenXml's own
/// plain-text extraction of the same file (open the package, one line per paragraph). Target: at most 3× the floor.
/// Each iteration opens the file's bytes afresh; the presentation check is measured on its own.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DocxBenchmarks
{
    private readonly byte[] file = File.ReadAllBytes(Inputs.PathOf("docs", "examples", "province-plan-2026.docx"));

    [Benchmark(Baseline = true, Description = "OpenXml plain-text extraction (floor)")]
    public int PlainText()
    {
        using var memory = new MemoryStream(file, writable: false);
        using var doc = WordprocessingDocument.Open(memory, false);
        var sb = new StringBuilder();
        foreach (var p in doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>())
        {
            sb.Append(p.InnerText).Append('\n');
        }

        return sb.Length;
    }

    [Benchmark(Description = "DocxPlanReader.Read (plan, positions, diagnostics)")]
    public int ReadPlan() => DocxPlanReader.Default.Read(file).Text.Length;

    [Benchmark(Description = "DocxPresentationChecker.Check")]
    public int CheckPresentation() => DocxPresentationChecker.Check(file, new NodaTime.LocalDate(2026, 6, 5)).Findings.Length;
}
