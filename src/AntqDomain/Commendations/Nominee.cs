using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using AntqDomain.Rules;

namespace AntqDomain.Commendations;

/// <summary>
/// A person or collective proposed for a commendation (<em>đối tượng đề nghị khen thưởng</em>): roles and service
/// periods, awards already held, exclusions and pending matters.
/// </summary>
public sealed record Nominee
{
    /// <summary>The name ("Nguyễn Văn An", "Tổ tự quản thôn Đông").</summary>
    public required string Name { get; init; }

    /// <summary>A person or a collective.</summary>
    [JsonPropertyName("nomineeKind")]
    public NomineeKind Kind { get; init; } = NomineeKind.Individual;

    /// <summary>The person's sex, which sets the grassroots-force threshold; null when unknown or for a collective.</summary>
    public Sex? Sex { get; init; }

    /// <summary>The service history, in any order.</summary>
    public ImmutableArray<ServicePeriod> Service { get; init => field = Internal.Structural.OrEmpty(value); } = [];

    /// <summary>Commendations and decorations already held.</summary>
    public ImmutableArray<PriorAward> PriorAwards { get; init => field = Internal.Structural.OrEmpty(value); } = [];

    /// <summary>What excludes the person, if anything.</summary>
    public ImmutableArray<Exclusion> Exclusions { get; init => field = Internal.Structural.OrEmpty(value); } = [];

    /// <summary>Matters under way that defer consideration.</summary>
    public ImmutableArray<PendingMatter> Pending { get; init => field = Internal.Structural.OrEmpty(value); } = [];

    /// <summary>For a leader: whether the unit led had a serious security incident in the period (<em>để xảy ra vụ việc nghiêm trọng</em>).</summary>
    public bool UnitHadSeriousIncident { get; init; }

    /// <summary>For a leader: whether the unit led was a crime hotspot in the period (<em>trọng điểm phức tạp về ANTT</em>).</summary>
    public bool UnitWasHotspot { get; init; }

    /// <summary>
    /// For a member of the grassroots security team: whether the member was rated as completing the tasks well
    /// (<em>hoàn thành tốt nhiệm vụ</em>), which Circular 20/2025 requires; null when the file does not say.
    /// </summary>
    public bool? CompletedTasksWell { get; init; }

    /// <summary>
    /// The last day of a disciplinary measure the nominee served (<em>ngày hết thời hạn kỷ luật</em>), or null. From
    /// Circular 20/2025 service counts only from the day after it.
    /// </summary>
    public LocalDate? DisciplineEndedOn { get; init; }

    /// <summary>Whether the nominee held a leading post at any time.</summary>
    [JsonIgnore]
    public bool IsLeader => HasRole(static r => r == ServiceRole.Leader);

    /// <summary>Whether the nominee served in the grassroots force or an earlier role that counts as such.</summary>
    [JsonIgnore]
    public bool IsGrassrootsForce => HasRole(ServiceTime.IsGrassroots);

    /// <summary>Whether the nominee already holds <paramref name="form"/>.</summary>
    /// <param name="form">The form of commendation.</param>
    /// <returns>True when one of the prior awards is of that form.</returns>
    public bool Holds(CommendationForm form)
    {
        foreach (var a in PriorAwards)
        {
            if (a.Form == form)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasRole(Func<ServiceRole, bool> role)
    {
        foreach (var s in Service)
        {
            if (role(s.Role))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(Nominee? other)
        => other is not null && Name == other.Name && Kind == other.Kind && Sex == other.Sex
           && Internal.Structural.Equal(Service, other.Service) && Internal.Structural.Equal(PriorAwards, other.PriorAwards)
           && Internal.Structural.Equal(Exclusions, other.Exclusions) && Internal.Structural.Equal(Pending, other.Pending)
           && UnitHadSeriousIncident == other.UnitHadSeriousIncident && UnitWasHotspot == other.UnitWasHotspot
           && CompletedTasksWell == other.CompletedTasksWell && DisciplineEndedOn == other.DisciplineEndedOn;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Kind, Sex, Internal.Structural.Hash(Service), Internal.Structural.Hash(PriorAwards));
}
