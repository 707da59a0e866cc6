using AntqDomain.Documents;

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
