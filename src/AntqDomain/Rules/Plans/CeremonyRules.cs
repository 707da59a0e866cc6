using AntqDomain.Documents;
using AntqDomain.Plans;
using AntqDomain.Legal;

namespace AntqDomain.Rules;

/// <summary>ANTQ4xx — the ceremony programme (guidance of the level above; Decree 111/2018/NĐ-CP art. 10, 13).</summary>
internal static class CeremonyRules
{
    /// <summary>
    /// The steps every ceremony has, whatever template it follows: the flag salute, the opening speech and the close.
    /// Awards are "(nếu có)" — if any — in Decree 111/2018 art. 13 cl. 1, so a ceremony without them is complete
    /// (ANTQ403 still compares an awards step with the commendation part).
    /// </summary>
    internal static readonly CeremonyStepKind[] Required = [CeremonyStepKind.FlagSalute, CeremonyStepKind.OpeningSpeech, CeremonyStepKind.Closing];

    internal static (string Vi, string En) Name(CeremonyStepKind k) => k switch
    {
        CeremonyStepKind.WelcomePerformance => ("văn nghệ chào mừng", "welcome performance"),
        CeremonyStepKind.FlagSalute => ("chào cờ", "flag salute"),
        CeremonyStepKind.Introduction => ("tuyên bố lý do, giới thiệu đại biểu", "reason and introduction of delegates"),
        CeremonyStepKind.Programme => ("thông báo chương trình", "programme"),
        CeremonyStepKind.OpeningSpeech => ("diễn văn khai mạc, đánh giá kết quả", "opening speech with the review"),
        CeremonyStepKind.Discussion => ("tọa đàm, trao đổi kinh nghiệm", "discussion"),
        CeremonyStepKind.Awards => ("công bố quyết định và trao thưởng", "announcement of decisions and awards"),
        CeremonyStepKind.SuperiorSpeech => ("đại biểu cấp trên phát biểu, tặng quà", "superiors' speech and gifts"),
        CeremonyStepKind.HostReply => ("phát biểu đáp từ", "host's reply"),
        CeremonyStepKind.PledgeSigning => ("ký kết giao ước thi đua", "signing of emulation pledges"),
        CeremonyStepKind.ModelLaunch => ("ra mắt mô hình", "launch of a model"),
        CeremonyStepKind.Closing => ("bế mạc", "closing"),
        _ => ("bước khác", "other step"),
    };

    public static IEnumerable<PlanRule> All()
    {
        yield return new(
            new(new("ANTQ401"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Guide("Phần lễ"),
                "Phần lễ thiếu bước bắt buộc", "Ceremony misses a required step",
                "Phần lễ thiếu bước bắt buộc: {step}.", "The ceremony misses a required step: {stepEn}."),
            static (c, r) =>
            {
                if (!c.Facts.HasCeremonySteps)
                {
                    return;
                }

                foreach (var k in c.Facts.MissingRequired!)
                {
                    var (vi, en) = Name(k);
                    c.Report(r, PlanRuleContext.Where(c.Plan.Ceremony!.At, "$.ceremony.steps"), null, ("step", vi), ("stepEn", en));
                }
            });

        yield return new(
            new(new("ANTQ402"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Guide("Phần lễ"),
                "Trình tự Phần lễ sai", "Ceremony steps out of order",
                "Bước \"{step}\" đứng sau \"{after}\", trái với trình tự Phần lễ.", "The step \"{stepEn}\" comes after \"{afterEn}\", against the ceremony order."),
            static (c, r) =>
            {
                if (!c.Facts.HasCeremonySteps)
                {
                    return;
                }

                if (c.Facts.InOrderWithSomeTemplate)
                {
                    return;
                }

                var (template, index) = PlanFacts.GuideOn(c.Date);
                int bad = c.Facts.OutOfOrderAt![index];
                if (bad >= 0)
                {
                    ReportOutOfOrder(c, r, template, bad);
                }
            });

        yield return new(
            new(new("ANTQ403"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.Guide("Phần III"),
                "Trao thưởng và phần Khen thưởng không khớp", "Awards step and commendation part disagree",
                "Bước trao thưởng của Phần lễ và phần Khen thưởng của kế hoạch không khớp nhau.", "The ceremony's awards step and the plan's commendation part disagree.")
            {
                Outcomes =
                [
                    new("noCommendationPart", "Phần lễ có trao thưởng nhưng kế hoạch không có phần Khen thưởng.", "The ceremony presents awards but the plan has no commendation part."),
                    new("noAwardsStep", "Kế hoạch có phần Khen thưởng nhưng Phần lễ không có bước trao thưởng.", "The plan has a commendation part but the ceremony has no awards step."),
                ],
            },
            static (c, r) =>
            {
                if (!c.Facts.HasCeremonySteps)
                {
                    return;
                }

                bool awards = c.Facts.HasAwardsStep;
                // One detector for "the plan commends": a commendation part, or an item about commendation (as ANTQ308).
                bool part = c.Facts.Section(SectionKind.Commendation) is not null || c.Facts.HasCommendationItem;
                if (awards && !part)
                {
                    c.ReportOutcome(r, "noCommendationPart", c.BelongsBefore(SectionKind.Commendation, "$.sections"), null);
                }
                else if (!awards && part)
                {
                    c.ReportOutcome(r, "noAwardsStep", Location.AtPath("$.ceremony.steps"), null);
                }
            });

        yield return new(
            new(new("ANTQ404"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.Decree111("Điều 10"),
                "Tiêu đề khánh tiết sai mẫu", "Backdrop title off the template",
                "Tiêu đề khánh tiết chưa đúng mẫu: {problem}.", "The backdrop title does not follow the template: {problemEn}."),
            static (c, r) =>
            {
                var lines = c.Plan.BackdropTitle;
                if (lines.IsDefaultOrEmpty || c.Year is not { } y)
                {
                    return;
                }

                var facts = c.Facts.Backdrop;
                int festival = facts.FestivalLine;
                bool yearLine = facts.YearLine;
                var dateLine = facts.DateLine;
                bool augustLine = facts.AugustLine;
                if (festival > 0 && yearLine && augustLine)
                {
                    return;
                }

                var problems = new List<(string Vi, string En)>();
                if (festival < 0)
                {
                    problems.Add(("thiếu dòng \"NGÀY HỘI\"", "the line \"NGÀY HỘI\" is missing"));
                }
                else if (festival == 0)
                {
                    problems.Add(("thiếu tên cơ quan, đơn vị tổ chức ở dòng đầu", "the organiser's name is missing on the first line"));
                }

                if (!yearLine)
                {
                    string expected = $"TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM {y}";
                    problems.Add(($"thiếu dòng \"{expected}\"", $"the line \"{expected}\" is missing"));
                }

                if (dateLine is null)
                {
                    problems.Add(("thiếu dòng địa danh, ngày tháng 8", "the place and August date line is missing"));
                }
                else if (!augustLine)
                {
                    problems.Add(($"ngày ở dòng cuối phải là tháng 8 năm {y} hoặc một ngày trong thời gian tổ chức", $"the date line must be in August {y} or on a day of the plan's window"));
                }

                c.Report(r, PlanRuleContext.Where(lines[0], "$.backdropTitle"), string.Join(" / ", lines.Select(l => l.Text)),
                    ("problem", string.Join("; ", problems.Select(p => p.Vi))), ("problemEn", string.Join("; ", problems.Select(p => p.En))));
            });

        yield return new(
            new(new("ANTQ405"), FindingSeverity.Info, EffectivePeriod.Always, Citations.Guide("Phần lễ"),
                "Bước tùy chọn chưa có", "Optional steps left out",
                "Phần lễ chưa có các bước tùy chọn: {steps}; đơn vị tổ chức cân nhắc.", "The ceremony leaves out optional steps: {stepsEn}; the organiser may decide."),
            static (c, r) =>
            {
                if (!c.Facts.HasCeremonySteps)
                {
                    return;
                }

                var (template, index) = PlanFacts.GuideOn(c.Date);
                if (c.Facts.MissesOptional![index])
                {
                    ReportMissingOptional(c, r, template);
                }
            });
    }

    // The reporting paths live apart from the predicates, so that a plan without findings allocates no closure.
    private static void ReportOutOfOrder(PlanRuleContext c, RuleDefinition r, CeremonyTemplate template, int bad)
    {
        var steps = c.Plan.Ceremony!.Steps;
        int badAt = template.IndexOf(steps[bad].Kind);
        var prev = steps.Take(bad).Last(s => template.IndexOf(s.Kind) > badAt);
        c.Report(r, PlanRuleContext.Where(steps[bad].Text, $"$.ceremony.steps[{bad}]"), steps[bad].Text.Text,
            ("step", Name(steps[bad].Kind).Vi), ("stepEn", Name(steps[bad].Kind).En), ("after", Name(prev.Kind).Vi), ("afterEn", Name(prev.Kind).En));
    }

    private static void ReportMissingOptional(PlanRuleContext c, RuleDefinition r, CeremonyTemplate template)
    {
        var ceremony = c.Plan.Ceremony!;
        var missing = template.Steps.Where(s => s.Optional && !ceremony.Has(s.Kind)).Select(s => Name(s.Kind)).ToList();
        c.Report(r, PlanRuleContext.Where(ceremony.At, "$.ceremony"), null,
            ("steps", string.Join(", ", missing.Select(m => m.Vi))), ("stepsEn", string.Join(", ", missing.Select(m => m.En))));
    }

    /// <summary>Whether <paramref name="text"/> has <paramref name="prefix"/> followed by the digits of <paramref name="year"/>.</summary>
    internal static bool ContainsWithYear(string text, string prefix, int year)
    {
        Span<char> digits = stackalloc char[11];
        if (!year.TryFormat(digits, out int n, default, System.Globalization.CultureInfo.InvariantCulture))
        {
            return false;
        }

        var rest = text.AsSpan();
        int at;
        while ((at = rest.IndexOf(prefix, StringComparison.Ordinal)) >= 0)
        {
            rest = rest[(at + prefix.Length)..];
            if (rest.StartsWith(digits[..n], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>-1 when the typed steps follow the template's order; else the index of the first step out of order.</summary>
    internal static int InOrder(System.Collections.Immutable.ImmutableArray<CeremonyStep> steps, CeremonyTemplate template)
    {
        int max = -1;
        for (int i = 0; i < steps.Length; i++)
        {
            int at = template.IndexOf(steps[i].Kind);
            if (at < 0)
            {
                continue;
            }

            if (at < max)
            {
                return i;
            }

            max = at;
        }

        return -1;
    }
}
