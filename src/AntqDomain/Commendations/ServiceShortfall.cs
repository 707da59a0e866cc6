using System.Globalization;
using AntqDomain.Internal;
using NodaTime;

namespace AntqDomain.Commendations;

/// <summary>
/// How much service is missing for a threshold (<em>thời gian còn thiếu</em>): the time from the proposal date until
/// the nominee, serving on, would reach the threshold, as a NodaTime <see cref="Period"/> of years, months and days
/// and as a number of days.
/// </summary>
/// <param name="On">The proposal date.</param>
/// <param name="ReachedOn">The day the threshold would be reached by serving on.</param>
public sealed record ServiceShortfall(LocalDate On, LocalDate ReachedOn)
{
    /// <summary>Years, months and days missing.</summary>
    public Period Missing => Period.Between(On, ReachedOn, PeriodUnits.YearMonthDay);

    /// <summary>Days missing.</summary>
    public int Days => ServiceTime.DayNumber(ReachedOn) - ServiceTime.DayNumber(On);

    /// <summary>"1 năm 3 tháng 12 ngày" in Vietnamese, "1 year, 3 months and 12 days" in English.</summary>
    /// <param name="culture">The language: English when its two-letter name is "en", Vietnamese otherwise; the current UI culture when null.</param>
    /// <returns>The missing time in words, in the chosen language.</returns>
    public string InWords(CultureInfo? culture = null)
        => Localization.IsEnglish(culture) ? ServiceTime.InWordsEn(Missing) : ServiceTime.InWordsVi(Missing);

    /// <summary>The Vietnamese wording.</summary>
    /// <returns>The missing time in Vietnamese words.</returns>
    public override string ToString() => ServiceTime.InWordsVi(Missing);
}
