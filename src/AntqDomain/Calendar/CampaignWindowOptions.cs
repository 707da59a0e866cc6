using NodaTime;

namespace AntqDomain.Calendar;

/// <summary>
/// The yearly campaign window (<em>thời gian cao điểm</em>) in which festival activities lead up to 19 August.
/// Windows seen in real plans: 1/7–19/8 (the most common since 2023), 7/7–19/8, 1/8–19/8. Education
/// institutions (<em>cơ sở giáo dục</em>) may hold the festival earlier, inside the school year.
/// </summary>
/// <param name="Start">First day of the general window (default 1 July).</param>
/// <param name="End">Last day of the general window (default 19 August, the festival day; a later end is a defect).</param>
/// <param name="EducationStart">First day of the education-institution window (default 1 April; configurable).</param>
/// <param name="EducationEnd">Last day of the education-institution window (default 31 May, before the summer break; configurable).</param>
public sealed record CampaignWindowOptions(AnnualDate Start, AnnualDate End, AnnualDate EducationStart, AnnualDate EducationEnd)
{
    /// <summary>1 July – 19 August, and 1 April – 31 May for education institutions.</summary>
    public static CampaignWindowOptions Default { get; } = new(new AnnualDate(7, 1), new AnnualDate(8, 19), new AnnualDate(4, 1), new AnnualDate(5, 31));
}
