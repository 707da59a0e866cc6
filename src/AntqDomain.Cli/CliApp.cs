using System.Globalization;
using System.Reflection;
using AntqDomain.Calendar;
using AntqDomain.Serialization;

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
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = CliOptions.Parse(args, out string? error);
        var lang = options.Language;
        if (error is not null)
        {
            stderr.WriteLine(error);
            stderr.WriteLine(HelpText.Usage(lang));
            return Failure;
        }

        if (options.Has("version"))
        {
            stdout.WriteLine(Version());
            return Ok;
        }

        if (options.Has("help") || options.Command is null)
        {
            (options.Command is null && !options.Has("help") ? stderr : stdout).WriteLine(HelpText.Full(lang));
            return options.Command is null && !options.Has("help") ? Failure : Ok;
        }

        try
        {
            return options.Command switch
            {
                "calendar" => Calendar(options, stdout, stderr),
                _ => Unknown(options.Command, stderr, lang),
            };
        }
        catch (IOException ex)
        {
            stderr.WriteLine(ex.Message);
            return Failure;
        }
    }

    private static int Unknown(string command, TextWriter stderr, CultureInfo lang)
    {
        stderr.WriteLine(HelpText.Pick(lang, $"Lệnh không xác định: '{command}'.", $"Unknown command: '{command}'."));
        stderr.WriteLine(HelpText.Usage(lang));
        return Failure;
    }

    private static string Version()
        => typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    private static int Calendar(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        var lang = options.Language;
        if (options.Positional.Count != 1
            || !int.TryParse(options.Positional[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            stderr.WriteLine(HelpText.Pick(lang, "Cách dùng: antq calendar <năm> [--format text|json]", "Usage: antq calendar <year> [--format text|json]"));
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
        switch (options.Format("text", "json"))
        {
            case "json":
                stdout.WriteLine(doc.ToJson());
                return Ok;
            case "text":
                WriteCalendarText(doc, stdout, lang);
                return Ok;
            default:
                stderr.WriteLine(HelpText.BadFormat(lang, options.Get("format")));
                return Failure;
        }
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
