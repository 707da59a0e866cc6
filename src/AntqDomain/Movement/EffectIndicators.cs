using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;

namespace AntqDomain.Movement;

/// <summary>
/// What a model achieved in a review period (<em>chỉ số hiệu quả</em>): tips on crime, disputes mediated, weapons
/// recovered, members and patrol hours.
/// </summary>
/// <param name="CrimeTips">Tips on crime passed to the police (<em>tin báo tội phạm</em>).</param>
/// <param name="DisputesMediated">Disputes mediated at the grassroots (<em>hòa giải mâu thuẫn</em>).</param>
/// <param name="WeaponsRecovered">Weapons, explosives and tools recovered (<em>vũ khí, vật liệu nổ thu hồi</em>).</param>
/// <param name="Members">Members at the end of the period (<em>thành viên</em>).</param>
/// <param name="PatrolHours">Hours of patrol (<em>giờ tuần tra</em>).</param>
public sealed record EffectIndicators(int CrimeTips = 0, int DisputesMediated = 0, int WeaponsRecovered = 0, int Members = 0, int PatrolHours = 0)
{
    /// <summary>Whether the period shows any measured effect (members alone are not an effect).</summary>
    [JsonIgnore]
    public bool HasEffect => CrimeTips > 0 || DisputesMediated > 0 || WeaponsRecovered > 0 || PatrolHours > 0;
}
