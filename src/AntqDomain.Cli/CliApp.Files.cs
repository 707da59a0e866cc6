using System.Globalization;
using Microsoft.Extensions.FileSystemGlobbing;
using AntqDomain.Rules;

namespace AntqDomain.Cli;

/// <content>Many files: folders and glob patterns expanded, a summary at the end, severities in colour on a terminal.</content>
public static partial class CliApp
{
    private static readonly string[] DocumentExtensions = [".txt", ".docx", ".json"];

    /// <summary>
    /// The files the arguments name, in a stable order: a folder gives every .txt, .docx and .json under it; a pattern
    /// with <c>*</c> or <c>?</c> ("plans/**/*.docx") the files it matches; anything else is taken as a file (or "-").
    /// A folder or pattern that matches nothing is reported.
    /// </summary>
    private static List<string> ExpandInputs(IEnumerable<string> arguments, TextWriter stderr, CultureInfo lang, out bool nothingMatched)
    {
        nothingMatched = false;
        var files = new List<string>();
        foreach (string argument in arguments)
        {
            List<string> found;
            if (argument != "-" && Directory.Exists(argument))
            {
                found = [.. Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                    .Where(f => DocumentExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)];
            }
            else if (argument.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                var (root, pattern) = SplitPattern(argument);
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(pattern);
                // Paths as the user wrote them (the pattern's folder, then the match), whatever the working directory.
                found = Directory.Exists(root)
                    ? [.. matcher.Execute(new Microsoft.Extensions.FileSystemGlobbing.Abstractions.DirectoryInfoWrapper(new DirectoryInfo(root))).Files
                        .Select(f => argument.StartsWith('*') || argument.StartsWith('?') ? f.Path : Path.Join(root, f.Path)).Order(StringComparer.Ordinal)]
                    : [];
            }
            else
            {
                files.Add(argument);
                continue;
            }

            if (found.Count == 0)
            {
                bool folder = Directory.Exists(argument);
                stderr.WriteLine(folder
                    ? HelpText.Pick(lang, $"{argument}: thư mục không có tệp .txt, .docx hay .json nào.", $"{argument}: the directory holds no .txt, .docx or .json file.")
                    : HelpText.Pick(lang, $"{argument}: không có tệp .txt, .docx hay .json nào khớp.", $"{argument}: no .txt, .docx or .json file matches."));
                nothingMatched = true;
            }

            files.AddRange(found);
        }

        return files;
    }

    /// <summary>The folder a pattern starts from (its part before the first wildcard segment) and the rest.</summary>
    private static (string Root, string Pattern) SplitPattern(string argument)
    {
        string normal = argument.Replace('\\', '/');
        var segments = normal.Split('/');
        int first = Array.FindIndex(segments, s => s.AsSpan().IndexOfAny('*', '?') >= 0);
        string root = first == 0 ? "." : string.Join('/', segments[..first]);
        if (root.Length == 0)
        {
            root = "/";
        }

        return (root, string.Join('/', segments[first..]));
    }

    /// <summary>One line at the end of a run over several files: how many files, errors and warnings, and the codes.</summary>
    private static void WriteSummary(List<FileReport> reports, TextWriter o, CultureInfo lang)
    {
        var findings = reports.SelectMany(r => r.Findings).ToList();
        int errors = findings.Count(f => f.Severity == "error");
        int warnings = findings.Count(f => f.Severity == "warning");
        int unreadable = reports.Count(r => r.Kind is null);
        string codes = string.Join(", ", findings.Where(f => f.Severity != "info").GroupBy(f => f.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} ×{g.Count()}")));
        o.WriteLine(HelpText.Pick(
            lang,
            $"Tổng cộng: {reports.Count} tệp ({unreadable} không đọc được), {errors} lỗi, {warnings} cảnh báo{(codes.Length > 0 ? "; " + codes : string.Empty)}.",
            $"Total: {reports.Count} file(s) ({unreadable} unreadable), {errors} error(s), {warnings} warning(s){(codes.Length > 0 ? "; " + codes : string.Empty)}."));
    }

    /// <summary>A severity word, coloured when writing to a terminal (red errors, yellow warnings, cyan notes).</summary>
    private static string Paint(string severity, bool colour)
        => !colour ? severity : severity switch
        {
            "error" => "\u001b[31m" + severity + "\u001b[0m",
            "warning" => "\u001b[33m" + severity + "\u001b[0m",
            _ => "\u001b[36m" + severity + "\u001b[0m",
        };
}
