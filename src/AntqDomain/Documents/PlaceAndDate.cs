using System.Text.Json.Serialization;
using System.Globalization;
using NodaTime;
using AntqDomain.Language;

namespace AntqDomain.Documents;

/// <summary>
/// The place-and-date line of a document (<em>địa danh và thời gian ban hành</em>, Decree 30/2020/NĐ-CP), e.g.
/// "Bắc Sơn, ngày 05 tháng 7 năm 2024". A draft leaves the day or month blank ("ngày tháng 7 năm 2024"): the
/// missing parts are null. Parts are kept as written, so an impossible date such as 31/6 is representable and
/// reported by the rules rather than lost.
/// </summary>
/// <param name="Place">The place name (<em>địa danh</em>), or empty when absent.</param>
/// <param name="Day">Day of month, or null when blank.</param>
/// <param name="Month">Month, or null when blank.</param>
/// <param name="Year">Year, or null when blank.</param>
/// <param name="DayText">The day as written ("05"), to check the leading zero; null when blank.</param>
/// <param name="MonthText">The month as written ("01"), to check the leading zero; null when blank.</param>
public sealed record PlaceAndDate(string Place, int? Day, int? Month, int? Year, string? DayText = null, string? MonthText = null)
{
    /// <summary>A complete place-and-date line for <paramref name="date"/>, with Decree 30 leading zeros.</summary>
    /// <param name="place">The place name, e.g. "Tuyên Quang".</param>
    /// <param name="date">The date of issue.</param>
    /// <returns>The line.</returns>
    public static PlaceAndDate For(string place, LocalDate date)
        => new(place, date.Day, date.Month, date.Year, date.Day.ToString("00", CultureInfo.InvariantCulture),
            date.Month < 3 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The date as the line writes it in figures ("05/6/2026"), which Decree 30 writes in words ("ngày 05 tháng 6 năm
    /// 2026"); null when the line writes it in words.
    /// </summary>
    public string? InFigures { get; init; }

    /// <summary>Whether day, month and year are all given.</summary>
    [JsonIgnore]
    public bool IsComplete => Day is not null && Month is not null && Year is not null;

    /// <summary>The date when complete and existing; null otherwise.</summary>
    [JsonIgnore]
    public LocalDate? Date => Day is { } d && Month is { } m && Year is { } y && VietnameseDates.IsValid(y, m, d) ? new LocalDate(y, m, d) : null;

    /// <summary>Whether the parts name a date that does not exist (e.g. 31/6).</summary>
    [JsonIgnore]
    public bool IsImpossible => IsComplete && Date is null;

    /// <summary>The earliest date the line allows: the date, or the first day of the known month or year.</summary>
    [JsonIgnore]
    public LocalDate? EarliestPossible
        => Date ?? (Year is { } y && y is >= 1 and <= 9999
            ? (Month is { } m && m is >= 1 and <= 12 ? new LocalDate(y, m, 1) : new LocalDate(y, 1, 1))
            : null);

    /// <summary>Whether the line lacks the leading zero Decree 30 asks for (day below 10, month 1–2).</summary>
    [JsonIgnore]
    public bool MissesLeadingZero
        => (Day is { } d && d < 10 && DayText is { Length: < 2 }) || (Month is { } m && m < 3 && MonthText is { Length: < 2 });

    /// <summary>The line as Decree 30 writes it; blanks stay blank.</summary>
    /// <returns>The place-and-date line.</returns>
    public override string ToString()
    {
        string day = DayText ?? (Day is { } d ? d.ToString("00", CultureInfo.InvariantCulture) : string.Empty);
        string month = MonthText ?? (Month is { } m ? m.ToString(CultureInfo.InvariantCulture) : string.Empty);
        string year = Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : string.Empty;
        string date = string.Create(CultureInfo.InvariantCulture, $"ngày {day} tháng {month} năm {year}").Replace("  ", " ", StringComparison.Ordinal);
        return string.IsNullOrWhiteSpace(Place) ? date : Place + ", " + date;
    }
}
