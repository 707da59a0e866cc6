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

        // The rule set only changes on the first day of a period or the day after its last: split time there once,
        // so finding the rules in force is a binary search instead of a period test per rule.
        var starts = new SortedSet<LocalDate>();
        foreach (var r in planRules)
        {
            if (r.Definition.Period.From is { } f)
            {
                starts.Add(f);
            }

            if (r.Definition.Period.To is { } t && t < LocalDate.MaxIsoValue)
            {
                starts.Add(t.PlusDays(1));
            }
        }

        segmentStarts = [.. starts];
        segments = new PlanRule[segmentStarts.Length + 1][];
        for (int i = 0; i <= segmentStarts.Length; i++)
        {
            // Segment i runs from segmentStarts[i - 1] (or the beginning of time) to the day before segmentStarts[i].
            LocalDate probe = i == 0 ? LocalDate.MinIsoValue : segmentStarts[i - 1];
            segments[i] = [.. planRules.Where(r => r.Definition.Period.Contains(probe))];
        }
    }

    private readonly LocalDate[] segmentStarts;
    private readonly PlanRule[][] segments;

    /// <summary>The plan rules in force on <paramref name="date"/>, in catalogue order.</summary>
    internal PlanRule[] PlanRulesOn(LocalDate date)
    {
        int i = Array.BinarySearch(segmentStarts, date);
        return segments[i >= 0 ? i + 1 : ~i];
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
