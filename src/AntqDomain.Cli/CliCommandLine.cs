using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.Globalization;
using AntqDomain.Administration;
using NodaTime.Text;

namespace AntqDomain.Cli;

/// <summary>
/// The command tree of <c>antq</c> (System.CommandLine): every command with its arguments and typed options, their
/// descriptions in the chosen language, the values they accept (also offered to shell completion) and the checks
/// that need no file. Response files (<c>@args.rsp</c>) and the <c>[suggest]</c> completion directive come with it.
/// </summary>
internal sealed class CliCommandLine
{
    private readonly CultureInfo lang;

    /// <summary>Builds the tree; <paramref name="run"/> runs a command once its line parsed without error.</summary>
    public CliCommandLine(CultureInfo lang, Func<CliOptions, int> run, Func<string> version)
    {
        this.lang = lang;
        Lang = new Option<string>("--lang")
        {
            Description = T("ngôn ngữ của thông báo và kết quả", "language of messages and results"),
            HelpName = "vi|en",
            Recursive = true,
        };
        Choices(Lang, "vi", "en");

        Root = new RootCommand(T(
            "antq — kiểm tra kế hoạch tổ chức \"Ngày hội toàn dân bảo vệ an ninh Tổ quốc\" (thư viện AntqDomain)",
            "antq — check plans for the All-People's National Security Protection Festival (AntqDomain library)"));
        Root.Options.Add(Lang);
        foreach (var option in Root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = T("cách dùng lệnh", "show how to use the command");
                help.Action = new LocalizedHelp(this);
            }
            else if (option is VersionOption versionOption)
            {
                versionOption.Description = T("phiên bản", "show the version");
                versionOption.Action = new PrintVersion(version);
            }
        }

        Root.Subcommands.Add(Command(
            "validate",
            T("Kiểm tra kế hoạch, báo cáo kết quả, Ban Chỉ đạo, đề nghị khen thưởng, mô hình (.txt UTF-8, .docx, .json; thư mục và mẫu * cũng được; '-' đọc từ đầu vào chuẩn).",
              "Validate plans, results reports, committees, award proposals and models (.txt UTF-8, .docx, .json; folders and * patterns too; '-' reads standard input)."),
            T("Mã thoát: 0 không có lỗi; 1 có ít nhất một lỗi; 2 có tệp không đọc/phân tích được.", "Exit codes: 0 no error finding; 1 at least one error finding; 2 a file could not be read or parsed."),
            Files(T("tệp", "file"), T("tệp, thư mục hoặc mẫu (plans/**/*.docx)", "files, folders or patterns (plans/**/*.docx)"), ArgumentArity.OneOrMore),
            Format("text", "json", "sarif"),
            DateOption("--on", T("áp dụng quy định có hiệu lực vào ngày này (mặc định: ngày của văn bản)", "apply the requirements in force on this day (default: the document's date)")),
            Parent(),
            Text("--committee", T("bcđ.json", "committee.json"), T("Ban Chỉ đạo ban hành kế hoạch (JSON): kiểm tra người ký và cơ quan thường trực", "the committee that issued the plan (JSON): checks the signer and the standing agency"))));
        Root.Subcommands.Add(Command(
            "calendar",
            T("Ngày hội, số năm kỷ niệm, lần thứ, câu kỷ niệm, tiêu đề khánh tiết, khẩu hiệu của năm.", "Festival day, anniversary counts, edition, anniversary phrase, backdrop title and slogans of a year."),
            null,
            Files(T("năm", "year"), T("năm có Ngày hội, từ 2005", "a festival year, from 2005"), ArgumentArity.ExactlyOne),
            Format("text", "json")));
        Root.Subcommands.Add(Command(
            "rules",
            T("Danh mục quy tắc có hiệu lực vào ngày đã cho.", "The rule catalogue in force on a date."),
            null,
            null,
            DateOption("--on", T("chỉ các quy tắc có hiệu lực vào ngày này", "only the rules in force on this day")),
            Format("text", "json", "markdown")));
        Root.Subcommands.Add(Command(
            "convert",
            T("Chuyển kế hoạch văn bản thuần hoặc Word sang JSON.", "Convert a plain-text or Word plan to JSON."),
            null,
            Files(T("kế-hoạch.txt", "plan.txt"), T("kế hoạch cần chuyển", "the plan to convert"), ArgumentArity.ExactlyOne),
            Out(T("kế-hoạch.json", "plan.json"))));
        Root.Subcommands.Add(Command(
            "draft",
            T("Soạn dự thảo kế hoạch đúng quy định; nội dung chưa biết để trong [ngoặc vuông] cần điền.", "Draft a compliant plan; facts it cannot know are [bracketed] placeholders to fill in."),
            null,
            null,
            Required(LevelOption(T("cấp ban hành", "the issuing level"), AdministrativeLevel.Central, AdministrativeLevel.Province, AdministrativeLevel.District, AdministrativeLevel.Commune)),
            Required(Text("--unit", T("\"tên đơn vị\"", "\"unit name\""), T("đơn vị kèm loại, ví dụ \"xã Đồng Tâm\"", "the unit with its type, e.g. \"xã Đồng Tâm\""))),
            Required(Text("--year", T("năm", "year"), T("năm của Ngày hội", "the festival year"))),
            Choices(Text("--issuer", "committee|people-committee", T("cơ quan ban hành (mặc định: Ban Chỉ đạo)", "the issuing body (default: the steering committee)")), "committee", "people-committee"),
            Parent(),
            DateOption("--date", T("ngày ban hành", "the issue date")),
            Text("--number", T("số", "n"), T("số văn bản", "the document number")),
            Text("--signer", T("\"họ tên\"", "\"name\""), T("người ký", "the signer")),
            Text("--site", T("\"nơi tổ chức điểm\"", "\"showcase site\""), T("nơi tổ chức điểm", "the showcase site")),
            Flag("--deputy", T("cấp phó ký thay (KT.)", "a deputy signs on behalf (KT.)")),
            Text("--out", T("tệp.txt|.docx|.json", "file.txt|.docx|.json"), T("ghi dự thảo vào tệp (định dạng theo phần mở rộng)", "write the draft to a file (format by extension)"))));
        Root.Subcommands.Add(Command(
            "rollup",
            T("Tổng hợp báo cáo kết quả của các đơn vị cấp dưới thành báo cáo cấp trên.", "Add up the results reports of the units below into the report of the level above."),
            null,
            Files(T("báo-cáo", "report"), T("báo cáo .json, .txt hoặc .docx của cấp dưới", "the reports below, .json, .txt or .docx"), ArgumentArity.OneOrMore),
            Text("--unit", T("\"đơn vị cấp trên\"", "\"unit above\""), T("đơn vị của báo cáo tổng hợp", "the unit of the summed report")),
            LevelOption(T("cấp của báo cáo tổng hợp (mặc định: cấp trên của các báo cáo)", "the level of the summed report (default: the level above the reports)"), AdministrativeLevel.Province, AdministrativeLevel.Central, AdministrativeLevel.District),
            Out(T("tổng-hợp.json", "parent.json"))));
        Root.Subcommands.Add(Command(
            "fix",
            T("Sửa các lỗi kỹ thuật (in ra bản so sánh; --write ghi đè tệp); --year chuyển kế hoạch sang năm khác.", "Repair mechanical defects (prints a unified diff; --write rewrites the file); --year re-targets the plan."),
            T("Mã thoát: 0 không còn lỗi; 1 còn lỗi cần người xử lý; 2 không đọc được tệp.", "Exit codes: 0 no error left; 1 errors left for a person; 2 the file could not be read."),
            Files(T("kế-hoạch", "plan"), T("kế hoạch .txt hoặc .docx", "the .txt or .docx plan"), ArgumentArity.ExactlyOne),
            Flag("--write", T("ghi đè tệp bằng bản đã sửa", "rewrite the file with the repaired plan")),
            Text("--year", T("năm", "year"), T("chuyển kế hoạch sang năm này", "re-target the plan to this year")),
            DateOption("--on", T("áp dụng quy định có hiệu lực vào ngày này", "apply the requirements in force on this day")),
            Parent()));
        Root.Subcommands.Add(Command(
            "completion",
            T("In đoạn mã gợi ý lệnh (Tab) cho shell: bash, zsh hoặc pwsh.", "Print the tab-completion script for a shell: bash, zsh or pwsh."),
            null,
            Choices(Files("bash|zsh|pwsh", T("shell của bạn", "your shell"), ArgumentArity.ExactlyOne), "bash", "zsh", "pwsh")));

        foreach (var command in Root.Subcommands)
        {
            command.SetAction(parse => run(CliOptions.From(parse, command, this)));
        }
    }

    /// <summary>The root command.</summary>
    public RootCommand Root { get; }

    /// <summary>The global <c>--lang</c> option.</summary>
    public Option<string> Lang { get; }

    /// <summary>Options a command needs (shown without brackets in its usage line; the command reports them missing in its own words).</summary>
    public HashSet<Option> RequiredOptions { get; } = [];

    /// <summary>The closing note of each command's help (exit codes), by command name.</summary>
    public Dictionary<string, string> Notes { get; } = new(StringComparer.Ordinal);

    /// <summary>The language of descriptions and messages.</summary>
    public CultureInfo Language => lang;

    /// <summary>The language the arguments ask for (<c>--lang vi|en</c>, also <c>--lang=en</c>), else the UI culture's.</summary>
    public static CultureInfo LanguageOf(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string? value = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i][7..] : null;
            if (value is "vi" or "en")
            {
                return CultureInfo.GetCultureInfo(value);
            }
        }

        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("vi");
    }

    /// <summary>The Vietnamese or English text, by the language of this command line.</summary>
    public string T(string vi, string en) => HelpText.Pick(lang, vi, en);

    private Command Command(string name, string description, string? note, Argument? argument, params Option[] options)
    {
        var command = new Command(name, description);
        if (argument is not null)
        {
            command.Arguments.Add(argument);
        }

        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        if (note is not null)
        {
            Notes[name] = note;
        }

        return command;
    }

    private Option<T> Required<T>(Option<T> option)
    {
        RequiredOptions.Add(option);
        return option;
    }

    /// <summary>The positional arguments of a command: one value (<see cref="Argument{T}"/> of string) or many.</summary>
    private Argument Files(string helpName, string description, ArgumentArity arity)
    {
        Argument argument = arity.MaximumNumberOfValues == 1
            ? new Argument<string>("argument") { HelpName = helpName, Description = description, Arity = arity }
            : new Argument<string[]>("arguments") { HelpName = helpName, Description = description, Arity = arity };

        // An unknown option is not a file name (write ./-name for a file whose name starts with a dash); "-5" is a value.
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-' && !char.IsAsciiDigit(t.Value[1])))
            {
                result.AddError(T($"Tùy chọn không xác định: {token.Value}", $"Unknown option: {token.Value}"));
            }
        });
        return argument;
    }

    /// <summary>
    /// The <c>--level</c> option, typed: the parser turns the name into an <see cref="AdministrativeLevel"/>, and the
    /// same names make the help, the completion and the message for a level the command does not take.
    /// </summary>
    private Option<AdministrativeLevel?> LevelOption(string description, params AdministrativeLevel[] levels)
    {
        string[] names = [.. levels.Select(NameOf)];
        var option = new Option<AdministrativeLevel?>("--level") { HelpName = string.Join('|', names), Description = description };
        option.CompletionSources.Clear(); // not the enum's own names: only what this command accepts
        option.CompletionSources.Add(names);
        option.CustomParser = result =>
        {
            string given = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            int index = Array.IndexOf(names, given);
            if (index >= 0)
            {
                return levels[index];
            }

            string list = string.Join(", ", names);
            result.AddError(T($"--level: '{given}' không hợp lệ; chọn một trong: {list}.", $"--level: '{given}' is not accepted; use one of: {list}."));
            return null;
        };
        return option;
    }

    /// <summary>The command-line name of a level.</summary>
    private static string NameOf(AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Central => "central",
        AdministrativeLevel.Province => "province",
        AdministrativeLevel.District => "district",
        AdministrativeLevel.Commune => "commune",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "A level the command line does not name."),
    };

    private static Option<string> Text(string name, string helpName, string description)
        => new(name) { HelpName = helpName, Description = description };

    private static Option<bool> Flag(string name, string description)
        => new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>The <c>--out</c> option: a file written instead of standard output.</summary>
    private Option<string> Out(string helpName)
        => Text("--out", helpName, T("ghi vào tệp này thay vì đầu ra chuẩn", "write to this file instead of standard output"));

    /// <summary>The <c>--parent</c> option: the plan of the level above (the document implements it).</summary>
    private Option<string> Parent()
        => Text("--parent", T("tệp", "file"), T("kế hoạch cấp trên mà văn bản thực hiện", "the plan of the level above that the document implements"));

    private Option<string> Format(params string[] formats)
    {
        var option = Text("--format", string.Join('|', formats), T("định dạng kết quả (mặc định: " + formats[0] + ")", "output format (default: " + formats[0] + ")"));
        return Choices(option, formats);
    }

    /// <summary>A date option (yyyy-MM-dd), checked as it is parsed: a malformed value and a day that does not exist get different messages.</summary>
    private Option<string> DateOption(string name, string description)
    {
        var option = Text(name, "yyyy-MM-dd", description);
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && DateError(name, result.Tokens[0].Value) is { } error)
            {
                result.AddError(error);
            }
        });
        return option;
    }

    /// <summary>Why <paramref name="value"/> is not a usable date for option <paramref name="name"/>, or null.</summary>
    public string? DateError(string name, string value)
    {
        if (LocalDatePattern.Iso.Parse(value).Success)
        {
            return null;
        }

        bool wellFormed = value.Length == 10 && value[4] == '-' && value[7] == '-' && value.AsSpan(0, 4).IndexOfAnyExceptInRange('0', '9') < 0
                          && value.AsSpan(5, 2).IndexOfAnyExceptInRange('0', '9') < 0 && value.AsSpan(8, 2).IndexOfAnyExceptInRange('0', '9') < 0;
        return wellFormed
            ? T($"{name}: ngày '{value}' không tồn tại (tháng {value[5..7]} năm {value[..4]} không có ngày {value[8..]}).", $"{name}: the date '{value}' does not exist (month {value[5..7]} of {value[..4]} has no day {value[8..]}).")
            : T($"{name}: '{value}' không phải ngày dạng yyyy-MM-dd (ví dụ 2026-08-19).", $"{name}: '{value}' is not a date of the form yyyy-MM-dd (e.g. 2026-08-19).");
    }

    /// <summary>Restricts a symbol to <paramref name="values"/> with a message in the chosen language, and offers them to completion.</summary>
    private TSymbol Choices<TSymbol>(TSymbol symbol, params string[] values)
        where TSymbol : Symbol
    {
        string list = string.Join(", ", values);
        switch (symbol)
        {
            case Option<string> option:
                option.CompletionSources.Add(values);
                option.Validators.Add(result =>
                {
                    if (result.Tokens.Count == 1 && !values.Contains(result.Tokens[0].Value, StringComparer.Ordinal))
                    {
                        result.AddError(T($"{option.Name}: '{result.Tokens[0].Value}' không hợp lệ; chọn một trong: {list}.", $"{option.Name}: '{result.Tokens[0].Value}' is not accepted; use one of: {list}."));
                    }
                });
                break;
            case Argument argument:
                argument.CompletionSources.Add(values);
                argument.Validators.Add(result =>
                {
                    foreach (var token in result.Tokens.Where(t => !values.Contains(t.Value, StringComparer.Ordinal)))
                    {
                        result.AddError(T($"'{token.Value}' không hợp lệ; chọn một trong: {list}.", $"'{token.Value}' is not accepted; use one of: {list}."));
                    }
                });
                break;
        }

        return symbol;
    }

    /// <summary>Prints the help of the command parsed, in the chosen language, built from the command tree.</summary>
    private sealed class LocalizedHelp(CliCommandLine owner) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.Write(CliHelp.Write(owner, parseResult.CommandResult.Command));
            return CliApp.Ok;
        }
    }

    /// <summary>Prints the tool's version.</summary>
    private sealed class PrintVersion(Func<string> version) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(version());
            return CliApp.Ok;
        }
    }
}
