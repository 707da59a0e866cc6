using System.Collections.Immutable;
using AntqDomain.Plans;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>A plan to validate (<em>yêu cầu kiểm tra</em>), optionally with the parent plan it implements and a date.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Parent">The plan of the level above, when known: adds the cascade checks (window inside the parent's).</param>
/// <param name="On">The date whose requirements apply; by default the plan's issue date (or, for an undated draft, its earliest possible date).</param>
public sealed record PlanValidationRequest(FestivalPlan Plan, FestivalPlan? Parent = null, LocalDate? On = null);
