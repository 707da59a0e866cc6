using AntqDomain.Documents;
using AntqDomain.Plans;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>What a plan rule's predicate sees: the plan, its parent (when given), the date and year in force, and the scan.</summary>
internal sealed class PlanRuleContext(FestivalPlan plan, FestivalPlan? parent, LocalDate date, PlanAnalysis analysis, List<Finding> sink)
    : RuleContext(date, sink)
{
    public FestivalPlan Plan { get; } = plan;

    public FestivalPlan? Parent { get; } = parent;

    /// <summary>The festival year (title, else issue date, else window); null when unknown.</summary>
    public int? Year { get; } = plan.FestivalYear;

    public Mention[] Mentions { get; } = analysis.Mentions;

    /// <summary>The plan's number parsed once per plan, or null when absent.</summary>
    public NodaTime.Text.ParseResult<DocumentNumber>? ParsedNumber => analysis.Number;

    /// <summary>The plan's number when present and well formed.</summary>
    public DocumentNumber? Number => ParsedNumber is { Success: true } r ? r.Value : null;

    /// <summary>A text location with its JSON path, or the path alone when there is no text location.</summary>
    public static Location Where(Location? at, string path) => at is { } a ? a with { Path = path } : Location.AtPath(path);

    /// <summary>A location of a piece of plan text, with its JSON path.</summary>
    public static Location? Where(PlanText? text, string path)
        => text?.At is { } at ? at with { Path = path } : Location.AtPath(path);
}


/// <summary>
/// What the rules derive from a plan before checking it: the statements of its text and its parsed number. Computed
/// once per plan instance (plans are immutable) and cached by the validator.
/// </summary>
internal sealed class PlanAnalysis(FestivalPlan plan, Mention[] mentions)
{
    public Mention[] Mentions { get; } = mentions;

    public NodaTime.Text.ParseResult<DocumentNumber>? Number { get; } = plan.NumberText is { } t ? DocumentNumber.Parse(t) : null;
}
