using System.Text.Json.Serialization;
using System.Collections.Immutable;
using AntqDomain.Language;

namespace AntqDomain.Committees;

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
        => Position is { } p && Language.VietnameseText.Fold(Language.SpacedWords.Even(p)) is var f
           && f.Contains("chu tich", StringComparison.Ordinal)
           && (f.Contains("ubnd", StringComparison.Ordinal) || f.Contains("uy ban nhan dan", StringComparison.Ordinal));
}
