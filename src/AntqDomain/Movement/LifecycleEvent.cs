using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;

namespace AntqDomain.Movement;

/// <summary>A step in a model's life (<em>sự kiện</em>): the stage reached, when, by which decision, and the review's indicators.</summary>
/// <param name="Stage">The stage reached.</param>
/// <param name="On">When it happened; <c>"occurredOn"</c> in JSON.</param>
/// <param name="Decision">The decision or report as written ("Quyết định số 45/QĐ-UBND"), or null.</param>
/// <param name="Effect">For a review or summary: the indicators of the period.</param>
public sealed record LifecycleEvent([property: JsonRequired] ModelStage Stage, [property: JsonRequired, JsonPropertyName("occurredOn")] LocalDate On, string? Decision = null, EffectIndicators? Effect = null);
