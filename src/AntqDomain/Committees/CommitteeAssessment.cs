using System.Text.Json.Serialization;
using NodaTime;

namespace AntqDomain.Committees;

/// <summary>A steering committee to check on a date (<em>yêu cầu kiểm tra Ban Chỉ đạo</em>).</summary>
/// <param name="Committee">The committee.</param>
/// <param name="On">The date; today by the validator's clock when null; <c>"assessedOn"</c> in JSON.</param>
public sealed record CommitteeAssessment(SteeringCommittee Committee, [property: JsonPropertyName("assessedOn")] LocalDate? On = null);
