using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Documents;
using NodaTime;

namespace AntqDomain.Plans;

/// <summary>The ceremony programme (<em>Phần lễ</em>): an ordered list of typed steps.</summary>
/// <param name="Steps">The steps in order.</param>
/// <param name="At">Where the programme starts.</param>
public sealed record CeremonyProgramme(ImmutableArray<CeremonyStep> Steps, Location? At = null)
{
    /// <summary>The steps in the order the plan gives them; an unset list reads as empty.</summary>
    [JsonPropertyOrder(-1)]
    public ImmutableArray<CeremonyStep> Steps { get; init => field = Internal.Structural.OrEmpty(value); } = Internal.Structural.OrEmpty(Steps);

    /// <summary>Whether a step of <paramref name="kind"/> is present.</summary>
    /// <param name="kind">The kind of step.</param>
    /// <returns>True when the programme has such a step.</returns>
    public bool Has(CeremonyStepKind kind)
    {
        foreach (var s in Steps)
        {
            if (s.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(CeremonyProgramme? other) => other is not null && Steps.SequenceEqual(other.Steps) && Equals(At, other.At);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Steps.Length, At);
}
