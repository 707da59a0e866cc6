using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using AntqDomain.Rules;

namespace AntqDomain.Commendations;

/// <summary>A commendation the nominee already holds (<em>hình thức khen thưởng đã được tặng</em>).</summary>
/// <param name="Form">The form.</param>
/// <param name="On">When it was conferred; <c>"awardedOn"</c> in JSON.</param>
/// <param name="Kind">The kind; <c>"awardKind"</c> in JSON.</param>
/// <param name="ForMovement">Whether it was for the people's security movement (<em>thành tích trong phong trào toàn dân bảo vệ ANTQ</em>).</param>
/// <param name="Decision">The decision as written ("Quyết định số 123/QĐ-UBND"), or null.</param>
/// <param name="DecidedBy">Who conferred it, when known; <c>"decidedBy"</c> in JSON. Under Circular 11/2021 an earlier movement award counts toward the medal only from the district People's Committee or the provincial police up.</param>
public sealed record PriorAward([property: JsonRequired] CommendationForm Form, [property: JsonRequired, JsonPropertyName("awardedOn")] LocalDate On, [property: JsonPropertyName("awardKind")] AwardKind Kind = AwardKind.RegularAchievement, bool ForMovement = false, string? Decision = null, Authority? DecidedBy = null);
