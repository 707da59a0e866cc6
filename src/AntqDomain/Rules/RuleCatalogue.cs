using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>
/// The rule catalogue (<em>danh mục quy tắc</em>): every rule's data, and the rules in force on a date. The
/// generated page <c>docs/rules.md</c> is written from it.
/// </summary>
public sealed class RuleCatalogue
{
    private readonly FrozenDictionary<string, RuleDefinition> byCode;

    private RuleCatalogue(ImmutableArray<PlanRule> planRules)
    {
        PlanRules = planRules;
        Rules = [.. planRules.Select(r => r.Definition).OrderBy(d => d.Code.Number)];
        byCode = Rules.ToFrozenDictionary(r => r.Code.Value, StringComparer.Ordinal);
        if (byCode.Count != Rules.Length)
        {
            throw new InvalidOperationException("Two rules share a code.");
        }
    }

    /// <summary>The built-in catalogue (groups 1xx–5xx: document form, calendar, content, ceremony, cascade).</summary>
    public static RuleCatalogue Default { get; } = new(
    [
        .. DocumentFormRules.All(), .. CalendarRules.All(), .. ContentRules.All(), .. CeremonyRules.All(), .. CascadeRules.All(),
    ]);

    /// <summary>Every rule, in code order.</summary>
    public ImmutableArray<RuleDefinition> Rules { get; }

    internal ImmutableArray<PlanRule> PlanRules { get; }

    /// <summary>The rules whose effective period contains <paramref name="date"/>.</summary>
    public ImmutableArray<RuleDefinition> InForceOn(LocalDate date) => [.. Rules.Where(r => r.Period.Contains(date))];

    /// <summary>The rule with <paramref name="code"/>, or null.</summary>
    public RuleDefinition? Find(string code) => code is not null && byCode.TryGetValue(code, out var r) ? r : null;
}
