using System.Collections.Immutable;
using AntqDomain.Plans;
using AntqDomain.Rules;

namespace AntqDomain.Reading;

/// <summary>
/// What a reader returns (<em>kết quả đọc</em>): the plan, or null when the input could not be read at all, and the
/// diagnostics. Reading never throws for bad input.
/// </summary>
/// <param name="Plan">The plan, or null when an error diagnostic says why none could be read.</param>
/// <param name="Diagnostics">Reader diagnostics, in input order.</param>
public sealed record PlanReadResult(FestivalPlan? Plan, ImmutableArray<ReadDiagnostic> Diagnostics)
{
    /// <summary>Whether a plan was read.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Plan))]
    public bool Success => Plan is not null;

    /// <summary>The plan, or an exception explaining the first error.</summary>
    /// <exception cref="PlanFormatException">No plan could be read.</exception>
    /// <returns>The plan.</returns>
    public FestivalPlan GetPlanOrThrow()
        => Plan ?? throw new PlanFormatException(Diagnostics.FirstOrDefault(d => d.Severity == FindingSeverity.Error)?.MessageEn ?? "No plan could be read.");
}
