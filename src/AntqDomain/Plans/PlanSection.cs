using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Documents;
using NodaTime;

namespace AntqDomain.Plans;

/// <summary>A Roman-numbered part of a plan (<em>phần</em>) with its paragraphs, kept verbatim.</summary>
/// <param name="Kind">What the part is about.</param>
/// <param name="Heading">The heading ("I. MỤC ĐÍCH, YÊU CẦU").</param>
/// <param name="Paragraphs">The paragraphs of the part, in order, with their list markers.</param>
public sealed record PlanSection(SectionKind Kind, PlanText Heading, ImmutableArray<PlanText> Paragraphs)
{
    /// <summary>The paragraphs of the part, in order, with their list markers; an unset list reads as empty.</summary>
    [JsonPropertyOrder(1)]
    public ImmutableArray<PlanText> Paragraphs { get; init => field = Internal.Structural.OrEmpty(value); } = Internal.Structural.OrEmpty(Paragraphs);

    /// <inheritdoc />
    public bool Equals(PlanSection? other) => other is not null && Kind == other.Kind && Heading == other.Heading && Paragraphs.SequenceEqual(other.Paragraphs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Heading, Paragraphs.Length);
}
