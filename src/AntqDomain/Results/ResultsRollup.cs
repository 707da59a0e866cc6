using System.Collections.Immutable;
using AntqDomain.Administration;

namespace AntqDomain.Results;

/// <summary>
/// Adds up the reports of the units below into the report of the level above (<em>tổng hợp số liệu</em>): communes
/// into a province, provinces into the centre. Exact figures add up exactly; a sum with any bound stays a bound
/// (lower bounds give a lower bound; anything else "about"); the children are kept, so every figure's provenance is
/// <see cref="ResultsReport.Contributions"/>.
/// </summary>
public static class ResultsRollup
{
    /// <summary>The report of <paramref name="unit"/> at <paramref name="level"/> whose figures are the sums of <paramref name="children"/>'.</summary>
    /// <param name="unit">The unit above ("tỉnh Tuyên Quang", "toàn quốc").</param>
    /// <param name="level">Its level.</param>
    /// <param name="year">The festival year; the children must all report it.</param>
    /// <param name="children">The reports of the units below.</param>
    /// <returns>The rolled-up report, with the children attached.</returns>
    /// <exception cref="ArgumentException">A child reports another year, or two children are the same unit.</exception>
    public static ResultsReport Of(string unit, AdministrativeLevel level, int year, IEnumerable<ResultsReport> children)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        ArgumentNullException.ThrowIfNull(children);
        var list = children.ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in list)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(children));
            if (c.Year != year || c.ToYear is not null)
            {
                throw new ArgumentException($"The report of {c.Unit} is for {c.Year}{(c.ToYear is { } t ? "–" + t : string.Empty)}, not the {year} festival.", nameof(children));
            }

            if (!seen.Add(c.Unit))
            {
                throw new ArgumentException($"{c.Unit} is reported twice: a unit is counted once (after a merger, report the new unit).", nameof(children));
            }
        }

        return new ResultsReport
        {
            Unit = unit,
            Level = level,
            Year = year,
            Figures = Sum(list.Select(c => c.Figures)),
            Children = list,
        };
    }

    /// <summary>
    /// The previous-year figures of units that merged (<em>số liệu năm trước của đơn vị sau sắp xếp</em>): for each new
    /// unit, the sum of the figures of the units it absorbed, by a mapping the caller gives (new unit → former units).
    /// </summary>
    /// <param name="previous">Last year's reports of the former units.</param>
    /// <param name="absorbed">For each new unit, the former units it took in.</param>
    /// <returns>For each new unit, its baseline figures (empty when none of its former units reported).</returns>
    public static ImmutableDictionary<string, ImmutableArray<Figure>> Baselines(IEnumerable<ResultsReport> previous, IReadOnlyDictionary<string, IReadOnlyList<string>> absorbed)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(absorbed);
        var byUnit = previous.ToDictionary(r => r.Unit, StringComparer.Ordinal);
        var result = ImmutableDictionary.CreateBuilder<string, ImmutableArray<Figure>>(StringComparer.Ordinal);
        foreach (var (unit, formers) in absorbed)
        {
            result[unit] = Sum(formers.Where(byUnit.ContainsKey).Select(f => byUnit[f].Figures));
        }

        return result.ToImmutable();
    }

    /// <summary>The indicator-by-indicator sums of several lists of figures, in indicator order.</summary>
    internal static ImmutableArray<Figure> Sum(IEnumerable<ImmutableArray<Figure>> lists)
    {
        var sums = new SortedDictionary<Indicator, (long Value, FigureBound Bound)>();
        foreach (var figures in lists)
        {
            foreach (var f in figures.IsDefault ? [] : figures)
            {
                sums[f.Indicator] = sums.TryGetValue(f.Indicator, out var s) ? Add(s, (f.Value, f.Bound)) : (f.Value, f.Bound);
            }
        }

        return [.. sums.Select(kv => new Figure(kv.Key, kv.Value.Value, kv.Value.Bound))];
    }

    /// <summary>
    /// The sum of two figures. A sum past the range of <see cref="long"/> (figures no report states, but input can) is
    /// kept at the limit as a bound: the true sum is more than <see cref="long.MaxValue"/> (or less than
    /// <see cref="long.MinValue"/>), never an exception or a wrapped value.
    /// </summary>
    private static (long Value, FigureBound Bound) Add((long Value, FigureBound Bound) a, (long Value, FigureBound Bound) b)
    {
        long sum = unchecked(a.Value + b.Value);
        var bound = Combine(a.Bound, b.Bound);
        bool up = a.Value > 0 && b.Value > 0 && sum < 0;
        bool down = a.Value < 0 && b.Value < 0 && sum >= 0;
        return up ? (long.MaxValue, Combine(bound, FigureBound.MoreThan))
            : down ? (long.MinValue, Combine(bound, FigureBound.LessThan))
            : (sum, bound);
    }

    /// <summary>The bound of a sum: exact + exact is exact; lower bounds (and exacts) give a lower bound, upper bounds an upper bound; mixed, about.</summary>
    internal static FigureBound Combine(FigureBound a, FigureBound b) => (a, b) switch
    {
        (FigureBound.Exact, var x) => x,
        (var x, FigureBound.Exact) => x,
        var (x, y) when x == y => x,
        _ => FigureBound.About,
    };
}
