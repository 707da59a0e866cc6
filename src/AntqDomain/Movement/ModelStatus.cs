using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;

namespace AntqDomain.Movement;

/// <summary>
/// A model's status on a date (<em>tình trạng mô hình</em>).
/// </summary>
/// <param name="Stage">The stage reached by that date, or null when not yet founded.</param>
/// <param name="LastReview">The last review or summary by that date, or null.</param>
/// <param name="ReviewOverdue">Whether more than the review interval (12 months by default) has passed since the last review (or the founding when never reviewed).</param>
/// <param name="NoEffectInLastReview">Whether the last review measured no effect.</param>
public sealed record ModelStatus(ModelStage? Stage, LifecycleEvent? LastReview, bool ReviewOverdue, bool NoEffectInLastReview);
