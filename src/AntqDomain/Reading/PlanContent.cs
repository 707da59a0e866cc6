using System.Collections.Immutable;
using AntqDomain.Documents;
using AntqDomain.Plans;
using NodaTime;

namespace AntqDomain.Reading;

/// <summary>
/// The typed content found in a plan's parts (ceremony, festival part, window, scope, showcase sites, funding, tasks):
/// one derivation, used by every reader — from text and Word as read, and from JSON for whatever the document leaves out.
/// </summary>
internal sealed record PlanContent(
    ImmutableArray<PlanText> LeadUp,
    CeremonyProgramme? Ceremony,
    ImmutableArray<FestivalActivity> Activities,
    bool HasFestivalPart,
    ImmutableArray<PlanText> Backdrop,
    PlanWindow? Window,
    LocalDate? FlagsFrom,
    PlanText? ScopeText,
    ImmutableArray<VenueKind> Scope,
    ImmutableArray<PlanText> Showcase,
    PlanText? Participants,
    PlanText? Funding,
    ImmutableArray<FundingSource> FundingSources,
    ImmutableArray<ImplementationTask> Tasks)
{
    /// <summary>The content of <paramref name="sections"/>, for a plan of <paramref name="year"/> (dates without a year take it).</summary>
    public static PlanContent Of(ImmutableArray<PlanSection> sections, int? year) => ContentExtractor.Extract(sections, year);

    /// <summary>As <see cref="Of(ImmutableArray{PlanSection}, int?)"/>, with the folded form of every paragraph, part after part, already made.</summary>
    public static PlanContent Of(ImmutableArray<PlanSection> sections, int? year, IReadOnlyList<FoldedParagraph> folded) => ContentExtractor.Extract(sections, year, folded);

    /// <summary>The year a plan's undated days belong to: a festival plan's year, else the year its title states.</summary>
    public static int? YearFor(DocumentKind kind, int? titleYear, PlaceAndDate? dated) => kind == DocumentKind.FestivalPlan ? titleYear ?? dated?.Year : titleYear;

    /// <summary><paramref name="plan"/> with this content.</summary>
    public FestivalPlan Into(FestivalPlan plan) => plan with
    {
        LeadUpActivities = LeadUp,
        Ceremony = Ceremony,
        FestivalActivities = Activities,
        HasFestivalPart = HasFestivalPart,
        BackdropTitle = Backdrop,
        Window = Window,
        FlagsFrom = FlagsFrom,
        ScopeText = ScopeText,
        Scope = Scope,
        ShowcaseSites = Showcase,
        Participants = Participants,
        Funding = Funding,
        FundingSources = FundingSources,
        Tasks = Tasks,
    };

    /// <summary>
    /// <paramref name="plan"/> with this content where the plan states none (a JSON document that gives the parts'
    /// text but not what they say): what the document states wins, nothing it gives is replaced.
    /// </summary>
    public FestivalPlan Under(FestivalPlan plan) => plan with
    {
        LeadUpActivities = plan.LeadUpActivities.IsDefaultOrEmpty ? LeadUp : plan.LeadUpActivities,
        Ceremony = plan.Ceremony ?? Ceremony,
        FestivalActivities = plan.FestivalActivities.IsDefaultOrEmpty ? Activities : plan.FestivalActivities,
        HasFestivalPart = plan.HasFestivalPart || HasFestivalPart,
        BackdropTitle = plan.BackdropTitle.IsDefaultOrEmpty ? Backdrop : plan.BackdropTitle,
        Window = plan.Window ?? Window,
        FlagsFrom = plan.FlagsFrom ?? FlagsFrom,
        ScopeText = plan.ScopeText ?? ScopeText,
        Scope = plan.Scope.IsDefaultOrEmpty ? Scope : plan.Scope,
        ShowcaseSites = plan.ShowcaseSites.IsDefaultOrEmpty ? Showcase : plan.ShowcaseSites,
        Participants = plan.Participants ?? Participants,
        Funding = plan.Funding ?? Funding,
        FundingSources = plan.FundingSources.IsDefaultOrEmpty ? FundingSources : plan.FundingSources,
        Tasks = plan.Tasks.IsDefaultOrEmpty ? Tasks : plan.Tasks,
    };
}
