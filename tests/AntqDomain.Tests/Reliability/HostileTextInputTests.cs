using System.Text.RegularExpressions;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Reliability;

/// <summary>Text a careless or hostile user hands over is read without an exception and without a silent wrong answer.</summary>
public class HostileTextInputTests
{
    private static readonly PlanValidator Validator = new();

    private static string Clean => Examples.CleanProvincePlanText;

    private static string[] Codes(string text)
    {
        var read = PlanTextReader.Default.Read(text);
        Assert.True(read.Success, string.Join("; ", read.Diagnostics.Select(d => d.MessageEn)));
        return [.. Validator.Check(read.Plan).Findings.Select(f => f.Code.Value)];
    }

    [Theory]
    [InlineData('\uFF10')] // fullwidth
    [InlineData('\u0660')] // Arabic-Indic
    [InlineData('\u06F0')] // extended Arabic-Indic
    [InlineData('\u0966')] // Devanagari
    public void A_plan_written_with_the_digits_of_another_script_is_read_without_an_exception(char zero)
    {
        string text = new([.. Clean.Select(c => c is >= '0' and <= '9' ? (char)(zero + (c - '0')) : c)]);
        var read = PlanTextReader.Default.Read(text);
        Assert.True(read.Success);
        Validator.Check(read.Plan);
        Assert.Equal(2026, read.Plan.TitleYear);
    }

    [Fact]
    public void Any_character_at_the_end_of_a_line_is_read_without_an_exception()
    {
        // Every UTF-16 unit, lone surrogates and the noncharacters U+FFFE and U+FFFF included, after the title line.
        const string Line = "KẾ HOẠCH";
        Assert.Contains(Line, Clean, StringComparison.Ordinal);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var read = PlanTextReader.Default.Read(Clean.Replace(Line, Line + (char)c, StringComparison.Ordinal));
            Assert.True(read.Success || read.Diagnostics.Any(d => d.Severity == FindingSeverity.Error), $"U+{c:X4}: no plan and no error said");
        }
    }

    [Fact]
    public void Normalising_replaces_what_the_runtime_cannot_normalise_and_keeps_the_rest()
    {
        // Built from code units: an attribute cannot hold a lone surrogate.
        string Of(params int[] units) => new([.. units.Select(u => (char)u)]);

        Assert.Equal(Of('a', 0xFFFD, 'b'), AntqDomain.Language.VietnameseText.Normalize(Of('a', 0xFFFE, 'b')));
        Assert.Equal(Of('a', 0xFFFD, 'b'), AntqDomain.Language.VietnameseText.Normalize(Of('a', 0xD800, 'b')));
        Assert.Equal(Of(0xFFFD, 0x00E9), AntqDomain.Language.VietnameseText.Normalize(Of(0xDC00, 'e', 0x0301)));
        Assert.Equal(Of(0xD83D, 0xDE00), AntqDomain.Language.VietnameseText.Normalize(Of(0xD83D, 0xDE00)));
        Assert.Equal(Of('a', 0xFFFF, 'b'), AntqDomain.Language.VietnameseText.Normalize(Of('a', 0xFFFF, 'b')));
    }

    [Fact]
    public void A_fullwidth_year_in_the_title_is_read_as_the_year()
    {
        var read = PlanTextReader.Default.Read(Clean.Replace("” năm 2026", "” năm ２０２６", StringComparison.Ordinal));
        Assert.Equal(2026, read.Plan!.TitleYear);
    }

    public static TheoryData<string> FormatCharacters() => [.. Cell.FormatCharacters.Select(c => c.ToString())];

    [Fact]
    public void The_format_characters_the_reader_blanks_out_are_every_format_character_of_the_runtime()
    {
        var runtime = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => !char.IsSurrogate(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);

        Assert.Equal(runtime.ToArray(), Cell.FormatCharacters.ToCharArray());
    }

    [Fact]
    public void The_spaces_the_reader_blanks_out_are_every_space_separator_of_the_runtime_but_the_plain_space()
    {
        var runtime = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => c != ' ' && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator);

        Assert.Equal(runtime.ToArray(), Cell.OddSpaces.ToCharArray());
    }

    /// <summary>Every character outside ASCII that the reader blanks: the C1 controls, the odd spaces and the format characters.</summary>
    public static TheoryData<string> CleanedCharacters()
        => [.. Enumerable.Range(0x80, 0x20).Select(i => ((char)i).ToString()).Concat(Cell.OddSpaces.Select(c => c.ToString())).Concat(Cell.FormatCharacters.Select(c => c.ToString()))];

    [Theory]
    [MemberData(nameof(CleanedCharacters))]
    public void A_character_the_reader_blanks_is_read_as_a_space_inside_a_paragraph(string odd)
    {
        var plan = PlanTextReader.Default.Read(Clean.Replace("Tổ chức thiết thực, trang trọng", "Tổ chức" + odd + "thiết thực, trang trọng", StringComparison.Ordinal)).Plan!;

        Assert.Contains(plan.Sections.SelectMany(s => s.Paragraphs), p => p.Text.StartsWith("Tổ chức thiết thực, trang trọng", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(FormatCharacters))]
    public void An_invisible_format_character_inside_the_number_line_does_not_lose_the_number(string mark)
    {
        var read = PlanTextReader.Default.Read(Clean.Replace("Số: 214/KH-BCĐ", "Số" + mark + ": " + mark + "214/KH-BCĐ", StringComparison.Ordinal));
        Assert.Equal("214/KH-BCĐ", read.Plan!.NumberText);
        Assert.DoesNotContain("ANTQ101", Validator.Check(read.Plan).Findings.Select(f => f.Code.Value));
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void Unicode_line_and_paragraph_separators_end_lines_like_a_newline(string separator)
    {
        var lf = PlanTextReader.Default.Read(Clean).Plan!;
        var read = PlanTextReader.Default.Read(Clean.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", separator, StringComparison.Ordinal));
        var plan = read.Plan!;
        Assert.Equal(lf.NumberText, plan.NumberText);
        Assert.Equal(lf.Dated, plan.Dated);
        Assert.Equal(lf.Sections.Length, plan.Sections.Length);
        Assert.Equal(lf.Title!.At, plan.Title!.At);
    }

    [Theory]
    [InlineData("Tuyên Quang, ngày 05 tháng 6 năm 2026", "Tuyên Quang, ngày 05 tháng 6 năm 20261")]
    [InlineData("Tuyên Quang, ngày 05 tháng 6 năm 2026", "Tuyên Quang, ngày 05 tháng 6 năm 10000")]
    [InlineData("” năm 2026", "” năm 20261")]
    [InlineData("” năm 2026", "” năm 10000")]
    public void A_year_of_more_than_four_digits_is_reported_not_cut_to_four(string from, string to)
    {
        var plan = PlanTextReader.Default.Read(Clean.Replace(from, to, StringComparison.Ordinal)).Plan!;
        Assert.False(plan.TitleYear == 2026 && plan.Dated!.Year == 2026, "the long year was cut to 2026");
        Assert.Contains("ANTQ108", Codes(Clean.Replace(from, to, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_plan_whose_every_year_is_before_the_first_festival_is_reported()
    {
        string text = Clean.Replace("2026", "1944", StringComparison.Ordinal).Replace("2005", "1944", StringComparison.Ordinal);
        var findings = Validator.Check(PlanTextReader.Default.Read(text).Plan!).Findings;
        var f = Assert.Single(findings, f => f.Code.Value == "ANTQ108" && f.MessageEn.Contains("title", StringComparison.Ordinal));
        Assert.Equal(FindingSeverityError, f.Severity);
        Assert.Contains(findings, f => f.Code.Value == "ANTQ108" && f.MessageEn.Contains("issue year 1944", StringComparison.Ordinal));
    }

    private const FindingSeverity FindingSeverityError = FindingSeverity.Error;

    [Fact]
    public void No_pattern_of_the_library_uses_the_unicode_digit_class()
    {
        // In .NET, \d matches every Unicode digit while int.Parse takes only ASCII ones: that mismatch crashed the reader.
        var offenders = Directory.EnumerateFiles(Repo.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, i, line)))
            .Where(x => Regex.IsMatch(x.line, @"(?<!\\)\\d"))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.i + 1}")
            .ToList();
        Assert.True(offenders.Count == 0, "\\d in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void A_stream_of_legacy_encoded_bytes_is_refused_as_not_utf8_like_the_command_does()
    {
        var cp1258 = new byte[] { 0x4B, 0xC1, 0xCA, 0x20, 0x48, 0x4F, 0xAA, 0x43, 0x48 }; // "KẾ HOẠCH" in a legacy code page
        var read = PlanTextReader.Default.Read(new MemoryStream(cp1258));
        Assert.False(read.Success);
        var d = Assert.Single(read.Diagnostics);
        Assert.Equal("ANTQ001", d.Code);
        Assert.Contains("UTF-8", d.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16BE", true)]
    [InlineData("utf-16le", false)]
    public void A_plan_saved_as_utf16_is_refused_as_utf16_not_as_a_legacy_encoding(string encoding, bool byteOrderMark)
    {
        var enc = System.Text.Encoding.GetEncoding(encoding);
        byte[] bytes = [.. byteOrderMark ? enc.GetPreamble() : [], .. enc.GetBytes(Examples.CleanProvincePlanText)];

        var read = PlanTextReader.Default.Read(new MemoryStream(bytes));

        Assert.False(read.Success);
        var d = Assert.Single(read.Diagnostics);
        Assert.Equal("ANTQ001", d.Code);
        Assert.Contains("UTF-16", d.MessageEn, StringComparison.Ordinal);
        Assert.Contains("UTF-16", d.MessageVi, StringComparison.Ordinal);
        Assert.DoesNotContain("TCVN3", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endless_stream_is_read_only_up_to_the_limit_and_refused()
    {
        var result = DocumentInput.ReadBounded(new EndlessStream(), 1_000_000);
        Assert.Null(result.Bytes);
        Assert.Equal("ANTQ002", result.Error!.Code);
    }

    [Fact]
    public void A_quoted_value_in_a_message_or_excerpt_is_capped()
    {
        string huge = new string('9', 100_000) + "/KH BCĐ";
        var plan = PlanTextReader.Default.Read(Clean).Plan! with { NumberText = huge };
        var f = Assert.Single(Validator.Check(plan).Findings, f => f.Code.Value == "ANTQ102");
        Assert.True(f.MessageVi.Length < 1_000, f.MessageVi.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(f.Excerpt!.Length <= 200);
        Assert.EndsWith("…", f.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_past_the_line_limit_are_kept_verbatim_with_a_warning_not_analysed_or_dropped()
    {
        var sb = new System.Text.StringBuilder(Clean);
        for (int i = 0; i < 60_000; i++)
        {
            sb.Append("\n- a").Append(i % 10);
        }

        sb.Append("\nDòng cuối cùng.");
        string text = sb.ToString();
        var read = PlanTextReader.Default.Read(text);
        var d = Assert.Single(read.Diagnostics, d => d.Code == "ANTQ010");
        Assert.Equal(ReaderLimits.Default.MaxLines + 1, d.At!.Line);
        var rest = read.Plan!.Unplaced[^1];
        Assert.EndsWith("Dòng cuối cùng.", rest.Text, StringComparison.Ordinal);
        int analysed = text.Split('\n').Take(ReaderLimits.Default.MaxLines).Sum(l => l.Length + 1);
        Assert.Equal(text[analysed..], rest.Text);
    }

    /// <summary>A source that never ends, like /dev/zero: reports no length and always has more.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => 0;

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
