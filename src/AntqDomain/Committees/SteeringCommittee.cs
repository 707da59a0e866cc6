using System.Text.Json.Serialization;
using System.Collections.Immutable;
using AntqDomain.Administration;
using AntqDomain.Documents;
using AntqDomain.Language;

namespace AntqDomain.Committees;

/// <summary>The role of a member of a steering committee (<em>chức danh trong Ban Chỉ đạo</em>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<CommitteeRole>))]
public enum CommitteeRole
{
    /// <summary>Member (<em>thành viên</em>).</summary>
    Member = 0,

    /// <summary>Head (<em>Trưởng ban</em>): the chair of the People's Committee of the level.</summary>
    Head = 1,

    /// <summary>Standing deputy head (<em>Phó Trưởng ban thường trực</em>): the head of the police of the level.</summary>
    StandingDeputy = 2,

    /// <summary>Deputy head (<em>Phó Trưởng ban</em>).</summary>
    Deputy = 3,
}

/// <summary>A member of a steering committee (<em>thành viên Ban Chỉ đạo</em>) and the period they served.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Position">The member's post outside the committee ("Chủ tịch UBND huyện", "Trưởng Công an huyện").</param>
/// <param name="Role">Role in the committee.</param>
/// <param name="ServedFrom">First day on the committee, or null when not recorded.</param>
/// <param name="ServedTo">Last day on the committee, or null while serving.</param>
public sealed record CommitteeMember(string Name, string Position, CommitteeRole Role, NodaTime.LocalDate? ServedFrom = null, NodaTime.LocalDate? ServedTo = null)
{
    /// <summary>Whether the member served on <paramref name="date"/> (an unrecorded start or end is taken as open).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the date lies in the period served.</returns>
    public bool ServesOn(NodaTime.LocalDate date) => (ServedFrom is not { } f || date >= f) && (ServedTo is not { } t || date <= t);

    /// <summary>
    /// Whether the member's post is chair or vice-chair of a People's Committee (<em>Chủ tịch, Phó Chủ tịch UBND</em>):
    /// a vice-chair may head the committee (Hồ Chí Minh City's 2025 committee).
    /// </summary>
    [JsonIgnore]
    public bool IsPeoplesCommitteeChair
        => Position is { } p && Language.VietnameseText.Fold(p) is var f
           && f.Contains("chu tich", StringComparison.Ordinal)
           && (f.Contains("ubnd", StringComparison.Ordinal) || f.Contains("uy ban nhan dan", StringComparison.Ordinal));
}

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
    public bool StandingAgencyIsPolice => StandingAgency is { } a && Language.VietnameseText.Fold(a).Contains("cong an", StringComparison.Ordinal);

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
