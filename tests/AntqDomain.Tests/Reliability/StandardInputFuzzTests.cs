using System.Text;
using System.Text.Json;
using AntqDomain.Tests.Cli;
using AntqDomain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Reliability;

/// <summary>
/// Mutated bytes on standard input ("antq validate -"): whatever arrives — broken UTF-8, a byte-order mark, a JSON
/// document or text — the command answers with exit code 0, 1 or 2 and, with <c>--format json</c>, a JSON report.
/// </summary>
public class StandardInputFuzzTests
{
    private static readonly byte[][] Inputs =
    [
        File.ReadAllBytes(Repo.PathOf("docs", "examples", "province-plan-2026.txt")),
        File.ReadAllBytes(Repo.PathOf("docs", "examples", "award-proposal-medal.json")),
        File.ReadAllBytes(Repo.PathOf("docs", "examples", "movement-model.json")),
    ];

    [Fact]
    public void Any_bytes_on_standard_input_get_an_exit_code_and_a_json_report()
    {
        var gen =
            from input in Gen.Choose(0, Inputs.Length - 1)
            from bom in Gen.Elements(true, false)
            from at in Gen.Choose(0, int.MaxValue)
            from value in Gen.Choose(0, 255)
            from cut in Gen.Elements(true, false)
            select (input, bom, at, value, cut);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            byte[] bytes = [.. Inputs[c.input]];
            bytes[c.at % bytes.Length] = (byte)c.value;
            if (c.cut)
            {
                bytes = bytes[..(c.at % bytes.Length)];
            }

            if (c.bom)
            {
                bytes = [0xEF, 0xBB, 0xBF, .. bytes];
            }

            var (code, output, err) = CalendarCommandTests.RunWithInput(bytes, "validate", "-", "--format", "json", "--lang", "en");
            Assert.InRange(code, 0, 2);
            using var doc = JsonDocument.Parse(output);
            var file = doc.RootElement.GetProperty("files")[0];
            Assert.Equal("-", file.GetProperty("file").GetString());
            if (code == 2)
            {
                Assert.StartsWith("-: ANTQ", err, StringComparison.Ordinal);
                Assert.Equal(JsonValueKind.Null, file.GetProperty("plan").ValueKind);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    [Fact]
    public void The_same_bytes_from_a_file_and_from_standard_input_get_the_same_report()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("antq-stdin-").FullName, "plan.txt");
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Examples.CleanProvincePlanText.Replace("81 năm Ngày", "80 năm Ngày", StringComparison.Ordinal))];
        File.WriteAllBytes(path, bytes);
        var fromFile = CalendarCommandTests.Run("validate", path, "--format", "json");
        var fromStdin = CalendarCommandTests.RunWithInput(bytes, "validate", "-", "--format", "json");
        Assert.Equal(fromFile.Code, fromStdin.Code);
        Assert.Equal(fromFile.Out.Replace(JsonEncodedText.Encode(path).ToString(), "-", StringComparison.Ordinal), fromStdin.Out);
    }
}
