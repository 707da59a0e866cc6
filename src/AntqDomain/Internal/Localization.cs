using System.Globalization;

namespace AntqDomain.Internal;

/// <summary>Chooses between the library's two languages: Vietnamese (the default) and English.</summary>
internal static class Localization
{
    public static bool IsEnglish(CultureInfo? culture)
        => string.Equals((culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName, "en", StringComparison.Ordinal);

    public static string Pick(CultureInfo? culture, string vi, string en) => IsEnglish(culture) ? en : vi;

    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th (Humanizer's rules).</summary>
    public static string EnglishOrdinal(int n) => Humanizer.OrdinalizeExtensions.Ordinalize(n, English);
}
