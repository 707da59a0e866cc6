using System.Text.Json.Serialization;
using System.Collections.Immutable;
using AntqDomain.Administration;
using AntqDomain.Documents;
using AntqDomain.Language;

namespace AntqDomain.Committees;

/// <summary>
/// A steering committee for crime prevention and the people's security movement (<em>Ban Chỉ đạo 138</em>, full name
/// <em>Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc</em>;
/// at commune level <em>Ban Chỉ đạo ANTT xã</em>).
/// </summary>
/// <param name="Name">The committee's name.</param>
/// <param name="Level">Its level.</param>
/// <param name="UnitName">The administrative unit it serves ("huyện Bắc Sơn"), or null.</param>
/// <param name="Members">Members, including head and deputies.</param>
/// <param name="StandingAgency">The standing agency (<em>cơ quan thường trực</em>), normally the police of the level.</param>
/// <param name="FoundingDecision">The People's Committee decision that appointed it, or null.</param>
public sealed record SteeringCommittee(
    string Name,
    AdministrativeLevel Level,
    string? UnitName,
    ImmutableArray<CommitteeMember> Members,
    string? StandingAgency,
    DocumentNumber? FoundingDecision = null)
{
    /// <summary>The head, or null.</summary>
    [JsonIgnore]
    public CommitteeMember? Head => Members.IsDefault ? null : Members.FirstOrDefault(m => m.Role == CommitteeRole.Head);

    /// <summary>The standing deputy, or null.</summary>
    [JsonIgnore]
    public CommitteeMember? StandingDeputy => Members.IsDefault ? null : Members.FirstOrDefault(m => m.Role == CommitteeRole.StandingDeputy);

    /// <summary>Whether the standing agency is the police (<em>Công an</em>).</summary>
    [JsonIgnore]
    public bool StandingAgencyIsPolice => StandingAgency is { } a && Language.VietnameseText.Fold(Language.SpacedWords.Even(a)).Contains("cong an", StringComparison.Ordinal);

    /// <summary>Whether the head holds the post of chair or vice-chair of the People's Committee (see <see cref="CommitteeMember.IsPeoplesCommitteeChair"/>).</summary>
    [JsonIgnore]
    public bool HeadIsPeoplesCommitteeChair => Head is { IsPeoplesCommitteeChair: true };

    /// <inheritdoc />
    public bool Equals(SteeringCommittee? other)
        => other is not null && Name == other.Name && Level == other.Level && UnitName == other.UnitName
           && Members.SequenceEqual(other.Members) && StandingAgency == other.StandingAgency && Equals(FoundingDecision, other.FoundingDecision);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Level, UnitName, StandingAgency);
}
