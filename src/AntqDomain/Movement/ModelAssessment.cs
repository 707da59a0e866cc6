using AntqDomain.Rules;
using FluentValidation;
using NodaTime;
using Severity = AntqDomain.Rules.FindingSeverity;

namespace AntqDomain.Movement;

/// <summary>A model to check on a date (<em>yêu cầu kiểm tra mô hình</em>).</summary>
/// <param name="Model">The model.</param>
/// <param name="On">The date; today by the validator's clock when null; <c>"assessedOn"</c> in JSON.</param>
public sealed record ModelAssessment(MovementModel Model, [property: System.Text.Json.Serialization.JsonPropertyName("assessedOn")] LocalDate? On = null);
