using System.Collections.Immutable;
using AntqDomain.Internal;
using System.Text.Json.Serialization;
using AntqDomain.Committees;
using AntqDomain.Documents;
using NodaTime;

namespace AntqDomain.Plans;

/// <summary>
/// A festival plan (<em>Kế hoạch tổ chức "Ngày hội toàn dân bảo vệ an ninh Tổ quốc" năm Y</em>): the aggregate that
/// readers build and rules validate. Immutable; build variants with <c>with</c>. Text the reader could not place in
/// any part is kept verbatim in <see cref="Unplaced"/>, never dropped.
/// </summary>
public sealed record FestivalPlan
{
    /// <summary>The issuer of a plan whose header names none.</summary>
    private static readonly PlanIssuer UnknownIssuer = new(null, Administration.AdministrativeLevel.Unknown, null, IssuerKind.Unknown);

    /// <summary>The number and symbol as written after "Số:" ("1975/KH-BCĐ", "/KH-BCĐ" for a draft), or null when absent.</summary>
    public string? NumberText { get; init; }

    /// <summary>Where the number is.</summary>
    public Location? NumberAt { get; init; }

    /// <summary>
    /// The label before the number exactly as written ("Số:", or "Số" when its colon is missing), with where it is;
    /// null when the plan was not read from a document (built in code or from JSON without it).
    /// </summary>
    public PlanText? NumberLabel { get; init; }

    /// <summary>The parsed number and symbol, or null when absent or malformed.</summary>
    [JsonIgnore]
    public DocumentNumber? Number => NumberText is { } t && DocumentNumber.Parse(t) is { Success: true } r ? r.Value : null;

    /// <summary>The issuing body.</summary>
    public PlanIssuer Issuer { get; init => field = value ?? UnknownIssuer; } = UnknownIssuer;

    /// <summary>The steering committee behind the plan, when known (JSON input or built in code).</summary>
    public SteeringCommittee? Committee { get; init; }

    /// <summary>The place-and-date line, or null when absent.</summary>
    public PlaceAndDate? Dated { get; init; }

    /// <summary>Where the place-and-date line is.</summary>
    public Location? DatedAt { get; init; }

    /// <summary>The issue date when complete and existing.</summary>
    [JsonIgnore]
    public LocalDate? IssueDate => Dated?.Date;

    /// <summary>The title ("KẾ HOẠCH Tổ chức “Ngày hội …” năm 2024").</summary>
    public PlanText? Title { get; init; }

    /// <summary>
    /// The year the title names ("… năm 2026"), as written, or null (JSON: <c>year</c>). For the year the plan is for,
    /// whether or not its title says it, use <see cref="FestivalYear"/>.
    /// </summary>
    [JsonPropertyName("year")]
    public int? TitleYear { get; init; }

    /// <summary>What kind of document this is (<em>loại văn bản</em>); festival rules apply to <see cref="DocumentKind.FestivalPlan"/> only.</summary>
    public DocumentKind DocumentKind { get; init; } = DocumentKind.FestivalPlan;

    /// <summary>The plan of the level above that this plan implements.</summary>
    public ParentPlanReference? Parent { get; init; }

    /// <summary>The basis paragraphs ("Thực hiện …", "Căn cứ …") between the title and the first part.</summary>
    public ImmutableArray<PlanText> Basis { get; init => field = Structural.OrEmpty(value); } = [];

    /// <summary>The Roman-numbered parts, in order, with every paragraph verbatim.</summary>
    public ImmutableArray<PlanSection> Sections { get; init => field = Structural.OrEmpty(value); } = [];

    /// <summary>The activities leading up to the festival (<em>hoạt động hướng tới Ngày hội</em>).</summary>
    public ImmutableArray<PlanText> LeadUpActivities { get; init => field = Structural.OrEmpty(value); } = [];

    /// <summary>The ceremony programme (<em>Phần lễ</em>), or null when none is described.</summary>
    public CeremonyProgramme? Ceremony { get; init; }

    /// <summary>The festival part (<em>Phần hội</em>).</summary>
    public ImmutableArray<FestivalActivity> FestivalActivities { get; init => field = Structural.OrEmpty(value); } = [];

    /// <summary>Whether a festival part is described (even without classified activities).</summary>
    public bool HasFestivalPart { get; init; }

    /// <summary>The backdrop title lines (<em>tiêu đề khánh tiết</em>), empty when not given.</summary>
    public ImmutableArray<PlanText> BackdropTitle { get; init => field = Structural.OrEmpty(value); } = [];

    /// <summary>The campaign window, or null when none is stated.</summary>
    public PlanWindow? Window { get; init; }

    /// <summary>The day flags and banners go up (<em>treo cờ, băng rôn từ ngày</em>), or null.</summary>
    public LocalDate? FlagsFrom { get; init; }

    /// <summary>The scope statement (<em>phạm vi</em>), or null.</summary>
    public PlanText? ScopeText { get; init; }

    /// <summary>The kinds of venue in scope.</summary>
    public ImmutableArray<VenueKind> Scope { get; init => field = Structural.OrEmpty(value); } = [];

    /// <summary>The showcase sites (<em>điểm</em>) named by the plan ("xã Tân Hương").</summary>
    public ImmutableArray<PlanText> ShowcaseSites { get; init => field = Structural.OrEmpty(value); } = [];

    /// <summary>The participants statement (<em>thành phần</em>), or null.</summary>
    public PlanText? Participants { get; init; }

    /// <summary>The funding statement (<em>kinh phí</em>), or null.</summary>
    public PlanText? Funding { get; init; }

    /// <summary>The funding sources named.</summary>
    public ImmutableArray<FundingSource> FundingSources { get; init => field = Structural.OrEmpty(value); } = [];

    /// <summary>The tasks of the implementation part, by agency.</summary>
    public ImmutableArray<ImplementationTask> Tasks { get; init => field = Structural.OrEmpty(value); } = [];

    /// <summary>The recipients (<em>Nơi nhận</em>), or null when absent.</summary>
    public Recipients? Recipients { get; init; }

    /// <summary>The signature block, or null when absent.</summary>
    public SignatureBlock? Signature { get; init; }

    /// <summary>Text the reader could not place in any part, verbatim, with its position.</summary>
    public ImmutableArray<PlanText> Unplaced { get; init => field = Structural.OrEmpty(value); } = [];

    /// <summary>
    /// Whether both plans hold the same parts, compared by value all the way down (lists element by element), so that
    /// the same text read twice, or a plan and its JSON round trip, are equal.
    /// </summary>
    /// <param name="other">The other plan.</param>
    /// <returns>True when every part is equal.</returns>
    public bool Equals(FestivalPlan? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (NumberText == other.NumberText && Equals(NumberAt, other.NumberAt) && Equals(NumberLabel, other.NumberLabel) && Equals(Issuer, other.Issuer) && Equals(Committee, other.Committee)
                   && Equals(Dated, other.Dated) && Equals(DatedAt, other.DatedAt) && Equals(Title, other.Title) && TitleYear == other.TitleYear
                   && DocumentKind == other.DocumentKind && Equals(Parent, other.Parent) && Internal.Structural.Equal(Basis, other.Basis)
                   && Internal.Structural.Equal(Sections, other.Sections) && Internal.Structural.Equal(LeadUpActivities, other.LeadUpActivities)
                   && Equals(Ceremony, other.Ceremony) && Internal.Structural.Equal(FestivalActivities, other.FestivalActivities) && HasFestivalPart == other.HasFestivalPart
                   && Internal.Structural.Equal(BackdropTitle, other.BackdropTitle) && Equals(Window, other.Window) && FlagsFrom == other.FlagsFrom
                   && Equals(ScopeText, other.ScopeText) && Internal.Structural.Equal(Scope, other.Scope) && Internal.Structural.Equal(ShowcaseSites, other.ShowcaseSites)
                   && Equals(Participants, other.Participants) && Equals(Funding, other.Funding) && Internal.Structural.Equal(FundingSources, other.FundingSources)
                   && Internal.Structural.Equal(Tasks, other.Tasks) && Equals(Recipients, other.Recipients) && Equals(Signature, other.Signature)
                   && Internal.Structural.Equal(Unplaced, other.Unplaced)));

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(NumberText, Issuer, Dated, Title, TitleYear, DocumentKind, Internal.Structural.Hash(Sections), Internal.Structural.Hash(Basis));

    /// <summary>The section of <paramref name="kind"/>, or null.</summary>
    /// <param name="kind">The kind of section.</param>
    /// <returns>The first section of that kind, or null.</returns>
    public PlanSection? Section(SectionKind kind)
    {
        foreach (var s in Sections)
        {
            if (s.Kind == kind)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>
    /// The festival year the plan is for: the title's year, else the issue date's year, else the window's year. For a
    /// document that is not a festival plan, only a year its title states: none is inferred from its dates.
    /// </summary>
    [JsonIgnore]
    public int? FestivalYear => DocumentKind == DocumentKind.FestivalPlan ? TitleYear ?? Dated?.Year ?? Window?.End?.Year ?? Window?.Start?.Year : TitleYear;

    /// <summary>
    /// The date on which requirements are chosen: the issue date; for an undated draft the earliest date its
    /// place-and-date line allows; else 1 January of the festival year.
    /// </summary>
    [JsonIgnore]
    public LocalDate? EffectiveDate
        => IssueDate ?? Dated?.EarliestPossible ?? (FestivalYear is { } y && y is >= 1 and <= 9999 ? new LocalDate(y, 1, 1) : null);

    /// <summary>Every piece of text of the plan with its JSON path, in document order.</summary>
    /// <returns>Each text with its JSON path.</returns>
    public IEnumerable<(PlanText Text, string Path)> AllText() => TextItems().Select(t => (t.Text, t.Path.ToString()));

    /// <summary>Every piece of text with a path that is formatted only when needed.</summary>
    internal IEnumerable<(PlanText Text, TextPath Path)> TextItems()
    {
        if (Title is { } t)
        {
            yield return (t, new TextPath("title"));
        }

        for (int i = 0; i < Basis.Length; i++)
        {
            yield return (Basis[i], new TextPath("basis", i));
        }

        for (int s = 0; s < Sections.Length; s++)
        {
            if (Sections[s].Heading is { } heading)
            {
                yield return (heading, new TextPath("sections", s, "heading"));
            }

            var paragraphs = Sections[s].Paragraphs;
            for (int p = 0; p < paragraphs.Length; p++)
            {
                yield return (paragraphs[p], new TextPath("sections", s, "paragraphs", p));
            }
        }

        for (int i = 0; i < Unplaced.Length; i++)
        {
            yield return (Unplaced[i], new TextPath("unplaced", i));
        }
    }
}

/// <summary>A JSON path to a piece of plan text, formatted on demand: <c>$.sections[2].paragraphs[5]</c>.</summary>
internal readonly record struct TextPath(string Field, int Index = -1, string? Sub = null, int SubIndex = -1)
{
    public override string ToString()
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        string head = Index < 0 ? "$." + Field : string.Create(inv, $"$.{Field}[{Index}]");
        return Sub is null ? head : SubIndex < 0 ? head + "." + Sub : string.Create(inv, $"{head}.{Sub}[{SubIndex}]");
    }
}
