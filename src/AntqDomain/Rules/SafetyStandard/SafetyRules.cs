using AntqDomain.SafetyStandard;
using System.Globalization;
using AntqDomain.Documents;
using AntqDomain.Rules;
using FluentValidation;
using NodaTime;
using static AntqDomain.Language.RuleText;
using Severity = AntqDomain.Rules.FindingSeverity;
using AntqDomain.Legal;

namespace AntqDomain.Rules;

/// <summary>What a safety-standard rule's predicate sees: the assessment, its date and the thresholds then.</summary>
internal sealed class SafetyRuleContext(SafetyAssessment assessment, LocalDate on) : RuleContext(on)
{
    public SafetyAssessment Assessment { get; } = assessment;

    public SafetyThreshold? Threshold { get; } = SafetyThresholds.On(on);

    public bool IsProposedCommune => Assessment.ProposedSafe && Assessment.Unit == AssessedUnitKind.Commune;

    /// <summary>Reports a finding citing the wording of the standard in force on the date.</summary>
    public void ReportStandard(RuleDefinition rule, Location? at, string? excerpt, params (string Name, string Value)[] args)
        => ReportCiting(rule, Threshold?.Citation ?? rule.Citation, at, excerpt, args);
}

/// <summary>ANTQ8xx — the standard "An toàn về an ninh, trật tự" (Circular 124/2021/TT-BCA as amended by Circular 48/2025/TT-BCA).</summary>
internal static class SafetyRules
{
    private static readonly EffectivePeriod Standard = new(new LocalDate(2022, 2, 10));

    private static string Percent(decimal share) => (share * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static IEnumerable<Rule<SafetyRuleContext>> All()
    {
        yield return new(
            new(new("ANTQ801"), FindingSeverity.Error, Standard, Citations.SafetyStandard(),
                "Xã đề nghị công nhận an toàn nhưng không có mô hình hoạt động hiệu quả", "Commune proposed without an effective model",
                "{name} có {found} mô hình hoạt động hiệu quả; cần ít nhất {needed}.", "{name} has {found} effectively operating models; at least {needed} needed."),
            static (c, r) =>
            {
                if (c.IsProposedCommune && c.Threshold is { } t && c.Assessment.EffectiveModels < t.MinimumEffectiveModels)
                {
                    c.ReportStandard(r, Location.AtPath("$.effectiveModels"), null, ("name", c.Assessment.Name), ("found", Num(c.Assessment.EffectiveModels)), ("needed", Num(t.MinimumEffectiveModels)));
                }
            });

        yield return new(
            new(new("ANTQ802"), FindingSeverity.Error, Standard, Citations.SafetyStandard(),
                "Tỷ lệ đăng ký hoặc được công nhận chưa đạt", "Registration or recognition share too low",
                "{name} chưa đạt tỷ lệ đăng ký hoặc được công nhận theo tiêu chuẩn: {problem}.", "{name} falls short of the standard's registration or recognition share: {problemEn}."),
            static (c, r) =>
            {
                var a = c.Assessment;
                if (!c.IsProposedCommune || c.Threshold is not { } t)
                {
                    return;
                }

                if (a.UnitsTotal <= 0)
                {
                    c.ReportStandard(r, Location.AtPath("$.unitsTotal"), null, ("name", a.Name),
                        ("problem", "không nêu số khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục thuộc diện đánh giá"), ("problemEn", "the number of units to assess is not given"));
                    return;
                }

                if (a.UnitsRegistered < a.UnitsTotal * t.RegisteredShare)
                {
                    c.ReportStandard(r, Location.AtPath("$.unitsRegistered"), null, ("name", a.Name),
                        ("problem", $"{Num(a.UnitsRegistered)}/{Num(a.UnitsTotal)} đơn vị đăng ký, chưa đạt {Percent(t.RegisteredShare)}"),
                        ("problemEn", $"{Num(a.UnitsRegistered)} of {Num(a.UnitsTotal)} units registered, short of {Percent(t.RegisteredShare)}"));
                }

                if (a.UnitsRecognised < a.UnitsTotal * t.RecognisedShare)
                {
                    c.ReportStandard(r, Location.AtPath("$.unitsRecognised"), null, ("name", a.Name),
                        ("problem", $"{Num(a.UnitsRecognised)}/{Num(a.UnitsTotal)} đơn vị được công nhận, chưa đạt {Percent(t.RecognisedShare)}"),
                        ("problemEn", $"{Num(a.UnitsRecognised)} of {Num(a.UnitsTotal)} units recognised, short of {Percent(t.RecognisedShare)}"));
                }
            });

        yield return new(
            new(new("ANTQ803"), FindingSeverity.Error, Standard, Citations.SafetyStandard(),
                "Cán bộ Công an xã bị kỷ luật trong kỳ", "Commune police member disciplined",
                "{name} có cán bộ Công an xã bị kỷ luật trong kỳ đánh giá.", "A member of the commune police of {name} was disciplined in the period."),
            static (c, r) =>
            {
                if (c.IsProposedCommune && c.Assessment.CommunePoliceDisciplined)
                {
                    c.ReportStandard(r, Location.AtPath("$.communePoliceDisciplined"), null, ("name", c.Assessment.Name));
                }
            });

        yield return new(
            new(new("ANTQ804"), FindingSeverity.Error, Standard, Citations.SafetyStandard(),
                "Khu dân cư thiếu điều kiện hoặc có vụ việc loại trừ", "Residential area lacks a condition or had an excluding incident",
                "{name} chưa đủ điều kiện của khu dân cư đạt tiêu chuẩn: {problem}.", "{name} does not meet a condition of the standard: {problemEn}."),
            static (c, r) =>
            {
                var a = c.Assessment;
                if (!a.ProposedSafe)
                {
                    return;
                }

                if (a.Unit == AssessedUnitKind.ResidentialArea && !a.PartyCellResolution)
                {
                    c.ReportStandard(r, Location.AtPath("$.partyCellResolution"), null, ("name", a.Name), ("problem", "chưa có nghị quyết của chi bộ về xây dựng khu dân cư an toàn"), ("problemEn", "no Party-cell resolution on the standard"));
                }

                if (a.Unit == AssessedUnitKind.ResidentialArea && !a.RegisteredInFirstQuarter)
                {
                    c.ReportStandard(r, Location.AtPath("$.registeredInFirstQuarter"), null, ("name", a.Name), ("problem", "không đăng ký trong quý I"), ("problemEn", "not registered in the first quarter"));
                }

                if (a.ExcludingIncident)
                {
                    c.ReportStandard(r, Location.AtPath("$.excludingIncident"), null, ("name", a.Name), ("problem", "xảy ra vụ việc thuộc trường hợp loại trừ trong kỳ đánh giá"), ("problemEn", "an excluding incident happened in the period"));
                }
            });

        yield return new(
            new(new("ANTQ805"), FindingSeverity.Warning, Standard, Citations.SafetyStandard(),
                "Đối tượng không thuộc diện đánh giá", "Unit outside the standard",
                "{name} là {what}, không thuộc diện xét công nhận tiêu chuẩn.", "{name} is {whatEn}, which the standard does not assess."),
            static (c, r) =>
            {
                var a = c.Assessment;
                if (!a.ProposedSafe || a.Excluded.IsDefaultOrEmpty)
                {
                    return;
                }

                for (int i = 0; i < a.Excluded.Length; i++)
                {
                    var (vi, en) = a.Excluded[i] switch
                    {
                        ExcludedUnit.ArmedForces => ("đơn vị lực lượng vũ trang", "an armed-forces unit"),
                        ExcludedUnit.SmallOrMicroEnterprise => ("doanh nghiệp nhỏ, siêu nhỏ", "a small or micro enterprise"),
                        ExcludedUnit.PrimarySchool => ("trường tiểu học", "a primary school"),
                        ExcludedUnit.Kindergarten => ("trường mầm non, mẫu giáo", "a kindergarten"),
                        _ => ("nhà trẻ, nhóm trẻ", "a nursery"),
                    };
                    c.ReportStandard(r, Location.AtPath($"$.excluded[{i}]"), null, ("name", a.Name), ("what", vi), ("whatEn", en));
                }
            });

        yield return new(
            new(new("ANTQ806"), FindingSeverity.Error, EffectivePeriod.Always, Citations.SafetyStandard(),
                "Số liệu hoặc kỳ đánh giá không hợp lệ", "Impossible figures or period",
                "Hồ sơ đánh giá {name} có số liệu hoặc kỳ đánh giá không hợp lệ: {problem}.", "The assessment of {name} has an impossible figure or period: {problemEn}."),
            static (c, r) =>
            {
                var a = c.Assessment;
                if (a.Year is < 2 or > 9999)
                {
                    c.Report(r, Location.AtPath("$.year"), null, ("name", a.Name), ("problem", $"năm đánh giá {Num(a.Year)} không hợp lệ"), ("problemEn", $"the assessment year {Num(a.Year)} is impossible"));
                }
                else if (a.ProposedOn is { } d && d < a.Period.Start)
                {
                    c.Report(r, Location.AtPath("$.proposedOn"), null, ("name", a.Name),
                        ("problem", $"ngày đề nghị {Date(d)} trước khi kỳ đánh giá bắt đầu ({Date(a.Period.Start)})"),
                        ("problemEn", $"the proposal date {Date(d)} is before the period starts ({Date(a.Period.Start)})"));
                }

                if (a.EffectiveModels < 0 || a.UnitsTotal < 0 || a.UnitsRegistered < 0 || a.UnitsRecognised < 0)
                {
                    c.Report(r, Location.AtPath("$"), null, ("name", a.Name), ("problem", "có số liệu âm"), ("problemEn", "a figure is negative"));
                }
                else if (a.UnitsRegistered > a.UnitsTotal || a.UnitsRecognised > a.UnitsRegistered)
                {
                    c.Report(r, Location.AtPath(a.UnitsRegistered > a.UnitsTotal ? "$.unitsRegistered" : "$.unitsRecognised"), null, ("name", a.Name),
                        ("problem", $"số đơn vị được công nhận ({Num(a.UnitsRecognised)}) hoặc đăng ký ({Num(a.UnitsRegistered)}) vượt số đơn vị thuộc diện đánh giá ({Num(a.UnitsTotal)})"),
                        ("problemEn", $"units recognised ({Num(a.UnitsRecognised)}) or registered ({Num(a.UnitsRegistered)}) exceed the units to assess ({Num(a.UnitsTotal)})"));
                }
            });
    }
}

