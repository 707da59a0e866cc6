using System.Text.Json.Serialization;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AntqDomain.Plans;
using AntqDomain.Rules;

namespace AntqDomain.Cli;

/// <summary>What the report says of the plan.</summary>
/// <param name="Number">Number and symbol as written.</param>
/// <param name="Issued">Issue date (ISO), or null for an undated draft.</param>
/// <param name="Year">The festival year.</param>
/// <param name="Level">"central", "province", "district", "commune", "sector" or "unknown".</param>
/// <param name="DocumentKind">"festivalPlan", "movementPlan", "report" or "other" (see <see cref="Plans.DocumentKind"/>).</param>
internal sealed record PlanSummary([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Number, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Issued, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Year, string Level, string DocumentKind = "festivalPlan");
