using System.Collections.Immutable;
using AntqDomain.Documents;
using AntqDomain.Plans;

namespace AntqDomain.Drafting;

/// <summary>
/// A drafted festival plan (<em>dự thảo kế hoạch</em>): the plan as the reader sees it, its text in the Decree 30
/// layout, and the placeholders a person must still fill in.
/// </summary>
/// <param name="Plan">The plan, read back from <paramref name="Text"/> (so every part has its location).</param>
/// <param name="Text">The plan as plain text (see <see cref="Writing.PlanTextWriter"/>).</param>
/// <param name="Placeholders">The blanks left for a person, in document order, each once.</param>
public sealed record PlanDraft(FestivalPlan Plan, string Text, ImmutableArray<Placeholder> Placeholders)
{
    /// <summary>Whether nothing is left to fill in.</summary>
    public bool IsComplete => Placeholders.IsDefaultOrEmpty;

    /// <inheritdoc />
    public bool Equals(PlanDraft? other)
        => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal) && Placeholders.SequenceEqual(other.Placeholders);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Text), Placeholders.Length);
}
