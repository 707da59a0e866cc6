using System.Text;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using AntqDomain.Language;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Text;

public class PlanTextReaderRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t  \r\n")]
    public void Empty_input_is_a_typed_error(string text)
    {
        var r = PlanTextReader.Default.Read(text);
        Assert.False(r.Success);
        Assert.Equal("ANTQ001", Assert.Single(r.Diagnostics).Code);
        Assert.Throws<PlanFormatException>(() => r.GetPlanOrThrow());
    }

    [Fact]
    public void Binary_garbage_is_a_typed_error()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var r = PlanTextReader.Default.Read(Encoding.Latin1.GetString(bytes));
        Assert.False(r.Success);
        Assert.Equal("ANTQ001", r.Diagnostics[0].Code);
    }

    [Theory]
    [InlineData('\u0001')]
    [InlineData('\u001B')]
    [InlineData('\u0085')]
    public void Text_dense_with_control_characters_is_binary_even_without_a_nul(char control)
    {
        // One control character in every ten: over the one-in-twenty the reader tolerates.
        var text = string.Concat(Enumerable.Repeat("KẾ HOẠCH " + control, 200));
        var r = PlanTextReader.Default.Read(text);
        Assert.False(r.Success);
        Assert.Equal("ANTQ001", r.Diagnostics[0].Code);
    }

    [Fact]
    public void A_few_stray_control_characters_do_not_make_a_plan_binary()
    {
        string text = Examples.CleanProvincePlanText.Replace("I. MỤC ĐÍCH", "I.\u0001 MỤC ĐÍCH", StringComparison.Ordinal);
        var r = PlanTextReader.Default.Read(text);
        Assert.True(r.Success);
        Assert.DoesNotContain(r.Diagnostics, d => d.Code == "ANTQ001");
    }

    [Fact]
    public void Input_over_the_size_limit_is_refused_naming_the_limit()
    {
        var r = new PlanTextReader(new ReaderLimits(MaxChars: 1000)).Read(new string('a', 1001));
        Assert.Equal("ANTQ002", Assert.Single(r.Diagnostics).Code);
        Assert.Contains("1,000", r.Diagnostics[0].MessageEn);
    }

    [Fact]
    public void Text_that_is_no_plan_is_an_error()
    {
        var r = PlanTextReader.Default.Read("Hôm nay trời đẹp.\nChúng tôi đi chơi.");
        Assert.Equal("ANTQ003", Assert.Single(r.Diagnostics).Code);
    }

    [Fact]
    public void Unplaced_text_is_kept_verbatim_with_its_position()
    {
        string text = Examples.CleanProvincePlanText + "\nGhi chú: bản này gửi kèm phụ lục.\n";
        var r = PlanTextReader.Default.Read(text);
        var kept = Assert.Single(r.Plan!.Unplaced);
        Assert.Equal("Ghi chú: bản này gửi kèm phụ lục.", kept.Text);
        Assert.Contains(r.Diagnostics, d => d.Code == "ANTQ007" && d.At == kept.At);
    }

    [Fact]
    public void Pathological_megabyte_lines_are_read_and_validated_without_a_hang()
    {
        // Speed is measured by HostileInputBenchmarks; here only a hang guard, far above the tens of milliseconds it takes.
        string evil = string.Concat(Enumerable.Repeat("tu ngay 1/", 100_000)) + "\n" + new string('(', 1_000_000) + "\nSố: " + new string('1', 500_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var r = PlanTextReader.Default.Read("KẾ HOẠCH\n" + evil);
        new AntqDomain.Rules.PlanValidator().Check(r.GetPlanOrThrow());
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}: a hang");
    }

    [Fact]
    public void The_part_of_a_line_past_the_analysed_length_is_kept_verbatim_and_reported()
    {
        string tail = string.Concat(Enumerable.Repeat("đoạn văn rất dài ", 3_000));
        string line = "- Tổ chức " + tail;
        var r = PlanTextReader.Default.Read("KẾ HOẠCH\nI. MỤC ĐÍCH\n" + line + "\nII. NỘI DUNG\n1. Ngày hội");
        var plan = r.GetPlanOrThrow();
        var d = Assert.Single(r.Diagnostics, x => x.Code == "ANTQ009");
        Assert.Contains("ReaderLimits.MaxLineChars", d.MessageEn, StringComparison.Ordinal);
        Assert.Equal(3, d.At!.Line);
        Assert.Equal(20_001, d.At.Column);
        var kept = plan.AllText().Select(t => t.Text.Text).Where(t => line.Contains(t, StringComparison.Ordinal)).Sum(t => t.Length);
        Assert.True(kept >= line.Length - 2, $"kept {kept} of {line.Length} characters"); // the list marker "- " is kept as a marker
    }

    [Fact]
    public void Mutated_plans_never_throw_and_positions_stay_inside_the_input()
    {
        string baseText = Examples.CleanProvincePlanText;
        var lines = baseText.Split('\n');
        var gen = Gen.Choose(0, 5).SelectMany(kind => Gen.Choose(0, lines.Length - 1).SelectMany(at => Gen.Choose(0, 65535).Select(ch => (kind, at, ch))));
        Prop.ForAll(Arb.From(gen), m =>
        {
            var copy = lines.ToList();
            switch (m.kind)
            {
                case 0: copy.RemoveAt(m.at); break;
                case 1: copy.Insert(m.at, copy[m.at]); break;
                case 2: copy[m.at] = copy[m.at].Length > 1 ? copy[m.at][..(copy[m.at].Length / 2)] : copy[m.at]; break;
                case 3: copy[m.at] = copy[m.at] + (char)m.ch; break;
                case 4: copy[m.at] = RemoveDiacritics(copy[m.at]); break;
                default: copy[m.at] = copy[m.at].Normalize(NormalizationForm.FormD); break;
            }

            string text = string.Join('\n', copy);
            var result = PlanTextReader.Default.Read(text);
            var norm = VietnameseText.Normalize(text).Split('\n');
            foreach (var d in result.Diagnostics.Where(d => d.At?.Line is not null))
            {
                Assert.InRange(d.At!.Line!.Value, 1, norm.Length);
            }

            if (result.Plan is { } plan)
            {
                new AntqDomain.Rules.PlanValidator().Check(plan);
                foreach (var (t, _) in plan.AllText())
                {
                    if (t.At?.Line is { } l)
                    {
                        Assert.InRange(l, 1, norm.Length);
                        Assert.InRange(t.At.Column!.Value, 1, norm[l - 1].Length + 1);
                    }
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithQuietOnSuccess(true));
    }

    private static string RemoveDiacritics(string s)
        => new(s.Normalize(NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
}
