using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Administration;
using AntqDomain.Documents;
using NodaTime;

namespace AntqDomain.Plans;

/// <summary>The body that issued a plan (<em>cơ quan ban hành</em>).</summary>
/// <param name="Name">Its name as written in the header ("BAN CHỈ ĐẠO 138 TỈNH LẠNG SƠN"), or null.</param>
/// <param name="Level">Its level.</param>
/// <param name="UnitTypeCode">Code of its unit type (<see cref="UnitType.Code"/>), e.g. "thi-tran", or null.</param>
/// <param name="Kind">Committee, People's Committee, police or other.</param>
/// <param name="At">Where the name is.</param>
public sealed record PlanIssuer(string? Name, AdministrativeLevel Level, string? UnitTypeCode, IssuerKind Kind, Location? At = null)
{
    /// <summary>The unit type, or null.</summary>
    [JsonIgnore]
    public UnitType? UnitType => UnitTypeCode is null ? null : UnitType.FromCode(UnitTypeCode);
}
