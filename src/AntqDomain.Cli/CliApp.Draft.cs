using System.Globalization;
using AntqDomain.Administration;
using AntqDomain.Drafting;
using AntqDomain.Plans;
using AntqDomain.Serialization;
using AntqDomain.Rules;

namespace AntqDomain.Cli;

/// <content>The <c>draft</c> command: options in, <see cref="PlanDrafter"/> out.</content>
public static partial class CliApp
{
    private static int Draft(CliOptions options, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var lang = options.Language;
        int Usage(string vi, string en)
        {
            stderr.WriteLine(HelpText.Pick(lang, vi, en));
            stderr.WriteLine(options.Usage);
            return Failure;
        }

        // The parser took only the levels this command names; a draft needs one.
        if (options.Level is not { } level)
        {
            return Usage($"--level: cần cấp ban hành ({options.LevelNames}).", $"--level: the issuing level is required ({options.LevelNames}).");
        }

        if (!int.TryParse(options.Get("year"), NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return Usage($"--year: cần năm bằng chữ số, ví dụ 2026 (nhận được '{options.Get("year")}').", $"--year: a year in digits is required, e.g. 2026 (got '{options.Get("year")}').");
        }

        // The parser accepts only committee and people-committee.
        var body = options.Get("issuer") == "people-committee" ? IssuerKind.PeoplesCommittee : IssuerKind.SteeringCommittee;

        string unit = options.Get("unit") ?? string.Empty;
        if (level != AdministrativeLevel.Central && unit.Trim().Length == 0)
        {
            return Usage("--unit: cần tên đơn vị kèm loại, ví dụ \"xã Đồng Tâm\".", "--unit: the unit name with its type is required, e.g. \"xã Đồng Tâm\".");
        }

        var date = DateOf(options, "date");

        int? number = null;
        if (options.Get("number") is { } n)
        {
            if (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) || parsed < 1)
            {
                return Usage($"--number: cần một số nguyên dương (nhận được '{n}').", $"--number: a positive whole number is required (got '{n}').");
            }

            number = parsed;
        }

        FestivalPlan? parent = null;
        if (options.Get("parent") is { } parentPath)
        {
            var input = InputFile.Load(parentPath, stdin);
            var read = input.Error is null ? input.Read() : null;
            if (read?.Plan is null)
            {
                string why = input.Error?.Message(lang) ?? string.Join("; ", read!.Diagnostics.Where(d => d.Severity == AntqDomain.Rules.FindingSeverity.Error).Select(d => d.Message(lang)));
                stderr.WriteLine(HelpText.Pick(lang, $"{parentPath}: không đọc được kế hoạch cấp trên: {why}", $"{parentPath}: cannot read the parent plan: {why}"));
                return Failure;
            }

            parent = read.Plan;
        }

        PlanDraft draft;
        try
        {
            draft = PlanDrafter.Draft(new PlanDraftRequest(unit, level, year)
            {
                IssuingBody = body,
                IssueDate = date,
                Parent = parent,
                Number = number,
                SignerName = options.Get("signer"),
                ShowcaseSite = options.Get("site"),
                DeputySigns = options.Has("deputy"),
            });
        }
        catch (DraftRequestException ex)
        {
            stderr.WriteLine(HelpText.Pick(lang, "Không soạn được kế hoạch: ", "Cannot draft the plan: ") + ex.Message);
            return Failure;
        }

        int code = Ok;
        if (options.Get("out") is { } outPath)
        {
            code = outPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? WriteOutput(outPath, PlanJson.Write(draft.Plan) + "\n", stderr, lang)
                : outPath.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? WriteBytes(outPath, Docx.DocxPlanWriter.Write(draft.Plan), stderr, lang)
                : WriteOutput(outPath, draft.Text, stderr, lang);
        }
        else
        {
            stdout.Write(draft.Text);
        }

        if (code == Ok && !draft.IsComplete)
        {
            stderr.WriteLine(HelpText.Pick(lang, "Cần điền trước khi ban hành: ", "To fill in before issuing: ") + string.Join(", ", draft.Placeholders.Select(p => p.Text).Distinct()));
        }

        return code;
    }

    /// <summary>Writes an output file; any file-system failure is exit 2 with the path and the reason, never a crash.</summary>
    private static int WriteBytes(string path, byte[] content, TextWriter stderr, CultureInfo lang)
    {
        if (Directory.Exists(path))
        {
            stderr.WriteLine(HelpText.Pick(lang, $"{path}: không ghi được: đây là một thư mục; hãy cho tên tệp (--out kế-hoạch.json).", $"{path}: cannot write: it is a directory; give a file name (--out plan.json)."));
            return Failure;
        }

        try
        {
            File.WriteAllBytes(path, content);
            return Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            stderr.WriteLine(HelpText.Pick(lang, $"{path}: không ghi được: {ex.Message}", $"{path}: cannot write: {ex.Message}"));
            return Failure;
        }
    }
}
