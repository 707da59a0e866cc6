using System.Diagnostics;
using System.Globalization;
using System.Text;
using AntqDomain.Commendations;
using AntqDomain.Movement;
using AntqDomain.Rules;
using AntqDomain.SafetyStandard;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;
using AntqDomain.Language;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Reliability;

/// <summary>
/// Mutation fuzzing of both readers over every example, fixture and seed. CI runs 20,000 cases; set
/// <c>ANTQ_FUZZ_CASES</c> for a longer run (docs/reliability.md records a run of 1,000,000).
/// Invariants: nothing but the documented typed errors escapes, every diagnostic and every piece of text points inside
/// the input, and no case hangs (a guard of seconds, far above the milliseconds a case takes, so that a busy machine
/// never fails the suite). The time per case is reported as a distribution (median, 99th percentile, slowest) by the
/// long run, <c>benchmarks/fuzz-long-run.sh</c>, not asserted here.
/// </summary>
public class MutationFuzzTests(ITestOutputHelper output)
{
    private static readonly PlanValidator PlanValidator = new();
    private static readonly AwardValidator AwardValidator = new(clock: FixedClock.At(2026, 11, 22));
    private static readonly ModelValidator ModelValidator = new(clock: FixedClock.At(2026, 11, 22));
    private static readonly SafetyValidator SafetyValidator = new(clock: FixedClock.At(2026, 11, 22));
    /// <summary>A hang guard, not a speed target: cases take milliseconds; a case that takes seconds is stuck.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(5);

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("ANTQ_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 20_000;

    /// <summary>Every input the fuzzer starts from: the examples, plus the seeds when ../shared/domain is present.</summary>
    private static string[] Corpus()
    {
        var files = Directory.GetFiles(Repo.PathOf("docs", "examples")).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal));
        if (SharedDomain.Directory is { } shared)
        {
            files = files.Concat(Directory.GetFiles(Path.Combine(shared, "seeds"), "*.txt"));
        }

        return [.. files.Order(StringComparer.Ordinal)];
    }

    private enum Mutation
    {
        ByteFlip,
        Truncate,
        DuplicateLine,
        DeleteLine,
        StripDiacritics,
        Nfd,
        RandomUnicode,
        LongLine,
        UnicodeDigits,
        FormatCharacter,
        LineSeparator,
        LongYear,
        NestedDuplicate,
        None,
    }

    private static readonly char[] DigitZeros = ['\uFF10', '\u0660', '\u06F0', '\u0966', '\u09E6'];

    private static readonly string[] FormatCharacters = ["\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202E", "\u2060", "\u2066", "\uFEFF", "\u00AD"];

    [Fact]
    public void Mutated_inputs_never_escape_a_typed_error_take_over_100_ms_or_point_outside_the_input()
    {
        string[] corpus = Corpus();
        string[] texts = [.. corpus.Select(File.ReadAllText)];
        var gen =
            from file in Gen.Choose(0, texts.Length - 1)
            from mutation in Gen.Elements(Enum.GetValues<Mutation>())
            from at in Gen.Choose(0, int.MaxValue)
            from value in Gen.Choose(0, 0x10FFFF)
            select (file, mutation, at, value);
        for (int i = 0; i < texts.Length; i++)
        {
            Run(texts[i], corpus[i].EndsWith(".json", StringComparison.Ordinal)); // warm up: compile the paths once
        }

        int cases = 0;
        var times = new List<double>(Cases);
        string slowestCase = string.Empty;
        var watch = Stopwatch.StartNew();
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            bool json = corpus[c.file].EndsWith(".json", StringComparison.Ordinal);
            string input = Mutate(texts[c.file], c.mutation, c.at, c.value, json);
            var elapsed = Run(input, json);
            cases++;
            if (times.Count == 0 || elapsed.TotalMilliseconds > times.Max())
            {
                slowestCase = $"{Path.GetFileName(corpus[c.file])} {c.mutation}";
            }

            times.Add(elapsed.TotalMilliseconds);
            Assert.True(elapsed <= HangGuard, $"{Path.GetFileName(corpus[c.file])} with {c.mutation} at {c.at} took {elapsed.TotalSeconds:F1} s: a hang.");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true));
        times.Sort();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{cases:N0} cases over {corpus.Length} inputs in {watch.Elapsed.TotalSeconds:F1} s; per case median {times[times.Count / 2]:F3} ms, p99 {times[(int)(times.Count * 0.99)]:F3} ms, slowest {times[^1]:F2} ms ({slowestCase})."));
        Assert.Equal(Cases, cases);
    }

    private static TimeSpan Run(string input, bool json)
    {
        var watch = Stopwatch.StartNew();
        if (json)
        {
            var r = SubjectJson.Read(input);
            Assert.Equal(r.Success, r.Diagnostics.All(d => d.Severity != FindingSeverity.Error));
            if (r.Plan is { } p)
            {
                PlanValidator.Check(p);
            }
            else if (r.AwardProposal is { } a)
            {
                AwardValidator.Check(a);
            }
            else if (r.Model is { } m)
            {
                ModelValidator.Check(m.Model, m.On);
            }
            else if (r.SafetyAssessment is { } s)
            {
                SafetyValidator.Check(s);
            }
        }
        else
        {
            var result = PlanTextReader.Default.Read(input);
            // Lines as the reader counts them: CRLF, lone CR, LF and the Unicode line and paragraph separators all end a line.
            var lines = VietnameseText.Normalize(input).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\r', '\n', '\u2028', '\u2029');
            foreach (var d in result.Diagnostics)
            {
                if (d.At?.Line is { } l)
                {
                    Assert.InRange(l, 1, lines.Length);
                }
            }

            if (result.Plan is { } plan)
            {
                foreach (var f in PlanValidator.Check(plan).Findings)
                {
                    if (f.Location?.Line is { } l)
                    {
                        Assert.InRange(l, 1, lines.Length);
                    }
                }

                foreach (var (t, _) in plan.AllText())
                {
                    if (t.At?.Line is { } l)
                    {
                        Assert.InRange(l, 1, lines.Length);
                        Assert.InRange(t.At.Column!.Value, 1, lines[l - 1].Length + 1);
                    }
                }
            }
        }

        return watch.Elapsed;
    }

    private static string Mutate(string text, Mutation mutation, int at, int value, bool json)
    {
        var lines = text.Split('\n').ToList();
        int line = at % lines.Count;
        switch (mutation)
        {
            case Mutation.UnicodeDigits:
                char zero = DigitZeros[value % DigitZeros.Length];
                lines[line] = new string([.. lines[line].Select(ch => ch is >= '0' and <= '9' ? (char)(zero + (ch - '0')) : ch)]);
                break;
            case Mutation.FormatCharacter:
                int where = at % (lines[line].Length + 1);
                lines[line] = lines[line].Insert(where, FormatCharacters[value % FormatCharacters.Length]);
                break;
            case Mutation.LineSeparator:
                return string.Join(value % 2 == 0 ? "\u2028" : "\u2029", lines);
            case Mutation.LongYear:
                lines[line] = System.Text.RegularExpressions.Regex.Replace(lines[line], "(20[0-9]{2})", "${1}" + (value % 100_000).ToString(CultureInfo.InvariantCulture));
                break;
            case Mutation.NestedDuplicate when json:
                // Repeat the first property of the line ("name": value,) right after itself, at whatever depth it is.
                var m = System.Text.RegularExpressions.Regex.Match(lines[line], "^(\\s*\"[A-Za-z]+\"\\s*:\\s*[^{\\[]*?,)\\s*$");
                if (m.Success)
                {
                    lines.Insert(line, m.Groups[1].Value);
                }

                break;
            case Mutation.ByteFlip:
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                bytes[at % bytes.Length] ^= (byte)(1 << (value % 8));
                return Encoding.UTF8.GetString(bytes);
            case Mutation.Truncate:
                return text[..(at % (text.Length + 1))];
            case Mutation.DuplicateLine:
                lines.Insert(line, lines[line]);
                break;
            case Mutation.DeleteLine:
                lines.RemoveAt(line);
                break;
            case Mutation.StripDiacritics:
                lines[line] = new string(lines[line].Normalize(NormalizationForm.FormD).Where(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark).ToArray());
                break;
            case Mutation.Nfd:
                return text.Normalize(NormalizationForm.FormD);
            case Mutation.RandomUnicode:
                string s = value is >= 0xD800 and <= 0xDFFF ? ((char)value).ToString() : char.ConvertFromUtf32(value);
                int pos = at % (lines[line].Length + 1);
                lines[line] = lines[line].Insert(pos, s);
                break;
            case Mutation.LongLine:
                lines[line] = lines[line] + string.Concat(Enumerable.Repeat(" 19/8/2026 – ", 2_000 + (value % 2_000)));
                break;
            default:
                return text;
        }

        return string.Join('\n', lines);
    }
}
