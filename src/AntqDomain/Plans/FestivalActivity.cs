using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Documents;
using NodaTime;

namespace AntqDomain.Plans;

/// <summary>An activity of the festival part (<em>hoạt động Phần hội</em>).</summary>
/// <param name="Kinds">What the activity comprises (a paragraph may name several).</param>
/// <param name="Text">The activity as written.</param>
public sealed record FestivalActivity(ImmutableArray<FestivalActivityKind> Kinds, PlanText Text)
{
    /// <summary>What the activity is (several kinds when one paragraph names several); an unset list reads as empty.</summary>
    [JsonPropertyOrder(-1)]
    public ImmutableArray<FestivalActivityKind> Kinds { get; init => field = Internal.Structural.OrEmpty(value); } = Internal.Structural.OrEmpty(Kinds);

    /// <inheritdoc />
    public bool Equals(FestivalActivity? other) => other is not null && Kinds.SequenceEqual(other.Kinds) && Text == other.Text;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kinds.Length, Text);
}
