using AntqDomain.Documents;

namespace AntqDomain.Results;

/// <summary>
/// One figure of a results report (<em>số liệu</em>): what it counts, its value, whether it was stated exactly or as a
/// bound, and where it is.
/// </summary>
/// <param name="Indicator">What it counts.</param>
/// <param name="Value">The value (non-negative for a sound report).</param>
/// <param name="Bound">Exact, or the kind of bound ("hơn 500").</param>
/// <param name="At">Where it is stated (line and column in text, a JSON path in JSON), or null.</param>
public sealed record Figure(Indicator Indicator, long Value, FigureBound Bound = FigureBound.Exact, Location? At = null)
{
    /// <summary>Whether the figure was stated exactly.</summary>
    public bool IsExact => Bound == FigureBound.Exact;
}
