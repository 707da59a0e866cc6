using AntqDomain.Movement;
using AntqDomain.Documents;
using AntqDomain.Rules;
using FluentValidation;
using NodaTime;
using Severity = AntqDomain.Rules.FindingSeverity;
using AntqDomain.Language;
using AntqDomain.Legal;

namespace AntqDomain.Rules;

/// <summary>What a movement-model rule's predicate sees: the model and the date it is assessed on.</summary>
internal sealed class ModelRuleContext(MovementModel model, LocalDate on, ModelPractice practice) : RuleContext(on)
{
    public MovementModel Model { get; } = model;

    public ModelPractice Practice { get; } = practice;

    public ModelStatus Status { get; } = ModelLifecycle.StatusOn(model, on, practice);
}

/// <summary>ANTQ7xx — movement models.</summary>
internal static class MovementRules
{
    public static IEnumerable<Rule<ModelRuleContext>> All()
    {
        yield return new(
            new(new("ANTQ701"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.ModelGuide(),
                "Mô hình thiếu quyết định thành lập, quy chế hoặc kế hoạch phối hợp", "Model without founding decision, rules or coordination plan",
                "Mô hình \"{name}\" chưa có {missing}.", "The model \"{name}\" has no {missingEn}."),
            static (c, r) =>
            {
                var m = c.Model;
                if (string.IsNullOrWhiteSpace(m.FoundingDecision))
                {
                    c.Report(r, Location.AtPath("$.foundingDecision"), null, ("name", m.Name), ("missing", "quyết định thành lập"), ("missingEn", "founding decision"));
                }

                if (!m.HasOperatingRules)
                {
                    c.Report(r, Location.AtPath("$.hasOperatingRules"), null, ("name", m.Name), ("missing", "quy chế hoạt động"), ("missingEn", "operating rules (quy chế)"));
                }

                if (m.Type == ModelType.SafeSchoolGate && !m.HasCoordinationPlan)
                {
                    c.Report(r, Location.AtPath("$.hasCoordinationPlan"), null, ("name", m.Name),
                        ("missing", "kế hoạch phối hợp giữa nhà trường, Công an xã và Cảnh sát giao thông"), ("missingEn", "coordination plan between the school, the commune police and the traffic police"));
                }
            });

        yield return new(
            new(new("ANTQ702"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.ModelPractice,
                "Mô hình quá hạn sơ kết (mặc định 12 tháng)", "Model review overdue (12 months by default)",
                "Mô hình \"{name}\" chưa sơ kết từ {since} (quá {interval} tính đến {on}).", "The model \"{name}\" has not been reviewed since {since} (over {intervalEn} on {on})."),
            static (c, r) =>
            {
                if (!c.Status.ReviewOverdue)
                {
                    return;
                }

                var since = c.Status.LastReview?.On ?? c.Model.FoundedOn!.Value;
                var (interval, intervalEn) = IntervalText(c.Practice.ReviewInterval);
                c.Report(r, Location.AtPath("$.history"), null, ("name", c.Model.Name), ("since", RuleText.Date(since)), ("on", RuleText.Date(c.Date)),
                    ("interval", interval), ("intervalEn", intervalEn));
            });

        yield return new(
            new(new("ANTQ703"), FindingSeverity.Info, EffectivePeriod.Always, Citations.ModelGuide(),
                "Mô hình không có hiệu quả ở lần sơ kết gần nhất", "No measured effect in the last review",
                "Lần sơ kết ngày {on} của mô hình \"{name}\" không ghi nhận hiệu quả; cân nhắc củng cố hoặc thanh loại.",
                "The review of {on} of the model \"{name}\" measured no effect; consider strengthening or removing it."),
            static (c, r) =>
            {
                if (c.Status.NoEffectInLastReview && c.Status.Stage != ModelStage.Removed)
                {
                    int i = c.Model.History.IndexOf(c.Status.LastReview!);
                    c.Report(r, Location.AtPath($"$.history[{i}]"), c.Status.LastReview!.Decision, ("name", c.Model.Name), ("on", RuleText.Date(c.Status.LastReview.On)));
                }
            });

        yield return new(
            new(new("ANTQ704"), FindingSeverity.Error, EffectivePeriod.Always, Citations.ModelGuide(),
                "Bước không thể có trong vòng đời mô hình", "Impossible lifecycle step",
                "Mô hình \"{name}\" có bước không thể có trong vòng đời: {problem}.", "The model \"{name}\" has an impossible lifecycle step: {problemEn}."),
            static (c, r) =>
            {
                bool anyStep = false;
                foreach (var (i, e, refusal, _) in ModelLifecycle.Walk(c.Model.History, c.Practice))
                {
                    anyStep = true;
                    if (refusal is { } why)
                    {
                        c.Report(r, Location.AtPath($"$.history[{i}]"), e.Decision, ("name", c.Model.Name), ("problem", why.Vi), ("problemEn", why.En));
                    }
                }

                if (!anyStep)
                {
                    c.Report(r, Location.AtPath("$.history"), null, ("name", c.Model.Name),
                        ("problem", "không có bước thành lập"), ("problemEn", "there is no founding step"));
                }
            });

        yield return new(
            new(new("ANTQ705"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.ModelPractice,
                "Bước bỏ qua trình tự thường làm", "Step out of the usual order",
                "Mô hình \"{name}\" chuyển từ \"{from}\" sang \"{to}\" ngày {on}, bỏ qua bước sơ kết thường làm trước đó.",
                "The model \"{name}\" went from \"{fromEn}\" to \"{toEn}\" on {on}, skipping the review that usually comes first."),
            static (c, r) =>
            {
                foreach (var (i, e, _, unusual) in ModelLifecycle.Walk(c.Model.History, c.Practice))
                {
                    if (unusual is { } from)
                    {
                        var (f, fEn) = ModelLifecycle.Name(from);
                        var (t, tEn) = ModelLifecycle.Name(e.Stage);
                        c.Report(r, Location.AtPath($"$.history[{i}]"), e.Decision, ("name", c.Model.Name), ("from", f), ("fromEn", fEn), ("to", t), ("toEn", tEn), ("on", RuleText.Date(e.On)));
                    }
                }
            });
    }

    /// <summary>A review interval in words: "12 tháng" / "12 months", "1 năm 6 tháng" / "1 year 6 months".</summary>
    internal static (string Vi, string En) IntervalText(Period p)
    {
        var n = p.Normalize();
        var vi = new List<string>();
        var en = new List<string>();
        foreach (var (value, unitVi, unitEn) in (ReadOnlySpan<(long, string, string)>)[(n.Years, "năm", "year"), (n.Months, "tháng", "month"), (n.Weeks, "tuần", "week"), (n.Days, "ngày", "day")])
        {
            if (value != 0)
            {
                vi.Add($"{value} {unitVi}");
                en.Add($"{value} {unitEn}{(value == 1 ? "" : "s")}");
            }
        }

        return vi.Count == 0 ? ("0 ngày", "0 days") : (string.Join(' ', vi), string.Join(' ', en));
    }
}

