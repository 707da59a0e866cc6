using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Administration;
using AntqDomain.Documents;
using NodaTime;

namespace AntqDomain.Plans;

/// <summary>
/// The plan of the level above that this plan implements (<em>Kế hoạch cấp trên</em>, "Thực hiện Kế hoạch số … ngày
/// … của …").
/// </summary>
/// <param name="NumberText">Its number and symbol as written ("1975/KH-BCĐ").</param>
/// <param name="Date">Its date, or null.</param>
/// <param name="Issuer">Its issuer as written ("Ban Chỉ đạo 138 tỉnh Lạng Sơn").</param>
/// <param name="IssuerLevel">The issuer's level.</param>
/// <param name="Text">The basis sentence as written.</param>
public sealed record ParentPlanReference(string? NumberText, LocalDate? Date, string? Issuer, AdministrativeLevel IssuerLevel, PlanText? Text = null)
{
    /// <summary>The parsed number and symbol, or null when missing or malformed.</summary>
    [JsonIgnore]
    public DocumentNumber? Number => NumberText is { } t && DocumentNumber.Parse(t) is { Success: true } r ? r.Value : null;
}
