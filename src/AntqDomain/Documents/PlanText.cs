using AntqDomain.Documents;
using AntqDomain.Language;

namespace AntqDomain.Documents;

/// <summary>
/// A piece of plan text (<em>đoạn văn</em>) with where it came from: the unit every part of a plan is made of, so
/// that every finding can point at its evidence.
/// </summary>
/// <param name="Text">The text, NFC-normalised, without list markers.</param>
/// <param name="At">Where the text starts in the input (null for a plan built in code).</param>
/// <param name="Marker">The list marker as written ("1.", "2.1.", "a)", "-", "+", "(3)"), or null.</param>
public sealed record PlanText(string Text, Location? At = null, string? Marker = null)
{
    private string? folded;

    /// <summary>
    /// The text folded for matching (<see cref="AntqDomain.Language.VietnameseText.Fold"/>), computed on first use and kept: rules
    /// read it on every validation. Not part of equality.
    /// </summary>
    internal string Folded => folded ??= Text is null ? string.Empty : AntqDomain.Language.VietnameseText.Fold(Text);

    /// <summary>Text whose folded form the caller already has (the reader folds every line once).</summary>
    internal static PlanText WithFolded(string text, string folded, Location? at, string? marker)
        => new(text, at, marker) { folded = folded };

    private PlanText(PlanText original)
    {
        // A copy made by 'with' may change the text: the folded form is not carried over.
        Text = original.Text;
        At = original.At;
        Marker = original.Marker;
    }

    /// <summary>Whether both texts, locations and markers are equal.</summary>
    /// <param name="other">The text to compare with.</param>
    /// <returns>True when both are equal.</returns>
    public bool Equals(PlanText? other)
        => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal) && Equals(At, other.At) && string.Equals(Marker, other.Marker, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, At, Marker);

    /// <summary>Text without a location.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator PlanText(string text) => new(text);

    /// <summary>Creates text without a location.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text without a location.</returns>
    public static PlanText FromString(string text) => new(text);

    /// <summary>The text.</summary>
    /// <returns>The text as written.</returns>
    public override string ToString() => Text;
}
