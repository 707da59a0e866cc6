using System.Globalization;
using AntqDomain.Administration;
using AntqDomain.Results;
using AntqDomain.Serialization;
using AntqDomain.Reading;
using AntqDomain.Rules;

namespace AntqDomain.Cli;

/// <content>The <c>rollup</c> command: results reports of the level below → the report of the level above.</content>
public static partial class CliApp
{
    private static int Rollup(CliOptions options, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var lang = options.Language;
        var children = new List<ResultsReport>();
        foreach (string path in options.Positional)
        {
            var input = InputFile.Load(path, stdin);
            var read = input.Error is null ? input.ReadSubject() : null;

            // A JSON results report, or a report in text or Word (a document titled "BÁO CÁO").
            var child = read?.ResultsReport
                ?? (read?.Plan is { DocumentKind: Plans.DocumentKind.Report } document ? ResultsTextReader.FromDocument(document, read.Diagnostics).Report : null);
            if (child is null)
            {
                string why = input.Error?.Message(lang)
                    ?? read?.Diagnostics.FirstOrDefault(d => d.Severity == AntqDomain.Rules.FindingSeverity.Error)?.Message(lang)
                    ?? HelpText.Pick(lang, "không phải báo cáo kết quả (JSON \"kind\": \"resultsReport\", hoặc văn bản \"BÁO CÁO\").", "not a results report (JSON \"kind\": \"resultsReport\", or a document titled \"BÁO CÁO\").");
                stderr.WriteLine($"{path}: {why}");
                return Failure;
            }

            children.Add(child);
        }

        var years = children.Select(c => c.Year).Distinct().ToList();
        if (years.Count != 1)
        {
            stderr.WriteLine(HelpText.Pick(lang, $"Các báo cáo thuộc nhiều năm ({string.Join(", ", years)}): chỉ tổng hợp báo cáo cùng một năm.", $"The reports cover several years ({string.Join(", ", years)}): roll up reports of one year."));
            return Failure;
        }

        // The parser took only the levels a roll-up can have; without one, the level above the reports.
        var level = options.Level ?? Above(children[0].Level, children[0].Dated ?? new NodaTime.LocalDate(years[0], 12, 31));

        string unit = options.Get("unit") ?? (level == AdministrativeLevel.Central ? "toàn quốc" : HelpText.Pick(lang, $"tổng hợp {children.Count} đơn vị", $"roll-up of {children.Count} units"));
        ResultsReport parent;
        try
        {
            parent = ResultsRollup.Of(unit, level, years[0], children);
        }
        catch (ArgumentException ex)
        {
            stderr.WriteLine(HelpText.Pick(lang, "Không tổng hợp được: ", "Cannot roll up: ") + ex.Message);
            return Failure;
        }

        string json = SubjectJson.Write(parent) + "\n";
        int code = options.Get("out") is { } outPath ? WriteOutput(outPath, json, stderr, lang) : Write(stdout, json);
        if (code == Ok)
        {
            stderr.WriteLine(HelpText.Pick(lang, $"Đã tổng hợp {children.Count} báo cáo, {parent.Figures.Length} chỉ tiêu.", $"Rolled up {children.Count} report(s), {parent.Figures.Length} indicator(s)."));
        }

        return code;

        static int Write(TextWriter o, string text)
        {
            o.Write(text);
            return Ok;
        }
    }

    /// <summary>The level above <paramref name="level"/> on <paramref name="date"/>: a commune reports to its district until 30/6/2025, to its province after.</summary>
    private static AdministrativeLevel Above(AdministrativeLevel level, NodaTime.LocalDate date) => level switch
    {
        AdministrativeLevel.Commune => date < UnitType.FirstDayOfTwoTiers ? AdministrativeLevel.District : AdministrativeLevel.Province,
        AdministrativeLevel.District or AdministrativeLevel.Sector => AdministrativeLevel.Province,
        _ => AdministrativeLevel.Central,
    };
}
