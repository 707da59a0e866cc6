using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using AntqDomain.Language;
using AntqDomain.Rules;

namespace AntqDomain.Commendations;

/// <summary>
/// A period a nominee served in a role (<em>thời gian công tác</em>). <paramref name="To"/> is the last day served,
/// inclusive; null while still serving. A period may be written reversed or in the future: the validator reports
/// such periods (ANTQ609) instead of refusing to read them.
/// </summary>
/// <param name="Role">The role.</param>
/// <param name="From">The first day served.</param>
/// <param name="To">The last day served (inclusive), or null when still serving.</param>
/// <param name="Hardship">Served in an especially difficult, border or island area (<em>vùng đặc biệt khó khăn, biên giới, hải đảo</em>), counted double from Circular 20/2025.</param>
/// <param name="Post">The post as written ("Chủ tịch UBND xã Tân Hương"), or null.</param>
/// <param name="BelowDivisionLevel">
/// For a leading post: whether it ranks below a division or board (<em>dưới cấp phòng, ban</em>: a team or village
/// head). From Circular 20/2025 such posts do not count as a leader's tenure. A post whose text names a team or
/// village head ("Tổ trưởng", "Trưởng thôn") is taken as such even when this is false.
/// </param>
public sealed record ServicePeriod([property: JsonRequired] ServiceRole Role, [property: JsonRequired] LocalDate From, LocalDate? To = null, bool Hardship = false, string? Post = null, bool BelowDivisionLevel = false)
{
    /// <summary>Whether the last day is before the first.</summary>
    [JsonIgnore]
    public bool IsReversed => To is { } t && t < From;

    /// <summary>Whether this is a leading post below a division or board: <see cref="BelowDivisionLevel"/>, or a post whose text names a team or village head.</summary>
    [JsonIgnore]
    public bool IsBelowDivisionLevel => Role == ServiceRole.Leader && (BelowDivisionLevel || NamesTeamOrVillageHead(Post));

    // "Trưởng bản" (a village head in the mountains) folds like "Trưởng ban" (the head of a board), so it is left to the flag.
    private static bool NamesTeamOrVillageHead(string? post)
    {
        if (string.IsNullOrWhiteSpace(post))
        {
            return false;
        }

        string f = Language.VietnameseText.Fold(post).Trim() + " ";
        foreach (string head in (ReadOnlySpan<string>)["to truong ", "to pho ", "pho to truong ", "truong thon ", "pho truong thon ", "truong ap ", "pho truong ap ", "truong xom ", "truong khu pho ", "pho truong khu pho ", "truong to dan pho ", "to truong to dan pho "])
        {
            if (f.StartsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A commendation the nominee already holds (<em>hình thức khen thưởng đã được tặng</em>).</summary>
/// <param name="Form">The form.</param>
/// <param name="On">When it was conferred; <c>"awardedOn"</c> in JSON.</param>
/// <param name="Kind">The kind; <c>"awardKind"</c> in JSON.</param>
/// <param name="ForMovement">Whether it was for the people's security movement (<em>thành tích trong phong trào toàn dân bảo vệ ANTQ</em>).</param>
/// <param name="Decision">The decision as written ("Quyết định số 123/QĐ-UBND"), or null.</param>
/// <param name="DecidedBy">Who conferred it, when known; <c>"decidedBy"</c> in JSON. Under Circular 11/2021 an earlier movement award counts toward the medal only from the district People's Committee or the provincial police up.</param>
public sealed record PriorAward([property: JsonRequired] CommendationForm Form, [property: JsonRequired, JsonPropertyName("awardedOn")] LocalDate On, [property: JsonPropertyName("awardKind")] AwardKind Kind = AwardKind.RegularAchievement, bool ForMovement = false, string? Decision = null, Authority? DecidedBy = null);

/// <summary>
/// A person or collective proposed for a commendation (<em>đối tượng đề nghị khen thưởng</em>): roles and service
/// periods, awards already held, exclusions and pending matters.
/// </summary>
public sealed record Nominee
{
    /// <summary>The name ("Nguyễn Văn An", "Tổ tự quản thôn Đông").</summary>
    public required string Name { get; init; }

    /// <summary>A person or a collective.</summary>
    [JsonPropertyName("nomineeKind")]
    public NomineeKind Kind { get; init; } = NomineeKind.Individual;

    /// <summary>The person's sex, which sets the grassroots-force threshold; null when unknown or for a collective.</summary>
    public Sex? Sex { get; init; }

    /// <summary>The service history, in any order.</summary>
    public ImmutableArray<ServicePeriod> Service { get; init; } = [];

    /// <summary>Commendations and decorations already held.</summary>
    public ImmutableArray<PriorAward> PriorAwards { get; init; } = [];

    /// <summary>What excludes the person, if anything.</summary>
    public ImmutableArray<Exclusion> Exclusions { get; init; } = [];

    /// <summary>Matters under way that defer consideration.</summary>
    public ImmutableArray<PendingMatter> Pending { get; init; } = [];

    /// <summary>For a leader: whether the unit led had a serious security incident in the period (<em>để xảy ra vụ việc nghiêm trọng</em>).</summary>
    public bool UnitHadSeriousIncident { get; init; }

    /// <summary>For a leader: whether the unit led was a crime hotspot in the period (<em>trọng điểm phức tạp về ANTT</em>).</summary>
    public bool UnitWasHotspot { get; init; }

    /// <summary>
    /// For a member of the grassroots security team: whether the member was rated as completing the tasks well
    /// (<em>hoàn thành tốt nhiệm vụ</em>), which Circular 20/2025 requires; null when the file does not say.
    /// </summary>
    public bool? CompletedTasksWell { get; init; }

    /// <summary>
    /// The last day of a disciplinary measure the nominee served (<em>ngày hết thời hạn kỷ luật</em>), or null. From
    /// Circular 20/2025 service counts only from the day after it.
    /// </summary>
    public LocalDate? DisciplineEndedOn { get; init; }

    /// <summary>Whether the nominee held a leading post at any time.</summary>
    [JsonIgnore]
    public bool IsLeader => HasRole(static r => r == ServiceRole.Leader);

    /// <summary>Whether the nominee served in the grassroots force or an earlier role that counts as such.</summary>
    [JsonIgnore]
    public bool IsGrassrootsForce => HasRole(ServiceTime.IsGrassroots);

    /// <summary>Whether the nominee already holds <paramref name="form"/>.</summary>
    public bool Holds(CommendationForm form)
    {
        foreach (var a in PriorAwards.IsDefault ? [] : PriorAwards)
        {
            if (a is not null && a.Form == form)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasRole(Func<ServiceRole, bool> role)
    {
        foreach (var s in Service.IsDefault ? [] : Service)
        {
            if (s is not null && role(s.Role))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(Nominee? other)
        => other is not null && Name == other.Name && Kind == other.Kind && Sex == other.Sex
           && Internal.Structural.Equal(Service, other.Service) && Internal.Structural.Equal(PriorAwards, other.PriorAwards)
           && Internal.Structural.Equal(Exclusions, other.Exclusions) && Internal.Structural.Equal(Pending, other.Pending)
           && UnitHadSeriousIncident == other.UnitHadSeriousIncident && UnitWasHotspot == other.UnitWasHotspot
           && CompletedTasksWell == other.CompletedTasksWell && DisciplineEndedOn == other.DisciplineEndedOn;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Kind, Sex, Internal.Structural.Hash(Service), Internal.Structural.Hash(PriorAwards));
}

/// <summary>
/// A commendation proposal (<em>đề nghị khen thưởng</em>): who, which form and kind, decided by which authority, on
/// which date. Checked by <see cref="AwardValidator"/> against the rules in force on <see cref="Date"/>.
/// </summary>
public sealed record AwardProposal
{
    /// <summary>The nominee.</summary>
    public required Nominee Nominee { get; init; }

    /// <summary>The form proposed.</summary>
    public required CommendationForm Form { get; init; }

    /// <summary>The kind of commendation; <c>"awardKind"</c> in JSON, where <c>"kind"</c> names the document.</summary>
    [JsonPropertyName("awardKind")]
    public AwardKind Kind { get; init; } = AwardKind.EmulationMovement;

    /// <summary>Who decides the commendation.</summary>
    public required Authority Authority { get; init; }

    /// <summary>The proposal date: the rules and thresholds in force on it apply.</summary>
    [JsonPropertyName("proposedOn")]
    public required LocalDate Date { get; init; }

    /// <summary>Who proposes ("Công an xã Tân Hương"), or null.</summary>
    public string? ProposedBy { get; init; }

    /// <summary>Earlier awards the proposal counts as achievements toward this one.</summary>
    public ImmutableArray<PriorAward> CountedAwards { get; init; } = [];

    /// <summary>The wording of the proposal or its reasons, checked for outdated vocabulary; null when not given.</summary>
    public string? Wording { get; init; }

    /// <inheritdoc />
    public bool Equals(AwardProposal? other)
        => other is not null && Equals(Nominee, other.Nominee) && Form == other.Form && Kind == other.Kind && Authority == other.Authority
           && Date == other.Date && ProposedBy == other.ProposedBy && Internal.Structural.Equal(CountedAwards, other.CountedAwards) && Wording == other.Wording;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nominee, Form, Kind, Authority, Date, Internal.Structural.Hash(CountedAwards));
}
