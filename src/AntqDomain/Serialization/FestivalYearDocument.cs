using System.Text.Json.Serialization;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AntqDomain.Calendar;

namespace AntqDomain.Serialization;

/// <summary>
/// The JSON shape of a festival year (<em>lịch Ngày hội năm Y</em>) as printed by <c>antq calendar --format json</c>.
/// Dates are ISO 8601 strings; round values are <c>"ten"</c>, <c>"five"</c> or <c>null</c>.
/// </summary>
/// <param name="Year">The calendar year.</param>
/// <param name="FestivalDay">19 August of the year, ISO (yyyy-MM-dd).</param>
/// <param name="PoliceYears">Years of the People's Police tradition day.</param>
/// <param name="FestivalYears">Years of the festival.</param>
/// <param name="Edition">The edition (<em>lần thứ</em>).</param>
/// <param name="EditionInWords">The edition in Vietnamese words.</param>
/// <param name="PoliceRound">Whether the police count is a round year: "ten", "five" or null.</param>
/// <param name="FestivalRound">Whether the festival count is a round year: "ten", "five" or null.</param>
/// <param name="AnniversaryPhrase">The anniversary phrase in the requested language.</param>
/// <param name="BackdropTitle">The backdrop title lines.</param>
/// <param name="Slogans">The standard slogans.</param>
/// <param name="CampaignWindowStart">First day of the suggested campaign window.</param>
/// <param name="CampaignWindowEnd">Last day of the suggested campaign window.</param>
public sealed record FestivalYearDocument(
    int Year,
    string FestivalDay,
    int PoliceYears,
    int FestivalYears,
    int Edition,
    string EditionInWords,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? PoliceRound,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? FestivalRound,
    string AnniversaryPhrase,
    ImmutableArray<string> BackdropTitle,
    ImmutableArray<string> Slogans,
    string CampaignWindowStart,
    string CampaignWindowEnd)
{
    /// <summary>Builds the document for <paramref name="year"/> in the language of <paramref name="culture"/> (Vietnamese by default).</summary>
    /// <param name="year">The festival year.</param>
    /// <param name="culture">The language: English when its two-letter name is "en", Vietnamese otherwise; the current UI culture when null.</param>
    /// <returns>The document.</returns>
    public static FestivalYearDocument From(FestivalYear year, CultureInfo? culture = null)
    {
        var window = year.SuggestedWindow();
        return new FestivalYearDocument(
            year.Year,
            Iso(year.FestivalDay),
            year.PoliceYears.Years,
            year.FestivalYears.Years,
            year.Edition,
            year.EditionInWords(culture),
            RoundName(year.PoliceYears.Round),
            RoundName(year.FestivalYears.Round),
            year.AnniversaryPhrase(culture),
            year.BackdropTitle().Lines,
            year.Slogans(culture),
            Iso(window.Start),
            Iso(window.End));
    }

    /// <summary>The JSON text of this document (indented, UTF-8 characters unescaped).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, AntqJsonContext.Relaxed.FestivalYearDocument);

    /// <summary>The JSON name of a round classification: "ten", "five" or null.</summary>
    /// <param name="round">The round classification.</param>
    /// <returns>"ten", "five" or null.</returns>
    public static string? RoundName(AnniversaryRound round) => round switch
    {
        AnniversaryRound.Ten => "ten",
        AnniversaryRound.Five => "five",
        _ => null,
    };

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
