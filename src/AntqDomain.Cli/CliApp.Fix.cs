using System.Globalization;
using AntqDomain.Fixing;
using AntqDomain.Plans;
using AntqDomain.Reading;
using AntqDomain.Rules;

namespace AntqDomain.Cli;

/// <content>The <c>fix</c> command: <see cref="PlanFixer"/> on a text file, a unified diff or a rewrite.</content>
public static partial class CliApp
{
    private static int Fix(CliOptions options, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var lang = options.Language;
        string path = options.Positional[0];
        if (options.Has("write") && path == "-")
        {
            stderr.WriteLine(HelpText.Pick(lang, "--write cần một tệp, không dùng với '-' (đầu vào chuẩn).", "--write needs a file; it cannot rewrite '-' (standard input)."));
            return Failure;
        }

        int? year = null;
        if (options.Get("year") is { } y)
        {
            if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) || !AntqDomain.Calendar.FestivalYear.IsSupported(parsed))
            {
                stderr.WriteLine(HelpText.Pick(lang, $"--year: '{y}' không phải năm có Ngày hội (từ {AntqDomain.Calendar.FestivalYear.FirstYear}).", $"--year: '{y}' is not a festival year (from {AntqDomain.Calendar.FestivalYear.FirstYear})."));
                return Failure;
            }

            year = parsed;
        }

        var on = DateOf(options);

        FestivalPlan? parent = null;
        if (options.Get("parent") is { } parentPath)
        {
            var parentInput = InputFile.Load(parentPath, stdin);
            var parentRead = parentInput.Error is null ? parentInput.Read() : null;
            if (parentRead?.Plan is null)
            {
                stderr.WriteLine(HelpText.Pick(lang, $"{parentPath}: không đọc được kế hoạch cấp trên.", $"{parentPath}: cannot read the parent plan."));
                return Failure;
            }

            parent = parentRead.Plan;
        }

        var input = InputFile.Load(path, stdin);
        if (input.Error is not null)
        {
            stderr.WriteLine($"{input.Name}: {input.Error.Message(lang)}");
            return Failure;
        }

        if (input.IsJson)
        {
            stderr.WriteLine(HelpText.Pick(
                lang,
                $"{input.Name}: lệnh fix sửa văn bản thuần (.txt) và tệp Word (.docx); với tệp JSON, hãy sửa kế hoạch gốc.",
                $"{input.Name}: fix repairs plain text (.txt) and Word files (.docx); fix a JSON plan at its source."));
            return Failure;
        }

        if (input.IsWord)
        {
            return FixWord(input, options, parent, on, year, stdout, stderr, lang);
        }

        var read = input.Read();
        if (!read.Success)
        {
            foreach (var d in read.Diagnostics.Where(d => d.Severity == FindingSeverity.Error))
            {
                stderr.WriteLine($"{input.Name}: {d.Code} {d.Message(lang)}");
            }

            return Failure;
        }

        PlanFixResult result;
        try
        {
            result = new PlanFixer(Validator).Fix(input.Content!, parent, on, year);
        }
        catch (PlanFormatException ex)
        {
            stderr.WriteLine($"{input.Name}: {ex.Message}");
            return Failure;
        }

        if (options.Has("write"))
        {
            if (result.Changed)
            {
                int written = WriteKeepingEncoding(path, result.Text, stderr, lang);
                if (written != Ok)
                {
                    return written;
                }
            }
        }
        else
        {
            stdout.Write(result.Diff(Path.GetFileName(path == "-" ? "plan.txt" : path)));
        }

        return FixSummary(input.Name, result.Applied.Length, result.Remaining, stderr, lang);
    }

    /// <summary>The line that ends a fix: how many fixes were applied and what is left for a person; the exit code.</summary>
    private static int FixSummary(string name, int applied, Rules.ValidationReport remaining, TextWriter stderr, CultureInfo lang)
    {
        var left = remaining.Findings.Where(f => f.Severity != FindingSeverity.Info).ToList();
        string codes = left.Count == 0 ? string.Empty : " (" + string.Join(", ", left.Select(f => f.Code.Value).Distinct()) + ")";
        stderr.WriteLine(HelpText.Pick(
            lang,
            $"{name}: đã áp dụng {applied} cách sửa; còn {left.Count} phát hiện cần người xử lý{codes}.",
            $"{name}: {applied} fix(es) applied; {left.Count} finding(s) left for a person{codes}."));
        return remaining.HasErrors ? Findings : Ok;
    }

    /// <summary>Fixes a Word file in place (runs edited, formatting kept): a diff of its text, or the file rewritten.</summary>
    private static int FixWord(InputFile input, CliOptions options, FestivalPlan? parent, NodaTime.LocalDate? on, int? year, TextWriter stdout, TextWriter stderr, CultureInfo lang)
    {
        if (input.Error is not null || input.WordBytes is null || input.Word is not { Success: true })
        {
            stderr.WriteLine($"{input.Name}: {input.Error?.Message(lang) ?? input.Word?.Result.Diagnostics.FirstOrDefault()?.Message(lang)}");
            return Failure;
        }

        var result = Docx.DocxPlanFixer.Fix(input.WordBytes, Validator, parent, on, year);
        if (options.Has("write"))
        {
            if (result.Changed)
            {
                int written = WriteBytes(input.Name, result.Bytes, stderr, lang);
                if (written != Ok)
                {
                    return written;
                }
            }
        }
        else
        {
            stdout.Write(result.Diff(Path.GetFileName(input.Name)));
        }

        return FixSummary(input.Name, result.Applied.Length, result.Remaining, stderr, lang);
    }

    /// <summary>Rewrites a text file with the same byte-order mark as before (the fixer already kept its line endings).</summary>
    private static int WriteKeepingEncoding(string path, string text, TextWriter stderr, CultureInfo lang)
    {
        bool bom;
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            Span<byte> head = stackalloc byte[3];
            bom = probe.Read(head) == 3 && head.SequenceEqual("\uFEFF"u8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bom = false;
        }

        var encoding = new System.Text.UTF8Encoding(bom);
        return WriteBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)], stderr, lang);
    }
}
