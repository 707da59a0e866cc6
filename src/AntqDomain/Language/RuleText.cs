using System.Globalization;
using NodaTime;

namespace AntqDomain.Language;

/// <summary>How rule messages write numbers and dates: digits without grouping, dates as "19/8/2026", in any culture.</summary>
internal static class RuleText
{
    public static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Date(LocalDate d) => Language.VietnameseDates.FormatNumeric(d);
}
