using System.Collections.Immutable;
using System.Globalization;
using AntqDomain.Internal;
using Humanizer;
using NodaTime;

namespace AntqDomain.Calendar;

/// <summary>
/// One year of the festival (<em>Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm Y</em>): its day (19 August, Decision
/// 521/QĐ-TTg), the anniversary counts it commemorates, its edition (<em>lần thứ</em>), and the standard texts.
/// Queries on the counts are allocation-free.
/// </summary>
public readonly struct FestivalYear : IEquatable<FestivalYear>
{
    /// <summary>The first festival year (2005).</summary>
    public const int FirstYear = 2005;

    /// <summary>The last year supported (9999, NodaTime's ISO range).</summary>
    public const int LastYear = 9999;

    private const int PoliceFoundingYear = 1945;

    /// <summary>The festival year <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before 2005 (the first festival) or after 9999.</exception>
    /// <param name="year">A festival year, 2005–9999.</param>
    /// <example>
    /// <code>
    /// var year = new FestivalYear(2022);
    /// Console.WriteLine(year.PoliceYears.Years);     // 77
    /// Console.WriteLine(year.FestivalYears.Years);   // 17
    /// Console.WriteLine(year.AnniversaryPhrase(CultureInfo.GetCultureInfo("en")));
    /// </code>
    /// </example>
    public FestivalYear(int year)
    {
        if (year < FirstYear || year > LastYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                $"The festival is held from {FirstYear} (Decision 521/QĐ-TTg); year {year} has no festival. Supported years: {FirstYear}–{LastYear}.");
        }

        Year = year;
    }

    /// <summary>Whether <paramref name="year"/> is a festival year this library supports (2005–9999).</summary>
    /// <param name="year">The year to test.</param>
    /// <returns>True for 2005–9999.</returns>
    public static bool IsSupported(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The festival day: 19 August of the year.</summary>
    public LocalDate FestivalDay => new(Year, 8, 19);

    /// <summary>Years of the People's Police tradition day (19/8/1945): <c>Y − 1945</c>.</summary>
    public AnniversaryCount PoliceYears => new(Year - PoliceFoundingYear);

    /// <summary>Years of the August Revolution (19/8/1945): <c>Y − 1945</c>, the same as <see cref="PoliceYears"/>.</summary>
    public AnniversaryCount AugustRevolutionYears => new(Year - PoliceFoundingYear);

    /// <summary>Years of National Day (2/9/1945): <c>Y − 1945</c>.</summary>
    public AnniversaryCount NationalDayYears => new(Year - PoliceFoundingYear);

    /// <summary>Years since the first festival (19/8/2005): <c>Y − 2005</c>.</summary>
    public AnniversaryCount FestivalYears => new(Year - FirstYear);

    /// <summary>The edition (<em>lần thứ</em>): <c>Y − 2004</c>; 2005 was the first.</summary>
    public int Edition => Year - FirstYear + 1;

    /// <summary>The edition in Vietnamese words, e.g. "lần thứ hai mươi hai" for 2026.</summary>
    /// <param name="culture">The language: English when its two-letter name is "en", Vietnamese otherwise; the current UI culture when null.</param>
    /// <returns>The edition in words, in the chosen language.</returns>
    public string EditionInWords(CultureInfo? culture = null)
        => Localization.IsEnglish(culture)
            ? "the " + Edition.ToOrdinalWords(CultureInfo.GetCultureInfo("en"))
            : "lần " + Edition.ToOrdinalWords(Localization.Vietnamese);

    /// <summary>
    /// The anniversary phrase used in titles and slogans, e.g. for 2026 "kỷ niệm 81 năm Ngày truyền thống Công an
    /// nhân dân Việt Nam (19/8/1945 – 19/8/2026) và 21 năm Ngày hội …". In 2005 (year zero of the festival) only the
    /// police part is given.
    /// </summary>
    /// <param name="culture">The language: English when its two-letter name is "en", Vietnamese otherwise; the current UI culture when null.</param>
    /// <returns>The anniversary phrase of the year, in the chosen language.</returns>
    public string AnniversaryPhrase(CultureInfo? culture = null)
    {
        var inv = CultureInfo.InvariantCulture;
        if (Localization.IsEnglish(culture))
        {
            string police = string.Format(inv, "the {0} anniversary of the Vietnam People's Police Tradition Day (19/8/1945 – 19/8/{1})", Localization.EnglishOrdinal(PoliceYears.Years), Year);
            return FestivalYears.Years == 0
                ? police
                : police + string.Format(inv, " and the {0} anniversary of the All-People's National Security Protection Festival (19/8/2005 – 19/8/{1})", Localization.EnglishOrdinal(FestivalYears.Years), Year);
        }

        string vi = string.Format(inv, "kỷ niệm {0} năm Ngày truyền thống Công an nhân dân Việt Nam (19/8/1945 – 19/8/{1})", PoliceYears.Years, Year);
        return FestivalYears.Years == 0
            ? vi
            : vi + string.Format(inv, " và {0} năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8/2005 – 19/8/{1})", FestivalYears.Years, Year);
    }

    /// <summary>
    /// The backdrop title (<em>tiêu đề khánh tiết</em>, Decree 111/2018/NĐ-CP art. 10 as applied in plans).
    /// </summary>
    /// <param name="organiser">The organiser's name; a placeholder when omitted.</param>
    /// <param name="place">The place; dots when omitted.</param>
    /// <param name="day">The day in August; blank when omitted.</param>
    /// <returns>The lines of the backdrop title.</returns>
    public BackdropTitle BackdropTitle(string? organiser = null, string? place = null, int? day = null)
    {
        if (day is { } d)
        {
            Preconditions.CheckRange(d, 1, 31, nameof(day));
        }

        string dayText = day is { } dd ? dd.ToString("00", CultureInfo.InvariantCulture) : "…";
        return new BackdropTitle(
            [
                string.IsNullOrWhiteSpace(organiser) ? "TÊN CƠ QUAN, ĐƠN VỊ TỔ CHỨC" : organiser.Trim().ToUpper(Localization.Vietnamese),
                "NGÀY HỘI",
                string.Create(CultureInfo.InvariantCulture, $"TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM {Year}"),
                string.Create(CultureInfo.InvariantCulture, $"{(string.IsNullOrWhiteSpace(place) ? "….." : place.Trim())}, ngày {dayText} tháng 8 năm {Year}"),
            ]);
    }

    /// <summary>The standard slogans (<em>khẩu hiệu</em>) for the year, in the chosen language (Vietnamese by default).</summary>
    /// <param name="culture">The language: English when its two-letter name is "en", Vietnamese otherwise; the current UI culture when null.</param>
    /// <returns>The slogans, in the order plans list them.</returns>
    public ImmutableArray<string> Slogans(CultureInfo? culture = null)
    {
        var inv = CultureInfo.InvariantCulture;
        if (Localization.IsEnglish(culture))
        {
            return
            [
                "Protecting the socialist Fatherland of Vietnam is the cause of the whole people",
                "Taking part in the movement of all people protecting national security is every citizen's duty and right",
                string.Format(inv, "Warm greetings on the {0} anniversary of the People's Police Tradition Day and the {1} anniversary of the festival", Localization.EnglishOrdinal(PoliceYears.Years), Localization.EnglishOrdinal(FestivalYears.Years)),
                "Uphold patriotism and revolutionary heroism; firmly protect the security and order of the Fatherland",
            ];
        }

        return
        [
            "Bảo vệ Tổ quốc Việt Nam xã hội chủ nghĩa là sự nghiệp của toàn dân",
            "Tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc là trách nhiệm và quyền lợi của toàn dân",
            string.Format(inv, "Nhiệt liệt chào mừng kỷ niệm {0} năm Ngày truyền thống Công an nhân dân Việt Nam và {1} năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc", PoliceYears.Years, FestivalYears.Years),
            "Phát huy tinh thần yêu nước và chủ nghĩa anh hùng cách mạng, bảo vệ vững chắc an ninh, trật tự của Tổ quốc",
        ];
    }

    /// <summary>The suggested general campaign window (1 July – 19 August by default).</summary>
    /// <param name="options">Where the window starts and ends; the usual dates when null.</param>
    /// <returns>The window, both ends included.</returns>
    public DateInterval SuggestedWindow(CampaignWindowOptions? options = null)
    {
        var o = options ?? CampaignWindowOptions.Default;
        return Window(o.Start, o.End);
    }

    /// <summary>The suggested window for education institutions (1 April – 31 May by default), inside the school year.</summary>
    /// <param name="options">Where the window starts and ends; the usual dates when null.</param>
    /// <returns>The window, both ends included.</returns>
    public DateInterval SuggestedEducationWindow(CampaignWindowOptions? options = null)
    {
        var o = options ?? CampaignWindowOptions.Default;
        return Window(o.EducationStart, o.EducationEnd);
    }

    private DateInterval Window(AnnualDate start, AnnualDate end)
    {
        LocalDate s = start.InYear(Year);
        LocalDate e = end.InYear(Year);
        if (e < s)
        {
            throw new ArgumentException($"The campaign window ends ({e:uuuu-MM-dd}) before it starts ({s:uuuu-MM-dd}).");
        }

        return new DateInterval(s, e);
    }

    /// <inheritdoc />
    public bool Equals(FestivalYear other) => Year == other.Year;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FestivalYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Year;

    /// <summary>The year as an invariant number.</summary>
    /// <returns>The year in invariant digits.</returns>
    public override string ToString() => Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Equality of festival years.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(FestivalYear left, FestivalYear right) => left.Equals(right);

    /// <summary>Inequality of festival years.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(FestivalYear left, FestivalYear right) => !left.Equals(right);
}
