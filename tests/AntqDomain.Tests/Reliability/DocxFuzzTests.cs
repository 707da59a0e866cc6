using System.Globalization;
using System.IO.Compression;
using System.Text;
using AntqDomain.Docx;
using AntqDomain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using AntqDomain.Reading;
using AntqDomain.Rules;

namespace AntqDomain.Tests.Reliability;

/// <summary>
/// Damaged and hostile Word files: flipped and cut bytes, and document XML changed inside a sound package (text cut
/// out, tags inserted, parts duplicated). The reader, the presentation checker and the fixer give diagnostics or
/// findings, never an unexpected exception. More cases with <c>ANTQ_FUZZ_CASES</c>.
/// </summary>
public class DocxFuzzTests
{
    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("ANTQ_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? Math.Min(n, 2_000) : 300;

    private static readonly byte[][] Sources =
    [
        File.ReadAllBytes(Repo.PathOf("docs", "examples", "province-plan-2026.docx")),
        File.ReadAllBytes(Repo.PathOf("docs", "examples", "commune-plan-2025-defects.docx")),
        File.ReadAllBytes(Repo.PathOf("tests", "AntqDomain.Tests", "Fixtures", "libreoffice", "province-plan-2026.lo.docx")),
    ];

    private static readonly string[] Inserts =
    [
        "<w:p/>", "<w:tbl>", "</w:tc>", "<w:r><w:t>Số: 1/KH</w:t></w:r>", "<w:sectPr/>", "<w:numPr><w:numId w:val=\"99\"/></w:numPr>", "&#xD800;", "<w:br/>", "<w:pgSz w:w=\"-1\"/>", "<w:sz w:val=\"abc\"/>", "\u0000",
    ];

    private static byte[] MutateXml(byte[] docx, int at, int length, int insert)
    {
        using var memory = new MemoryStream();
        memory.Write(docx);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            int start = at % Math.Max(1, xml.Length);
            int cut = Math.Min(length % 200, xml.Length - start);
            xml = xml[..start] + Inserts[insert % Inserts.Length] + xml[(start + cut)..];
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        return memory.ToArray();
    }

    private static byte[] MutateBytes(byte[] docx, int at, int value, bool truncate)
    {
        byte[] copy = (byte[])docx.Clone();
        int i = at % copy.Length;
        if (truncate)
        {
            return copy[..i];
        }

        copy[i] ^= (byte)(value | 1);
        return copy;
    }

    [Fact]
    public void A_package_that_reads_but_cannot_be_rewritten_is_refused_by_the_fixer_as_a_typed_error()
    {
        // Found by the property below (source 1, a byte flipped at 48811321 % length): the archive opens for reading,
        // but an entry's recorded size is impossible, so opening it for update failed with ArgumentOutOfRangeException.
        byte[] file = MutateBytes(Sources[1], 48811321, 1581357996, truncate: false);
        Assert.True(DocxPlanReader.Default.Read(file).Success);
        var refused = Assert.Throws<PlanFormatException>(() => DocxPlanFixer.Fix(file));
        Assert.Contains("cannot be rewritten", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_or_hostile_Word_files_never_escape_a_diagnostic()
    {
        var gen = from source in Gen.Choose(0, Sources.Length - 1)
                  from kind in Gen.Choose(0, 2)
                  from at in Gen.Choose(0, int.MaxValue)
                  from value in Gen.Choose(0, int.MaxValue)
                  select (source, kind, at, value);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            byte[] file = c.kind switch
            {
                0 => MutateXml(Sources[c.source], c.at, c.value, c.value / 7),
                1 => MutateBytes(Sources[c.source], c.at, c.value, truncate: false),
                _ => MutateBytes(Sources[c.source], c.at, c.value, truncate: true),
            };

            var read = DocxPlanReader.Default.Read(file);
            Assert.Equal(read.Success, read.Result.Diagnostics.All(d => d.Severity != FindingSeverity.Error));
            _ = DocxPresentationChecker.Check(file, new NodaTime.LocalDate(2026, 6, 5));
            if (read.Success)
            {
                try
                {
                    _ = DocxPlanFixer.Fix(file);
                }
                catch (PlanFormatException)
                {
                    // A file whose text is not a plan: the typed refusal.
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true));
    }
}
