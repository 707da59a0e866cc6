using System.Collections.Immutable;
using NodaTime;
using AntqDomain.Rules;

namespace AntqDomain.Movement;

/// <summary>
/// The working practice a steering committee applies to movement models (<em>nề nếp sơ kết, trình tự thường làm</em>):
/// how often a model is reviewed and which steps are out of the usual order. No legal text found fixes either, so they
/// are settings with a common default rather than law: a committee that reviews every six months, or that lets a
/// model be replicated straight after a summary review, passes its own practice to the <see cref="ModelValidator"/>.
/// What the lifecycle itself forbids (a step before founding, after removal, a second founding, a step back in time)
/// is not practice and stays an error (ANTQ704).
/// </summary>
/// <param name="ReviewInterval">A review (<em>sơ kết</em>) is due within this period after the last one or the founding (ANTQ702).</param>
/// <param name="UnusualSteps">Steps that skip the usual order (ANTQ705, a warning): the stage before, then the stage after.</param>
public sealed record ModelPractice(Period ReviewInterval, ImmutableArray<StageStep> UnusualSteps)
{
    /// <summary>
    /// The common practice: a review every 12 months; summarising or replicating a model that has not been operating
    /// and reviewed yet, and replicating one that was never reviewed, are unusual.
    /// </summary>
    public static ModelPractice Default { get; } = new(
        Period.FromMonths(12),
        [
            new(ModelStage.Founded, ModelStage.Summarised),
            new(ModelStage.Founded, ModelStage.Replicated),
            new(ModelStage.Operating, ModelStage.Replicated),
        ]);

    /// <summary>Whether going from <paramref name="from"/> to <paramref name="to"/> skips the usual order.</summary>
    /// <param name="from">The stage before the step.</param>
    /// <param name="to">The stage after the step.</param>
    /// <returns>True when the step skips the usual order.</returns>
    public bool IsUnusual(ModelStage from, ModelStage to) => !UnusualSteps.IsDefault && UnusualSteps.Contains(new StageStep(from, to));

    /// <inheritdoc />
    public bool Equals(ModelPractice? other)
        => other is not null && ReviewInterval == other.ReviewInterval && Internal.Structural.Equal(UnusualSteps, other.UnusualSteps);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ReviewInterval, Internal.Structural.Hash(UnusualSteps));
}
