using System.Collections.Immutable;
using NodaTime;
using static AntqDomain.Rules.RuleText;

namespace AntqDomain.Movement;

/// <summary>
/// The life of a movement model as a state machine (<em>vòng đời mô hình</em>): founded by a decision → operating →
/// reviewed (<em>sơ kết</em>) → summarised (<em>tổng kết</em>) → replicated (<em>nhân rộng</em>) or removed
/// (<em>thanh loại</em>). Reviews and summaries recur; removal is final; nothing happens before founding, and steps
/// never go back in time.
/// </summary>
public static class ModelLifecycle
{
    /// <summary>A review is due within this period after the last one (or the founding).</summary>
    public static Period ReviewInterval { get; } = Period.FromMonths(12);

    /// <summary>Whether a model at <paramref name="from"/> (null: not founded) may move to <paramref name="to"/>.</summary>
    public static bool IsAllowed(ModelStage? from, ModelStage to) => (from, to) switch
    {
        (null, ModelStage.Founded) => true,
        (null, _) => false,
        (_, ModelStage.Founded) => false,
        (ModelStage.Removed, _) => false,
        (ModelStage.Founded, ModelStage.Summarised or ModelStage.Replicated) => false,
        (ModelStage.Operating, ModelStage.Operating or ModelStage.Replicated) => false,
        _ => true,
    };

    /// <summary>Why <paramref name="step"/> is impossible after <paramref name="from"/> reached on <paramref name="lastOn"/>, in Vietnamese and English; null when it is possible.</summary>
    internal static (string Vi, string En)? Refusal(ModelStage? from, LocalDate? lastOn, LifecycleEvent step)
    {
        if (from is null && step.Stage != ModelStage.Founded)
        {
            return ($"bước \"{Name(step.Stage).Vi}\" ngày {Date(step.On)} diễn ra trước khi mô hình được thành lập", $"the step \"{Name(step.Stage).En}\" on {Date(step.On)} comes before the model was founded");
        }

        if (from == ModelStage.Removed)
        {
            return ($"mô hình đã bị thanh loại, không thể \"{Name(step.Stage).Vi}\" ngày {Date(step.On)}", $"the model was removed and cannot be \"{Name(step.Stage).En}\" on {Date(step.On)}");
        }

        if (!IsAllowed(from, step.Stage))
        {
            return ($"không thể chuyển từ \"{Name(from!.Value).Vi}\" sang \"{Name(step.Stage).Vi}\" ngày {Date(step.On)}", $"a model cannot go from \"{Name(from!.Value).En}\" to \"{Name(step.Stage).En}\" on {Date(step.On)}");
        }

        if (lastOn is { } last && step.On < last)
        {
            return ($"bước \"{Name(step.Stage).Vi}\" ngày {Date(step.On)} ghi trước bước liền trước ({Date(last)})", $"the step \"{Name(step.Stage).En}\" on {Date(step.On)} is dated before the step before it ({Date(last)})");
        }

        return null;
    }

    /// <summary>The status of <paramref name="model"/> on <paramref name="on"/>, from the steps dated up to that day.</summary>
    public static ModelStatus StatusOn(MovementModel model, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(model);
        ModelStage? stage = null;
        LocalDate? founded = null;
        LifecycleEvent? review = null;

        // Only accepted steps are facts: a step the lifecycle refuses (ANTQ704), such as replicating a removed model or
        // a review dated before the founding, changes neither the stage nor the last review.
        foreach (var (_, e, refusal) in Walk(model.History))
        {
            if (refusal is not null || e.On > on)
            {
                continue;
            }

            stage = e.Stage;
            if (e.Stage == ModelStage.Founded)
            {
                founded ??= e.On;
            }
            else if (e.Stage is ModelStage.Reviewed or ModelStage.Summarised)
            {
                review = e;
            }
        }

        LocalDate? since = review?.On ?? founded;
        bool overdue = stage is not null and not ModelStage.Removed && since is { } s && s.Year < 9999 && on > s.Plus(ReviewInterval);
        bool noEffect = review is not null && review.Effect is not { HasEffect: true };
        return new ModelStatus(stage, review, overdue, noEffect);
    }

    /// <summary>
    /// The steps of <paramref name="history"/> in order (null entries skipped) with why each is refused, judged
    /// against the steps accepted before it: a refused step does not move the model on.
    /// </summary>
    internal static IEnumerable<(int Index, LifecycleEvent Step, (string Vi, string En)? Refusal)> Walk(ImmutableArray<LifecycleEvent> history)
    {
        ModelStage? stage = null;
        LocalDate? last = null;
        for (int i = 0; !history.IsDefault && i < history.Length; i++)
        {
            if (history[i] is not { } e)
            {
                continue;
            }

            var refusal = Refusal(stage, last, e);
            if (refusal is null)
            {
                stage = e.Stage;
                last = e.On;
            }

            yield return (i, e, refusal);
        }
    }

    internal static (string Vi, string En) Name(ModelStage s) => s switch
    {
        ModelStage.Founded => ("thành lập", "founded"),
        ModelStage.Operating => ("hoạt động", "operating"),
        ModelStage.Reviewed => ("sơ kết", "reviewed"),
        ModelStage.Summarised => ("tổng kết", "summarised"),
        ModelStage.Replicated => ("nhân rộng", "replicated"),
        _ => ("thanh loại", "removed"),
    };
}
