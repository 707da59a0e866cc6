using System.Collections.Immutable;
using NodaTime;
using static AntqDomain.Language.RuleText;

namespace AntqDomain.Movement;

/// <summary>
/// The life of a movement model as a state machine (<em>vòng đời mô hình</em>): founded by a decision → operating →
/// reviewed (<em>sơ kết</em>) → summarised (<em>tổng kết</em>) → replicated (<em>nhân rộng</em>) or removed
/// (<em>thanh loại</em>). Reviews and summaries recur; removal is final; nothing happens before founding, a model is
/// founded once, and steps never go back in time. Which steps merely skip the usual order is practice, not law:
/// see <see cref="ModelPractice"/>.
/// </summary>
public static class ModelLifecycle
{
    /// <summary>
    /// Whether a model at <paramref name="from"/> (null: not founded) can move to <paramref name="to"/> at all: the
    /// first step is the founding, a model is founded once, and nothing follows its removal.
    /// </summary>
    /// <param name="from">The stage before the step, or null before the founding.</param>
    /// <param name="to">The stage after the step.</param>
    /// <returns>True when such a step is possible at all.</returns>
    public static bool IsAllowed(ModelStage? from, ModelStage to) => (from, to) switch
    {
        (null, ModelStage.Founded) => true,
        (null, _) => false,
        (_, ModelStage.Founded) => false,
        (ModelStage.Removed, _) => false,
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

    /// <summary>
    /// The status of <paramref name="model"/> on <paramref name="on"/>, from the steps dated up to that day, with the
    /// review interval of <paramref name="practice"/> (<see cref="ModelPractice.Default"/> when null).
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="on">The day asked about.</param>
    /// <param name="practice">The committee's practice (review interval); the usual one when null.</param>
    /// <returns>The status on that day.</returns>
    public static ModelStatus StatusOn(MovementModel model, LocalDate on, ModelPractice? practice = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var interval = (practice ?? ModelPractice.Default).ReviewInterval;
        ModelStage? stage = null;
        LocalDate? founded = null;
        LifecycleEvent? review = null;

        // Only accepted steps are facts: a step the lifecycle refuses (ANTQ704), such as replicating a removed model or
        // a review dated before the founding, changes neither the stage nor the last review.
        foreach (var (_, e, refusal, _) in Walk(model.History, practice ?? ModelPractice.Default))
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
        bool overdue = stage is not null and not ModelStage.Removed && since is { } s && s.Year < 9999 && on > s.Plus(interval);
        bool noEffect = review is not null && review.Effect is not { HasEffect: true };
        return new ModelStatus(stage, review, overdue, noEffect);
    }

    /// <summary>
    /// The steps of <paramref name="history"/> in order (null entries skipped) with why each is refused, judged
    /// against the steps accepted before it (a refused step does not move the model on), and, for an accepted step
    /// that skips the usual order of <paramref name="practice"/>, the stage it left.
    /// </summary>
    internal static IEnumerable<(int Index, LifecycleEvent Step, (string Vi, string En)? Refusal, ModelStage? UnusualFrom)> Walk(ImmutableArray<LifecycleEvent> history, ModelPractice practice)
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
            ModelStage? unusual = null;
            if (refusal is null)
            {
                if (stage is { } from && practice.IsUnusual(from, e.Stage))
                {
                    unusual = from;
                }

                stage = e.Stage;
                last = e.On;
            }

            yield return (i, e, refusal, unusual);
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
