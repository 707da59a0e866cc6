using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Rules;
using NodaTime;

namespace AntqDomain.SafetyStandard;

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
    public ImmutableArray<ExcludedUnit> Excluded { get; init => field = Internal.Structural.OrEmpty(value); } = [];

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
