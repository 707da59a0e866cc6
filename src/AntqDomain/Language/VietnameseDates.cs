using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace AntqDomain.Language;

/// <summary>
/// Vietnamese date texts, both ways: the Decree 30/2020/NĐ-CP header form (<em>"ngày 05 tháng 01 năm 2024"</em>,
/// with a leading zero for days below 10 and for January and February) and the in-text forms
/// (<em>19/8/2024</em>, <em>19-8-2024</em>, <em>19.8.2024</em>, <em>tháng 7/2024</em>). Parsing never throws for bad
/// text: it returns a NodaTime <see cref="ParseResult{T}"/>; impossible dates such as 31/6 fail with a message.
/// Decimal digits of other scripts (fullwidth "１９/８/２０２４") are read as their ASCII digits.
/// </summary>
public static partial class VietnameseDates
{
    /// <summary>The header form of Decree 30/2020: "ngày 05 tháng 01 năm 2024", "ngày 19 tháng 8 năm 2024".</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date in the header form.</returns>
    public static string FormatHeader(LocalDate date)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"ngày {date.Day:00} tháng {(date.Month < 3 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");

    /// <summary>The in-text numeric form without leading zeros: "19/8/2024".</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date in the numeric form.</returns>
    public static string FormatNumeric(LocalDate date)
        => string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}/{date.Year}");

    /// <summary>The in-text month form: "tháng 7/2024".</summary>
    /// <param name="month">The month.</param>
    /// <returns>The month in the in-text form.</returns>
    public static string FormatMonth(YearMonth month)
        => string.Create(CultureInfo.InvariantCulture, $"tháng {month.Month}/{month.Year}");

    /// <summary>Parses "19/8/2024", "19-8-2024", "19.8.2024" (leading zeros optional).</summary>
    /// <param name="text">The date as written.</param>
    /// <returns>The date, or why the text is not one.</returns>
    public static ParseResult<LocalDate> ParseNumeric(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = Language.VietnameseText.AsciiDigits(text).AsSpan().Trim();
        Span<Range> n = stackalloc Range[3];
        return NumericPattern().IsMatch(t) && TextPatterns.DigitRuns(t, n) == 3
            ? Make(text, Int(t[n[2]]), Int(t[n[1]]), Int(t[n[0]]))
            : Fail<LocalDate>(text, $"'{Shorten(text)}' is not a date of the form d/m/yyyy, d-m-yyyy or d.m.yyyy.");
    }

    /// <summary>Parses the header form "ngày 05 tháng 01 năm 2024" (the word "ngày" is optional).</summary>
    /// <param name="text">The date as written.</param>
    /// <returns>The date, or why the text is not one.</returns>
    public static ParseResult<LocalDate> ParseHeader(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = Language.VietnameseText.AsciiDigits(Language.VietnameseText.Normalize(text)).AsSpan().Trim();
        Span<Range> n = stackalloc Range[3];
        return HeaderPattern().IsMatch(t) && TextPatterns.DigitRuns(t, n) == 3
            ? Make(text, Int(t[n[2]]), Int(t[n[1]]), Int(t[n[0]]))
            : Fail<LocalDate>(text, $"'{Shorten(text)}' is not a date of the form \"ngày dd tháng mm năm yyyy\".");
    }

    /// <summary>Parses any single date form: the header form or the numeric forms.</summary>
    /// <param name="text">The date as written.</param>
    /// <returns>The date, or why the text is not one.</returns>
    public static ParseResult<LocalDate> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var numeric = ParseNumeric(text);
        if (numeric.Success || NumericPattern().IsMatch(Language.VietnameseText.AsciiDigits(text).Trim()))
        {
            return numeric;
        }

        return ParseHeader(text);
    }

    /// <summary>Parses a month: "tháng 7/2024", "tháng 7 năm 2024", "7/2024", "07-2024".</summary>
    /// <param name="text">The month as written.</param>
    /// <returns>The month, or why the text is not one.</returns>
    public static ParseResult<YearMonth> ParseMonth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = Language.VietnameseText.AsciiDigits(Language.VietnameseText.Normalize(text)).AsSpan().Trim();
        Span<Range> n = stackalloc Range[2];
        if (!MonthPattern().IsMatch(t) || TextPatterns.DigitRuns(t, n) != 2)
        {
            return Fail<YearMonth>(text, $"'{Shorten(text)}' is not a month of the form \"tháng m/yyyy\" or \"tháng m năm yyyy\".");
        }

        int month = Int(t[n[0]]);
        int year = Int(t[n[1]]);
        return month is < 1 or > 12 || year is < 1 or > 9999
            ? Fail<YearMonth>(text, $"'{Shorten(text)}' names month {month} of year {year}, which does not exist.")
            : ParseResult<YearMonth>.ForValue(new YearMonth(year, month));
    }

    /// <summary>Builds a date from parts, or explains why it does not exist (e.g. 31/6, 29/2 in a common year).</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>The date, or why it does not exist.</returns>
    public static ParseResult<LocalDate> FromParts(int year, int month, int day)
        => Make(string.Create(CultureInfo.InvariantCulture, $"{day}/{month}/{year}"), year, month, day);

    internal static bool IsValid(int year, int month, int day)
        => year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);

    private static ParseResult<LocalDate> Make(string text, int year, int month, int day)
        => IsValid(year, month, day)
            ? ParseResult<LocalDate>.ForValue(new LocalDate(year, month, day))
            : Fail<LocalDate>(text, $"'{Shorten(text)}' names day {day} of month {month} of year {year}, which does not exist.");

    private static ParseResult<T> Fail<T>(string text, string message)
        => ParseResult<T>.ForException(() => new DateTextException(message, text));

    /// <summary>
    /// A number of the date: the patterns' day, month and year are their text's runs of digits, in that order (month
    /// and year for a month), so they are read without a match's groups.
    /// </summary>
    private static int Int(ReadOnlySpan<char> digits) => TextPatterns.Digits(digits, otherwise: int.MaxValue);

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})\s*(?<s>[/.\-])\s*(?<m>[0-9]{1,2})\s*\k<s>\s*(?<y>[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"^(?:ngày\s+)?(?<d>[0-9]{1,2})\s+tháng\s+(?<m>[0-9]{1,2})\s+năm\s+(?<y>[0-9]{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^(?:tháng\s*)?(?<m>[0-9]{1,2})\s*(?:[/.\-]|\s+năm\s+)\s*(?<y>[0-9]{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthPattern();
}
