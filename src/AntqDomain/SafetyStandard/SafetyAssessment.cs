using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Rules;
using NodaTime;
using AntqDomain.Legal;

namespace AntqDomain.SafetyStandard;

/// <summary>What is assessed for the standard (<em>đối tượng đánh giá</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessedUnitKind>))]
public enum AssessedUnitKind
{
    /// <summary>A residential area (<em>khu dân cư</em>: thôn, tổ dân phố).</summary>
    ResidentialArea,

    /// <summary>A commune, ward or special zone (<em>xã, phường, đặc khu</em>).</summary>
    Commune,

    /// <summary>An agency (<em>cơ quan</em>).</summary>
    Agency,

    /// <summary>An enterprise (<em>doanh nghiệp</em>).</summary>
    Enterprise,

    /// <summary>An education institution (<em>cơ sở giáo dục</em>).</summary>
    EducationInstitution,
}

/// <summary>Why a unit cannot be assessed for the standard (<em>đối tượng không áp dụng</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExcludedUnit>))]
public enum ExcludedUnit
{
    /// <summary>A unit of the armed forces (<em>đơn vị lực lượng vũ trang</em>).</summary>
    ArmedForces,

    /// <summary>A small or micro enterprise (<em>doanh nghiệp nhỏ, siêu nhỏ</em>).</summary>
    SmallOrMicroEnterprise,

    /// <summary>A primary school (<em>trường tiểu học</em>).</summary>
    PrimarySchool,

    /// <summary>A kindergarten (<em>trường mẫu giáo, mầm non</em>).</summary>
    Kindergarten,

    /// <summary>A nursery (<em>nhà trẻ, nhóm trẻ</em>).</summary>
    Nursery,
}

/// <summary>
/// An assessment for the standard "An toàn về an ninh, trật tự" (<em>hồ sơ đề nghị công nhận đạt tiêu chuẩn</em>),
/// Circular 124/2021/TT-BCA as amended: the unit, the year, and the facts the criteria look at.
/// </summary>
public sealed record SafetyAssessment
{
    /// <summary>The unit's name ("Thôn Đông", "Xã Tân Hương").</summary>
    public required string Name { get; init; }

    /// <summary>What kind of unit it is.</summary>
    public required AssessedUnitKind Unit { get; init; }

    /// <summary>The assessment year: for residential areas the period runs from 1 November of the year before to 31 October.</summary>
    public required int Year { get; init; }

    /// <summary>The date the proposal is made, which chooses the thresholds in force; by default the last day of the period.</summary>
    public LocalDate? ProposedOn { get; init; }

    /// <summary>Whether the unit is proposed as "safe".</summary>
    public bool ProposedSafe { get; init; } = true;

    /// <summary>Why the unit cannot be assessed, when that is the case.</summary>
    public ImmutableArray<ExcludedUnit> Excluded { get; init; } = [];

    /// <summary>For a commune: movement models operating effectively in it.</summary>
    public int EffectiveModels { get; init; }

    /// <summary>For a commune: its residential areas, agencies, enterprises and schools that can be assessed.</summary>
    public int UnitsTotal { get; init; }

    /// <summary>For a commune: how many of them registered for the standard.</summary>
    public int UnitsRegistered { get; init; }

    /// <summary>For a commune: how many of them were recognised as safe.</summary>
    public int UnitsRecognised { get; init; }

    /// <summary>For a commune: whether a member of the commune police was disciplined in the period.</summary>
    public bool CommunePoliceDisciplined { get; init; }

    /// <summary>For a residential area: whether the Party cell adopted its resolution on the standard (<em>nghị quyết chi bộ</em>).</summary>
    public bool PartyCellResolution { get; init; }

    /// <summary>For a residential area: whether it registered in the first quarter.</summary>
    public bool RegisteredInFirstQuarter { get; init; }

    /// <summary>Whether an incident that excludes recognition happened in the period (<em>vụ việc loại trừ</em>).</summary>
    public bool ExcludingIncident { get; init; }

    /// <summary>The assessment period for <see cref="Year"/>; throws for a year outside 2–9999.</summary>
    [JsonIgnore]
    public DateInterval Period => SafetyThresholds.AssessmentPeriod(Year, Unit);

    /// <inheritdoc />
    public bool Equals(SafetyAssessment? other)
        => other is not null && Name == other.Name && Unit == other.Unit && Year == other.Year && ProposedOn == other.ProposedOn && ProposedSafe == other.ProposedSafe
           && Internal.Structural.Equal(Excluded, other.Excluded) && EffectiveModels == other.EffectiveModels && UnitsTotal == other.UnitsTotal
           && UnitsRegistered == other.UnitsRegistered && UnitsRecognised == other.UnitsRecognised && CommunePoliceDisciplined == other.CommunePoliceDisciplined
           && PartyCellResolution == other.PartyCellResolution && RegisteredInFirstQuarter == other.RegisteredInFirstQuarter && ExcludingIncident == other.ExcludingIncident;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Unit, Year, ProposedOn, Internal.Structural.Hash(Excluded), EffectiveModels, UnitsTotal);
}

/// <summary>The standard's thresholds in a period (<em>ngưỡng tiêu chuẩn</em>).</summary>
/// <param name="RegisteredShare">Share of units that must register (1 = all).</param>
/// <param name="RecognisedShare">Share of units that must be recognised.</param>
/// <param name="MinimumEffectiveModels">Movement models operating effectively a commune needs.</param>
/// <param name="Period">When the thresholds apply (by proposal date).</param>
/// <param name="Citation">Where they are written.</param>
public sealed record SafetyThreshold(decimal RegisteredShare, decimal RecognisedShare, int MinimumEffectiveModels, EffectivePeriod Period, Citation Citation);

/// <summary>The standard's thresholds and periods as dated data (<em>ngưỡng và kỳ đánh giá</em>).</summary>
public static class SafetyThresholds
{
    /// <summary>The first day of the amended wording (communes, wards and special zones after the two-tier reform).</summary>
    public static LocalDate AmendedFrom { get; } = new(2025, 7, 1);

    /// <summary>Every threshold row.</summary>
    public static ImmutableArray<SafetyThreshold> All { get; } =
    [
        new(1m, 0.7m, 1, new EffectivePeriod(new LocalDate(2022, 2, 10), new LocalDate(2025, 6, 30)), Citations.Circular124),
        new(1m, 0.7m, 1, new EffectivePeriod(new LocalDate(2025, 7, 1)), Citations.SafetyStandard()),
    ];

    /// <summary>The thresholds on <paramref name="date"/>, or null before the standard existed.</summary>
    public static SafetyThreshold? On(LocalDate date)
    {
        foreach (var t in All)
        {
            if (t.Period.Contains(date))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>The assessment period of <paramref name="year"/> for a residential area: 1 November of the year before to 31 October.</summary>
    /// <param name="year">The assessment year, 2–9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2–9999.</exception>
    public static DateInterval AssessmentPeriod(int year) => AssessmentPeriod(year, AssessedUnitKind.ResidentialArea);

    /// <summary>
    /// The assessment period of <paramref name="year"/> for a unit of kind <paramref name="unit"/>: for communes,
    /// agencies, enterprises and education institutions 16 November of the year before to 15 November (Circular
    /// 124/2021/TT-BCA, art. 8); for residential areas 1 November of the year before to 31 October.
    /// </summary>
    /// <param name="year">The assessment year, 2–9999.</param>
    /// <param name="unit">The kind of unit assessed.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2–9999.</exception>
    public static DateInterval AssessmentPeriod(int year, AssessedUnitKind unit)
    {
        if (year is < 2 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The assessment year must be between 2 and 9999.");
        }

        return unit == AssessedUnitKind.ResidentialArea
            ? new DateInterval(new LocalDate(year - 1, 11, 1), new LocalDate(year, 10, 31))
            : new DateInterval(new LocalDate(year - 1, 11, 16), new LocalDate(year, 11, 15));
    }
}
