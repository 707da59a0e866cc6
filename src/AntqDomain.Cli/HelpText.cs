using System.Globalization;

namespace AntqDomain.Cli;

/// <summary>Help and usage texts of the command, in Vietnamese and English.</summary>
internal static class HelpText
{
    public static bool IsEnglish(CultureInfo lang) => lang.TwoLetterISOLanguageName == "en";

    public static string Pick(CultureInfo lang, string vi, string en) => IsEnglish(lang) ? en : vi;

    public static string BadFormat(CultureInfo lang, string? value)
        => Pick(lang, $"Định dạng không hỗ trợ: '{value}'.", $"Unsupported format: '{value}'.");

    public static string Usage(CultureInfo lang) => Pick(lang, "Xem: antq --help", "See: antq --help");
}
