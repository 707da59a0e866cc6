using System.Globalization;

namespace AntqDomain.Cli;

/// <summary>Help and usage texts of the command, in Vietnamese and English.</summary>
internal static class HelpText
{
    public static bool IsEnglish(CultureInfo lang) => lang.TwoLetterISOLanguageName == "en";

    public static string Pick(CultureInfo lang, string vi, string en) => IsEnglish(lang) ? en : vi;

    public static string Usage(CultureInfo lang) => Pick(lang, "Xem: antq --help", "See: antq --help");
}
