using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>
/// The rule catalogue (<em>danh mục quy tắc</em>): every rule's data, and the rules in force on a date. The
/// generated page <c>docs/rules.md</c> is written from it. One catalogue holds the rules of every subject: plans
/// (1xx–5xx), commendation proposals (6xx), movement models (7xx), safety-standard assessments (8xx), results
/// reports (900–949) and steering committees (950–999).
/// </summary>
public sealed class RuleCatalogue
{
    private readonly FrozenDictionary<string, RuleDefinition> byCode;

    private RuleCatalogue(
        IEnumerable<PlanRule> planRules,
        IEnumerable<Rule<AwardRuleContext>> awardRules,
        IEnumerable<Rule<ModelRuleContext>> modelRules,
        IEnumerable<Rule<SafetyRuleContext>> safetyRules,
        IEnumerable<Rule<ResultsRuleContext>> resultsRules,
        IEnumerable<Rule<CommitteeRuleContext>> committeeRules,
        IEnumerable<RuleDefinition>? presentationRules = null)
    {
        PlanRules = new(planRules);
        AwardRules = new(awardRules);
        ModelRules = new(modelRules);
        SafetyRules = new(safetyRules);
        ResultsRules = new(resultsRules);
        CommitteeRules = new(committeeRules);
        Rules =
        [
            .. PlanRules.All.Select(r => r.Definition)
                .Concat(AwardRules.All.Select(r => r.Definition))
                .Concat(ModelRules.All.Select(r => r.Definition))
                .Concat(SafetyRules.All.Select(r => r.Definition))
                .Concat(ResultsRules.All.Select(r => r.Definition))
                .Concat(CommitteeRules.All.Select(r => r.Definition))
                .Concat(presentationRules ?? PresentationRules.All)
                .OrderBy(d => d.Code.Number),
        ];
        byCode = Rules.ToFrozenDictionary(r => r.Code.Value, StringComparer.Ordinal);
        if (byCode.Count != Rules.Length)
        {
            throw new InvalidOperationException("Two rules share a code.");
        }
    }

    /// <summary>
    /// The built-in catalogue: document form, calendar, content, ceremony and cascade rules for plans; commendation
    /// rules; movement-model rules; safety-standard rules.
    /// </summary>
    public static RuleCatalogue Default { get; } = new(
        [.. DocumentFormRules.All(), .. CalendarRules.All(), .. ContentRules.All(), .. CeremonyRules.All(), .. CascadeRules.All()],
        CommendationRules.All(),
        global::AntqDomain.Rules.MovementRules.All(),
        global::AntqDomain.Rules.SafetyRules.All(),
        global::AntqDomain.Rules.ResultsRules.All(),
        global::AntqDomain.Rules.CommitteeRules.All());

    /// <summary>Every rule, in code order.</summary>
    public ImmutableArray<RuleDefinition> Rules { get; }

    internal RuleSet<PlanRuleContext> PlanRules { get; }

    internal RuleSet<AwardRuleContext> AwardRules { get; }

    internal RuleSet<ModelRuleContext> ModelRules { get; }

    internal RuleSet<SafetyRuleContext> SafetyRules { get; }

    internal RuleSet<ResultsRuleContext> ResultsRules { get; }

    internal RuleSet<CommitteeRuleContext> CommitteeRules { get; }

    /// <summary>The rules whose effective period contains <paramref name="date"/>.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>The rules in force, in code order.</returns>
    public ImmutableArray<RuleDefinition> InForceOn(LocalDate date) => [.. Rules.Where(r => r.Period.Contains(date))];

    /// <summary>The rules of <paramref name="subject"/>, in code order.</summary>
    /// <param name="subject">What the rules check.</param>
    /// <returns>The rules.</returns>
    public ImmutableArray<RuleDefinition> For(RuleSubject subject) => [.. Rules.Where(r => r.Subject == subject)];

    /// <summary>The rule with <paramref name="code"/>, or null.</summary>
    /// <param name="code">The rule code, e.g. "ANTQ201".</param>
    /// <returns>The rule, or null.</returns>
    public RuleDefinition? Find(string code) => code is not null && byCode.TryGetValue(code, out var r) ? r : null;

    /// <summary>
    /// A catalogue of only the rules with <paramref name="codes"/> (a committee that checks a few points, a test of
    /// one rule). Pass it to any validator.
    /// </summary>
    /// <exception cref="ArgumentException">A code is not in this catalogue.</exception>
    /// <param name="codes">The codes to keep.</param>
    /// <returns>A new catalogue; this one is unchanged.</returns>
    public RuleCatalogue Only(params string[] codes) => Filter(codes, keep: true);

    /// <summary>
    /// A catalogue without the rules with <paramref name="codes"/> (a practice a province does not follow, a rule a
    /// user has decided to silence). Pass it to any validator.
    /// </summary>
    /// <exception cref="ArgumentException">A code is not in this catalogue.</exception>
    /// <param name="codes">The codes to leave out.</param>
    /// <returns>A new catalogue; this one is unchanged.</returns>
    public RuleCatalogue Without(params string[] codes) => Filter(codes, keep: false);

    private RuleCatalogue Filter(string[] codes, bool keep)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var set = codes.ToHashSet(StringComparer.Ordinal);
        if (set.FirstOrDefault(c => !byCode.ContainsKey(c)) is { } unknown)
        {
            throw new ArgumentException($"The catalogue has no rule {unknown}.", nameof(codes));
        }

        bool Kept(RuleDefinition d) => set.Contains(d.Code.Value) == keep;
        return new RuleCatalogue(
            PlanRules.All.Where(r => Kept(r.Definition)),
            AwardRules.All.Where(r => Kept(r.Definition)),
            ModelRules.All.Where(r => Kept(r.Definition)),
            SafetyRules.All.Where(r => Kept(r.Definition)),
            ResultsRules.All.Where(r => Kept(r.Definition)),
            CommitteeRules.All.Where(r => Kept(r.Definition)),
            Rules.Where(d => PresentationRules.All.Contains(d) && Kept(d)));
    }
}
