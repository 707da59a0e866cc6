using System.Collections.Immutable;
using AntqDomain.Rules;

namespace AntqDomain.Fixing;

/// <summary>What <see cref="PlanFixer.Fix"/> did (<em>kết quả sửa kế hoạch</em>): the text before and after, the fixes applied, and what is left.</summary>
/// <param name="OriginalText">The text as given.</param>
/// <param name="Text">The fixed text.</param>
/// <param name="Applied">The fixes applied, in the order they were applied.</param>
/// <param name="Remaining">The validation of the fixed text: the findings that need a person.</param>
public sealed record PlanFixResult(string OriginalText, string Text, ImmutableArray<SuggestedFix> Applied, ValidationReport Remaining)
{
    /// <summary>Whether any fix changed the text.</summary>
    public bool Changed => !string.Equals(OriginalText, Text, StringComparison.Ordinal);

    /// <summary>The unified diff from the original to the fixed text (empty when nothing changed).</summary>
    /// <param name="name">The file name shown in the diff headers.</param>
    /// <returns>The diff.</returns>
    public string Diff(string name = "plan.txt") => UnifiedDiff.Create(OriginalText, Text, "a/" + name, "b/" + name);

    /// <inheritdoc />
    public bool Equals(PlanFixResult? other)
        => other is not null && OriginalText == other.OriginalText && Text == other.Text && Applied.SequenceEqual(other.Applied) && Equals(Remaining, other.Remaining);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Applied.Length);
}
