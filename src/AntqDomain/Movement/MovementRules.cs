using AntqDomain.Documents;
using AntqDomain.Rules;
using AntqDomain.Text;
using FluentValidation;
using NodaTime;
using Severity = AntqDomain.Text.Severity;

namespace AntqDomain.Movement;

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
            new(new("ANTQ701"), Severity.Warning, EffectivePeriod.Always, Citations.ModelGuide(),
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
            new(new("ANTQ702"), Severity.Warning, EffectivePeriod.Always, Citations.ModelPractice,
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
            new(new("ANTQ703"), Severity.Info, EffectivePeriod.Always, Citations.ModelGuide(),
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
            new(new("ANTQ704"), Severity.Error, EffectivePeriod.Always, Citations.ModelGuide(),
                "Bước không thể có trong vòng đời mô hình", "Impossible lifecycle step",
                "Mô hình \"{name}\": {problem}.", "The model \"{name}\": {problemEn}."),
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
            new(new("ANTQ705"), Severity.Warning, EffectivePeriod.Always, Citations.ModelPractice,
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

/// <summary>
/// Checks movement models (<em>kiểm tra mô hình</em>) on a date against the rules of group 7xx. A FluentValidation
/// validator over <see cref="ModelAssessment"/>; thread-safe.
/// </summary>
public sealed class ModelValidator : RuleValidator<ModelAssessment>
{
    private readonly ModelPractice practice;

    /// <summary>
    /// A validator over <paramref name="catalogue"/> (the default when null); <paramref name="clock"/> gives the date
    /// when none is asked for; <paramref name="practice"/> is the committee's review interval and usual order
    /// (<see cref="ModelPractice.Default"/> when null).
    /// </summary>
    public ModelValidator(RuleCatalogue? catalogue = null, IClock? clock = null, ModelPractice? practice = null)
        : base(catalogue, clock)
        => this.practice = practice ?? ModelPractice.Default;

    /// <summary>Checks <paramref name="model"/> on <paramref name="on"/> (today by the clock when null).</summary>
    public ValidationReport Check(MovementModel model, LocalDate? on = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.History.IsDefault || model.Name is null || model.History.Contains(null!))
        {
            // Unset or null parts of a model built in code get findings, not exceptions.
            model = model with { Name = model.Name ?? "?", History = model.History.IsDefault ? [] : [.. model.History.Where(e => e is not null)] };
        }

        var context = new ModelRuleContext(model, on ?? Today, practice);
        return Run(Catalogue.ModelRules, context);
    }

    private protected override ValidationReport CheckSubject(ModelAssessment subject) => Check(subject.Model, subject.On);
}

/// <summary>A model to check on a date (<em>yêu cầu kiểm tra mô hình</em>).</summary>
/// <param name="Model">The model.</param>
/// <param name="On">The date; today by the validator's clock when null; <c>"assessedOn"</c> in JSON.</param>
public sealed record ModelAssessment(MovementModel Model, [property: System.Text.Json.Serialization.JsonPropertyName("assessedOn")] LocalDate? On = null);
