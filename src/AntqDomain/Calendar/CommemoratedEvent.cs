using AntqDomain.Internal;
using NodaTime;

namespace AntqDomain.Calendar;

/// <summary>
/// An event whose founding date is commemorated every year (<em>sự kiện kỷ niệm</em>), such as the People's
/// Police tradition day (<em>Ngày truyền thống Công an nhân dân</em>, 19/8/1945) or the festival itself
/// (<em>Ngày hội toàn dân bảo vệ an ninh Tổ quốc</em>, 19/8/2005). Events are plain data: users can define their own.
/// </summary>
/// <param name="Id">A stable identifier, e.g. <c>police-tradition</c>.</param>
/// <param name="FoundingDate">The date being commemorated.</param>
/// <param name="NameVi">The Vietnamese name, as used after "kỷ niệm N năm".</param>
/// <param name="NameEn">The English name.</param>
public sealed record CommemoratedEvent(string Id, LocalDate FoundingDate, string NameVi, string NameEn)
{
    /// <summary>The yearly date of the anniversary (29 February falls on 28 February in common years).</summary>
    public AnnualDate AnnualDate => new(FoundingDate.Month, FoundingDate.Day);

    /// <summary>The count of years that year <paramref name="year"/> commemorates (<c>year − founding year</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before the founding year.</exception>
    /// <param name="year">The year of the anniversary.</param>
    /// <returns>The number of years that year commemorates.</returns>
    public AnniversaryCount CountInYear(int year)
    {
        if (year < FoundingDate.Year)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                $"'{Id}' was founded in {FoundingDate.Year}; there is no anniversary count for the year {year}.");
        }

        return new AnniversaryCount(year - FoundingDate.Year);
    }

    /// <summary>
    /// The number of whole years completed on <paramref name="date"/> (the anniversary day itself completes a year).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the founding date.</exception>
    /// <param name="date">The day asked about.</param>
    /// <returns>The whole years completed on that day.</returns>
    public AnniversaryCount CountOn(LocalDate date)
    {
        if (date < FoundingDate)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                $"'{Id}' was founded on {FoundingDate:uuuu-MM-dd}; there is no anniversary count before it.");
        }

        int years = date.Year - FoundingDate.Year;
        if (date < AnnualDate.InYear(date.Year))
        {
            years--;
        }

        return new AnniversaryCount(years);
    }

    /// <summary>The first anniversary strictly after <paramref name="date"/> and the count it completes.</summary>
    /// <param name="date">The day after which to look.</param>
    /// <returns>The date of the next anniversary and the count it completes.</returns>
    public (LocalDate Date, AnniversaryCount Count) NextAnniversaryAfter(LocalDate date)
    {
        if (date < FoundingDate)
        {
            LocalDate first = AnnualDate.InYear(FoundingDate.Year + 1);
            return (first, new AnniversaryCount(1));
        }

        LocalDate candidate = AnnualDate.InYear(date.Year);
        if (candidate <= date)
        {
            Preconditions.CheckRange(date.Year + 1, FoundingDate.Year, 9999, nameof(date));
            candidate = AnnualDate.InYear(date.Year + 1);
        }

        return (candidate, new AnniversaryCount(candidate.Year - FoundingDate.Year));
    }
}
