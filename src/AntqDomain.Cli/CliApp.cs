using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Reflection;
using AntqDomain.Calendar;
using AntqDomain.Rules;
using AntqDomain.Serialization;
using NodaTime;
using NodaTime.Text;
using AntqDomain.Legal;
using AntqDomain.Reading;

namespace AntqDomain.Cli;

/// <summary>The <c>antq</c> command: argument handling and output only; every answer comes from the library.</summary>
public static partial class CliApp
{
    /// <summary>Exit code: success, no error finding.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: at least one error-severity finding.</summary>
    public const int Findings = 1;

    /// <summary>Exit code: bad usage, or a file that could not be read or parsed at all.</summary>
    public const int Failure = 2;

    /// <summary>Runs the command with explicit streams (used by tests and by <c>Program</c>).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdin">Standard input as bytes, read (bounded and strictly decoded) only for the file name "-".</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and usage go.</param>
    /// <returns>The exit code: <see cref="Ok"/>, <see cref="Findings"/> or <see cref="Failure"/>.</returns>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var lang = CliCommandLine.LanguageOf(args);
        var line = new CliCommandLine(lang, options => RunCommand(options, stdin, stdout, stderr), Version);
        var parse = line.Root.Parse(args);
        if (args.Length == 0)
        {
            // No command at all: the help, on standard error, as a usage error.
            stderr.Write(CliHelp.Write(line, line.Root));
            return Failure;
        }

        bool helpOrVersion = parse.Action is SynchronousCommandLineAction { ClearsParseErrors: true };
        if (parse.Errors.Count > 0 && !helpOrVersion)
        {
            foreach (string message in ParseErrors(parse, line))
            {
                stderr.WriteLine(message);
            }

            stderr.WriteLine(HelpText.Usage(lang));
            return Failure;
        }

        if (parse.CommandResult.Command is RootCommand && !helpOrVersion)
        {
            stderr.Write(CliHelp.Write(line, line.Root));
            return Failure;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>
    /// The parser's complaints in the chosen language: unknown options and extra arguments, missing arguments and the
    /// options' own checks (which are already worded in that language).
    /// </summary>
    private static IEnumerable<string> ParseErrors(ParseResult parse, CliCommandLine line)
    {
        var command = parse.CommandResult.Command;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (string token in parse.UnmatchedTokens)
        {
            reported.Add(token);
            yield return token.StartsWith('-') && token.Length > 1
                ? line.T($"Tùy chọn không xác định: {token}", $"Unknown option: {token}")
                : command is RootCommand
                    ? line.T($"Lệnh không xác định: '{token}'.", $"Unknown command: '{token}'.")
                    : line.T($"Lệnh {command.Name} không nhận thêm tham số '{token}'.", $"The {command.Name} command takes no further argument '{token}'.");
        }

        foreach (var argument in command.Arguments)
        {
            if ((parse.GetResult(argument)?.Tokens.Count ?? 0) < argument.Arity.MinimumNumberOfValues)
            {
                reported.Add(argument.Name);
                yield return line.T($"Thiếu <{argument.HelpName}> cho lệnh {command.Name}.", $"The {command.Name} command needs <{argument.HelpName}>.")
                             + " " + line.T("Cách dùng: ", "Usage: ") + CliHelp.UsageLine(line, command);
            }
        }

        foreach (var error in parse.Errors)
        {
            bool already = reported.Any(r => error.Message.Contains($"'{r}'", StringComparison.Ordinal))
                           || (error.SymbolResult is System.CommandLine.Parsing.ArgumentResult a && reported.Contains(a.Argument.Name)
                               && a.Tokens.Count < a.Argument.Arity.MinimumNumberOfValues)
                           || (error.SymbolResult is System.CommandLine.Parsing.CommandResult && reported.Count > 0 && error.Message.Contains(command.Name, StringComparison.Ordinal));
            if (!already)
            {
                yield return error.Message;
            }
        }
    }

    private static int RunCommand(CliOptions options, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return options.Command switch
            {
                "calendar" => Calendar(options, stdout, stderr),
                "convert" => Convert(options, stdin, stdout, stderr),
                "validate" => Validate(options, stdin, stdout, stderr),
                "rules" => Rules(options, stdout, stderr),
                "draft" => Draft(options, stdin, stdout, stderr),
                "fix" => Fix(options, stdin, stdout, stderr),
                "rollup" => Rollup(options, stdin, stdout, stderr),
                "completion" => Completion(options, stdout),
                _ => throw new InvalidOperationException("A command without a handler: " + options.Command),
            };
        }
        catch (IOException ex)
        {
            stderr.WriteLine(ex.Message);
            return Failure;
        }
    }

    private static int Convert(CliOptions options, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var lang = options.Language;
        var input = InputFile.Load(options.Positional[0], stdin);
        if (input.Error is not null)
        {
            stderr.WriteLine($"{input.Name}: {input.Error.Message(lang)}");
            return Failure;
        }

        var result = input.Read();
        if (!result.Success)
        {
            foreach (var d in result.Diagnostics.Where(d => d.Severity == AntqDomain.Rules.FindingSeverity.Error))
            {
                stderr.WriteLine($"{input.Name}: {d.Code} {d.Message(lang)}");
            }

            return Failure;
        }

        string json = PlanJson.Write(result.Plan);
        if (options.Get("out") is { } outPath)
        {
            return WriteOutput(outPath, json + "\n", stderr, lang);
        }
        else
        {
            stdout.WriteLine(json);
        }

        return Ok;
    }

    /// <summary>Writes a text output file (UTF-8); any file-system failure is exit 2 with the path and the reason, never a crash.</summary>
    private static int WriteOutput(string path, string content, TextWriter stderr, CultureInfo lang)
        => WriteBytes(path, new System.Text.UTF8Encoding(false).GetBytes(content), stderr, lang);

    private static readonly PlanValidator Validator = new();
    private static readonly Rules.AwardValidator AwardValidator = new();
    private static readonly Rules.ModelValidator ModelValidator = new();
    private static readonly Rules.SafetyValidator SafetyValidator = new();
    private static readonly Rules.ResultsReportValidator ResultsValidator = new();
    private static readonly Rules.CommitteeValidator CommitteeValidator = new();

    /// <summary>The date given with <c>--on</c> (or another date option), already checked by the parser.</summary>
    private static LocalDate? DateOf(CliOptions options, string option = "on")
        => options.Get(option) is { } text ? LocalDatePattern.Iso.Parse(text).GetValueOrThrow() : null;

    private static int Validate(CliOptions options, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var lang = options.Language;
        string format = options.Format("text");
        var on = DateOf(options);

        Plans.FestivalPlan? parent = null;
        if (options.Get("parent") is { } parentPath)
        {
            var p = InputFile.Load(parentPath, stdin);
            var read = p.Error is null ? p.Read() : null;
            if (read is not { Success: true })
            {
                var diagnostics = p.Error is { } e ? [e] : read!.Diagnostics;
                var error = diagnostics.FirstOrDefault(d => d.Severity == AntqDomain.Rules.FindingSeverity.Error) ?? diagnostics[0];
                stderr.WriteLine($"{parentPath}: {error.Code} {error.Message(lang)} (--parent)");
                if (format == "json")
                {
                    stdout.WriteLine(new ReportDocument([], FileReport.Unreadable(parentPath, diagnostics, !p.IsJson, lang)).ToJson());
                }

                return Failure;
            }

            parent = read.Plan;
        }

        Committees.SteeringCommittee? committee = null;
        if (options.Get("committee") is { } committeePath)
        {
            var c = InputFile.Load(committeePath, stdin);
            var read = c.Error is null && c.IsJson ? c.ReadSubject() : null;
            if (read?.Committee is not { } assessment)
            {
                string why = c.Error?.Message(lang) ?? read?.Diagnostics.FirstOrDefault()?.Message(lang)
                    ?? HelpText.Pick(lang, "không phải Ban Chỉ đạo JSON (\"kind\": \"steeringCommittee\").", "not a JSON steering committee (\"kind\": \"steeringCommittee\").");
                stderr.WriteLine($"{committeePath}: {why} (--committee)");
                return Failure;
            }

            committee = assessment.Committee;
        }

        var paths = ExpandInputs(options.Positional, stderr, lang, out bool badPattern);
        bool unreadable = badPattern;
        bool errors = false;
        var results = new (FileReport Report, bool Errors, bool Unreadable, string? Message)[paths.Count];

        // Files are read and checked in parallel (the validators are thread-safe) and reported in the order given.
        // A progress line when a person watches many files go by (standard error is a terminal).
        bool progress = paths.Count > 5 && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        int done = 0;
        if (paths.Count == 1)
        {
            // One file: no thread pool (starting the parallel machinery costs a single-file run more than it saves).
            results[0] = CheckFile(paths[0]);
        }
        else
        {
            Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                results[i] = CheckFile(paths[i]);
                if (progress)
                {
                    int n = Interlocked.Increment(ref done);
                    stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r{n}/{paths.Count} {(HelpText.IsEnglish(lang) ? "files" : "tệp")}"));
                }
            });
        }
        if (progress)
        {
            stderr.Write("\r" + new string(' ', 40) + "\r");
        }

        var reports = new List<FileReport>(paths.Count);
        foreach (var r in results)
        {
            if (r.Message is { } message)
            {
                stderr.WriteLine(message);
            }

            reports.Add(r.Report);
            errors |= r.Errors;
            unreadable |= r.Unreadable;
        }

        (FileReport Report, bool Errors, bool Unreadable, string? Message) CheckFile(string path)
        {
            var input = InputFile.Load(path, stdin);
            var result = input.Error is null ? input.ReadSubject() : null;
            if (result is not { Success: true })
            {
                var diagnostics = input.Error is { } e ? [e] : result!.Diagnostics;
                var error = diagnostics.FirstOrDefault(d => d.Severity == AntqDomain.Rules.FindingSeverity.Error) ?? diagnostics[0];
                string where = error.At?.ToString() is { } w && w != "?" ? $" ({w})" : string.Empty;
                return (FileReport.Unreadable(path, diagnostics, !input.IsJson, lang), false, true, $"{path}: {error.Code} {error.Message(lang)}{where}");
            }

            FileReport fileReport;
            ValidationReport report;
            var readDiagnostics = result.Diagnostics;
            if (result.Plan is { DocumentKind: Plans.DocumentKind.Report } document && !input.IsJson
                && Reading.ResultsTextReader.FromDocument(document, result.Diagnostics) is { Report: { } textReport } fromText)
            {
                // A results report in text: its figures are checked by the results rules (ANTQ9xx).
                report = ResultsValidator.Check(WithDeadline(textReport, parent));
                fileReport = FileReport.ForSubject(path, SubjectKinds.ResultsReport, textReport.Unit, report, lang, textInput: true);
                readDiagnostics = fromText.Diagnostics;
                if (input.IsWord)
                {
                    var located = report.Findings.Select((f, i) => input.Locate(fileReport.Findings[i], f.Location));
                    fileReport = fileReport with { Findings = [.. located] };
                }
            }
            else if (result.Plan is { } read)
            {
                // A committee given with --committee is the plan's issuer: the signer and the standing agency are checked against it.
                var plan = committee is null ? read : read with { Committee = committee };
                report = Validator.Check(plan, parent, on);
                if (input.WordBytes is { } wordFile && plan.DocumentKind == Plans.DocumentKind.FestivalPlan)
                {
                    // A Word file also carries its presentation: Phụ lục I of Decree 30 (ANTQ121–ANTQ139).
                    var presentation = Docx.DocxPresentationChecker.Check(wordFile, report.Date);
                    report = presentation.Findings.IsEmpty ? report : report with { Findings = report.Findings.AddRange(presentation.Findings) };
                }

                fileReport = FileReport.From(path, plan, report, !input.IsJson, lang);
                if (input.IsWord)
                {
                    var located = report.Findings.Select((f, i) => input.Locate(fileReport.Findings[i], f.Location));
                    fileReport = fileReport with { Findings = [.. located] };
                }
            }
            else if (result.AwardProposal is { } proposal)
            {
                report = AwardValidator.Check(proposal);
                fileReport = FileReport.ForSubject(path, SubjectKinds.AwardProposal, proposal.Nominee.Name, report, lang);
            }
            else if (result.Model is { } model)
            {
                report = ModelValidator.Check(model.Model, on ?? model.On);
                fileReport = FileReport.ForSubject(path, SubjectKinds.MovementModel, model.Model.Name, report, lang);
            }
            else if (result.Committee is { } checkedCommittee)
            {
                report = CommitteeValidator.Check(checkedCommittee.Committee, on ?? checkedCommittee.On);
                fileReport = FileReport.ForSubject(path, SubjectKinds.SteeringCommittee, checkedCommittee.Committee.Name, report, lang);
            }
            else if (result.ResultsReport is { } results)
            {
                report = ResultsValidator.Check(WithDeadline(results, parent));
                fileReport = FileReport.ForSubject(path, SubjectKinds.ResultsReport, results.Unit, report, lang);
            }
            else
            {
                var safety = result.SafetyAssessment!;
                report = SafetyValidator.Check(on is { } d ? safety with { ProposedOn = d } : safety);
                fileReport = FileReport.ForSubject(path, SubjectKinds.SafetyAssessment, safety.Name, report, lang);
            }

            bool hasErrors = report.HasErrors;
            var diagnosticDocuments = DiagnosticDocument.Of(readDiagnostics, !input.IsJson, lang);
            if (input.IsWord && diagnosticDocuments is { } docs)
            {
                diagnosticDocuments = [.. docs.Select((d, i) => input.Locate(d, readDiagnostics[i].At))];
            }

            return (fileReport with { Diagnostics = diagnosticDocuments }, hasErrors, false, null);
                }

        if (format == "json")
        {
            stdout.WriteLine(new ReportDocument([.. reports]).ToJson());
        }
        else if (format == "sarif")
        {
            stdout.WriteLine(SarifReport.Write(reports, Version(), lang));
        }
        else
        {
            bool colour = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            foreach (var r in reports)
            {
                WriteReportText(r, stdout, lang, colour);
            }

            if (reports.Count > 1)
            {
                WriteSummary(reports, stdout, lang);
            }
        }

        return unreadable ? Failure : errors ? Findings : Ok;
    }

    private static void WriteReportText(FileReport r, TextWriter o, CultureInfo lang, bool colour = false)
    {
        bool en = HelpText.IsEnglish(lang);
        if (r.Kind is null)
        {
            o.WriteLine($"{r.File}: {(en ? "not read" : "không đọc được")}: {r.Error}");
            WriteDiagnostics(r, o, lang);
            return;
        }

        string what = r.Plan is { } p
            ? $"{DocumentName(p.DocumentKind, en)} {p.Number ?? "?"} ({LevelName(p.Level, en)}, {p.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"})"
            : $"{KindName(r.Kind, en)} \"{r.Subject}\" ({(en ? "as of" : "tính đến ngày")} {r.CheckedOn})";
        o.WriteLine($"{r.File}: {what} — {r.Findings.Length} {(en ? "finding(s)" : "phát hiện")}");
        WriteDiagnostics(r, o, lang);
        foreach (var f in r.Findings)
        {
            string where = f.Line is { } l ? $"{l}:{f.Column}"
                : f.Paragraph is { } para ? new Docx.DocxPosition(para, f.Table, f.Row, f.Cell).Describe(lang)
                : f.Path ?? string.Empty;
            o.WriteLine($"  {where} {Paint(f.Severity, colour)} {f.Code}: {f.Message}");
            if (f.Excerpt is { Length: > 0 } x)
            {
                o.WriteLine($"      « {(x.Length > 120 ? x[..117] + "..." : x)} »");
            }

            o.WriteLine($"      {(en ? "source" : "căn cứ")}: {f.Citation}");
            if (f.Fix is { } fix)
            {
                o.WriteLine($"      {(en ? "fix (antq fix)" : "sửa được (antq fix)")}: {fix.Description}");
            }
        }
    }

    private static void WriteDiagnostics(FileReport r, TextWriter o, CultureInfo lang)
    {
        foreach (var d in r.Diagnostics ?? [])
        {
            string where = d.Line is { } l ? $"{l}:{d.Column}" : d.Paragraph is { } para ? new Docx.DocxPosition(para).Describe(lang) : d.Path ?? string.Empty;
            o.WriteLine($"  {where} {d.Severity} {d.Code}: {d.Message}".Replace("   ", "  ", StringComparison.Ordinal));
        }
    }

    private static string LevelName(string level, bool en) => (level, en) switch
    {
        ("central", false) => "Trung ương",
        ("province", false) => "cấp tỉnh",
        ("district", false) => "cấp huyện",
        ("commune", false) => "cấp xã",
        ("sector", false) => "ngành",
        ("unknown", false) => "cấp chưa rõ",
        ("unknown", true) => "level unknown",
        _ => level,
    };

    /// <summary>What a read document is called in the summary line: a plan, a report or another document.</summary>
    private static string DocumentName(string kind, bool en) => kind switch
    {
        "report" => en ? "report" : "báo cáo",
        "other" => en ? "document" : "văn bản",
        _ => en ? "plan" : "kế hoạch",
    };

    private static string KindName(string kind, bool en) => kind switch
    {
        SubjectKinds.AwardProposal => en ? "award proposal" : "đề nghị khen thưởng",
        SubjectKinds.MovementModel => en ? "movement model" : "mô hình",
        SubjectKinds.SafetyAssessment => en ? "safety assessment" : "hồ sơ tiêu chuẩn an toàn",
        SubjectKinds.ResultsReport => en ? "results report" : "báo cáo kết quả",
        SubjectKinds.SteeringCommittee => en ? "steering committee" : "Ban Chỉ đạo",
        _ => kind,
    };

    private static int Rules(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        var lang = options.Language;
        var on = DateOf(options);

        var catalogue = RuleCatalogue.Default;
        var rules = on is { } d ? catalogue.InForceOn(d) : catalogue.Rules;
        switch (options.Format("text"))
        {
            case "json":
                stdout.WriteLine(RuleDocument.ToJson(rules));
                return Ok;
            case "markdown":
                stdout.Write(RuleCatalogueMarkdown.Write(catalogue, on));
                return Ok;
            default:
                foreach (var r in rules)
                {
                    stdout.WriteLine($"{r.Code} {r.Severity.ToString().ToLowerInvariant(),-7} {r.Period}  {r.Title(lang)}  [{r.Citation.Abbreviation}]");
                }

                return Ok;
        }
    }

    /// <summary>The report with the deadline the parent plan (given with --parent) sets, unless it states its own.</summary>
    private static Results.ResultsReport WithDeadline(Results.ResultsReport report, Plans.FestivalPlan? parent)
        => report.Deadline is null && parent is not null && Results.ReportingDeadlines.From(parent) is { } deadline ? report with { Deadline = deadline } : report;

    private static string Version()
        => typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    private static int Calendar(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        var lang = options.Language;
        if (!int.TryParse(options.Positional[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            string given = options.Positional[0];
            stderr.WriteLine(HelpText.Pick(
                lang,
                $"'{given}' không phải một năm: hãy viết năm bằng chữ số, ví dụ 2026.",
                $"'{given}' is not a year: write the year in digits, e.g. 2026."));
            stderr.WriteLine(options.Usage);
            return Failure;
        }

        if (!FestivalYear.IsSupported(year))
        {
            stderr.WriteLine(HelpText.Pick(
                lang,
                $"Năm {year} không có Ngày hội: Ngày hội toàn dân bảo vệ an ninh Tổ quốc được tổ chức từ năm {FestivalYear.FirstYear} (Quyết định 521/QĐ-TTg). Năm hợp lệ: {FestivalYear.FirstYear}–{FestivalYear.LastYear}.",
                $"Year {year} has no festival: the festival is held from {FestivalYear.FirstYear} (Decision 521/QĐ-TTg). Valid years: {FestivalYear.FirstYear}–{FestivalYear.LastYear}."));
            return Failure;
        }

        var doc = FestivalYearDocument.From(new FestivalYear(year), lang);
        if (options.Format("text") == "json")
        {
            stdout.WriteLine(doc.ToJson());
        }
        else
        {
            WriteCalendarText(doc, stdout, lang);
        }

        return Ok;
    }

    private static void WriteCalendarText(FestivalYearDocument doc, TextWriter o, CultureInfo lang)
    {
        bool en = HelpText.IsEnglish(lang);
        o.WriteLine(en ? $"Festival {doc.Year}: {doc.FestivalDay}" : $"Ngày hội năm {doc.Year}: {doc.FestivalDay}");
        o.WriteLine(en ? $"  People's Police: {doc.PoliceYears} years{RoundNote(doc.PoliceRound, en)}" : $"  Công an nhân dân: {doc.PoliceYears} năm{RoundNote(doc.PoliceRound, en)}");
        o.WriteLine(en ? $"  Festival: {doc.FestivalYears} years{RoundNote(doc.FestivalRound, en)}" : $"  Ngày hội: {doc.FestivalYears} năm{RoundNote(doc.FestivalRound, en)}");
        o.WriteLine(en ? $"  Edition: {doc.Edition} ({doc.EditionInWords})" : $"  Lần thứ: {doc.Edition} ({doc.EditionInWords})");
        o.WriteLine(en ? $"  Campaign window: {doc.CampaignWindowStart} – {doc.CampaignWindowEnd}" : $"  Thời gian cao điểm: {doc.CampaignWindowStart} – {doc.CampaignWindowEnd}");
        o.WriteLine("  " + doc.AnniversaryPhrase);
        o.WriteLine(en ? "Backdrop title:" : "Tiêu đề khánh tiết:");
        foreach (var line in doc.BackdropTitle)
        {
            o.WriteLine("  " + line);
        }

        o.WriteLine(en ? "Slogans:" : "Khẩu hiệu:");
        foreach (var s in doc.Slogans)
        {
            o.WriteLine("  - " + s);
        }
    }

    private static string RoundNote(string? round, bool en) => round switch
    {
        "ten" => en ? " (round year, ends in 0)" : " (năm tròn)",
        "five" => en ? " (ends in 5)" : " (năm chẵn, số cuối là 5)",
        _ => string.Empty,
    };
}
