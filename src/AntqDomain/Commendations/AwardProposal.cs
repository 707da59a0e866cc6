using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using AntqDomain.Rules;

namespace AntqDomain.Commendations;

/// <summary>
/// A commendation proposal (<em>đề nghị khen thưởng</em>): who, which form and kind, decided by which authority, on
/// which date. Checked by <see cref="AwardValidator"/> against the rules in force on <see cref="Date"/>.
/// </summary>
public sealed record AwardProposal
{
    /// <summary>The nominee.</summary>
    public required Nominee Nominee { get; init; }

    /// <summary>The form proposed.</summary>
    public required CommendationForm Form { get; init; }

    /// <summary>The kind of commendation; <c>"awardKind"</c> in JSON, where <c>"kind"</c> names the document.</summary>
    [JsonPropertyName("awardKind")]
    public AwardKind Kind { get; init; } = AwardKind.EmulationMovement;

    /// <summary>Who decides the commendation.</summary>
    public required Authority Authority { get; init; }

    /// <summary>The proposal date: the rules and thresholds in force on it apply.</summary>
    [JsonPropertyName("proposedOn")]
    public required LocalDate Date { get; init; }

    /// <summary>Who proposes ("Công an xã Tân Hương"), or null.</summary>
    public string? ProposedBy { get; init; }

    /// <summary>Earlier awards the proposal counts as achievements toward this one.</summary>
    public ImmutableArray<PriorAward> CountedAwards { get; init => field = Internal.Structural.OrEmpty(value); } = [];

    /// <summary>The wording of the proposal or its reasons, checked for outdated vocabulary; null when not given.</summary>
    public string? Wording { get; init; }

    /// <inheritdoc />
    public bool Equals(AwardProposal? other)
        => other is not null && Equals(Nominee, other.Nominee) && Form == other.Form && Kind == other.Kind && Authority == other.Authority
           && Date == other.Date && ProposedBy == other.ProposedBy && Internal.Structural.Equal(CountedAwards, other.CountedAwards) && Wording == other.Wording;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nominee, Form, Kind, Authority, Date, Internal.Structural.Hash(CountedAwards));
}
