using AntqDomain.Results;
using System.Globalization;
using AntqDomain.Administration;
using AntqDomain.Calendar;
using AntqDomain.Documents;
using AntqDomain.Rules;
using NodaTime;
using static AntqDomain.Language.RuleText;
using Severity = AntqDomain.Rules.FindingSeverity;
using AntqDomain.Legal;

namespace AntqDomain.Rules;

/// <summary>What a results rule's predicate sees: one report of the tree, its JSON path, its date and the options.</summary>
internal sealed class ResultsRuleContext(ResultsReport report, string path, LocalDate on, decimal jumpFactor) : RuleContext(on)
{
    public ResultsReport Results { get; } = report;

    public decimal JumpFactor { get; } = jumpFactor;

    /// <summary>Where a figure is: its own location, else its JSON path in the tree.</summary>
    public Location Where(Figure f)
    {
        if (f.At is { } at)
        {
            return at;
        }

        // Every figure a rule reports is one of this report's own.
        return Location.AtPath(string.Create(CultureInfo.InvariantCulture, $"{path}.figures[{Results.Figures.IndexOf(f)}]"));
    }

    public Location Where(string member) => Location.AtPath(path + "." + member);
}

/// <summary>ANTQ9xx — results reports and their roll-up (the reporting clause of the plan above, the review guidance).</summary>
internal static class ResultsRules
{
    private static readonly Citation Reporting = Citations.Guide("chế độ báo cáo kết quả tổ chức Ngày hội");

    public static IEnumerable<Rule<ResultsRuleContext>> All()
    {
        yield return new(
            new(new("ANTQ901"), FindingSeverity.Error, EffectivePeriod.Always, Reporting,
                "Tổng không khớp số liệu của đơn vị cấp dưới", "Total differs from the sum of the units below",
                "{unit}: {indicator} ghi {found}, nhưng {how} của {count} đơn vị cấp dưới là {sum}.",
                "{unit}: {indicatorEn} is {found}, but {howEn} of its {count} units below is {sum}."),
            static (c, r) =>
            {
                var report = c.Results;
                if (report.Children.IsDefaultOrEmpty)
                {
                    return;
                }

                foreach (var f in report.Figures)
                {
                    var parts = report.Children.Select(ch => ch.Of(f.Indicator)).ToList();
                    var stated = parts.OfType<Figure>().ToList();
                    if (stated.Count == 0)
                    {
                        continue;
                    }

                    var sum = ResultsRollup.Sum(stated.Select(s => System.Collections.Immutable.ImmutableArray.Create(s)))[0];
                    bool complete = stated.Count == parts.Count;
                    bool exactSum = complete && sum.IsExact;
                    bool lowerBound = sum.Bound is FigureBound.Exact or FigureBound.MoreThan;
                    bool wrong = f.IsExact && (exactSum ? f.Value != sum.Value : lowerBound && f.Value < sum.Value);
                    if (wrong)
                    {
                        c.Report(r, c.Where(f), null, ("unit", report.Unit), ("indicator", NameVi(f.Indicator)), ("indicatorEn", NameEn(f.Indicator)),
                            ("found", Num(f.Value)), ("sum", Num(sum.Value)), ("count", Num(stated.Count)),
                            ("how", exactSum ? "tổng" : "riêng phần đã báo cáo"), ("howEn", exactSum ? "the sum" : "what is reported"));
                    }
                }
            });

        yield return new(
            new(new("ANTQ902"), FindingSeverity.Error, EffectivePeriod.Always, Reporting,
                "Số đơn vị tổ chức vượt số đơn vị thuộc diện", "More units held it than were in scope",
                "{unit}: {held} đơn vị tổ chức Ngày hội, nhưng chỉ {scope} đơn vị thuộc diện tổ chức.",
                "{unit}: {held} units held the festival, but only {scope} were in scope."),
            static (c, r) =>
            {
                if (c.Results.Of(Indicator.UnitsHeld) is { } held && c.Results.Of(Indicator.UnitsInScope) is { IsExact: true } scope
                    && held.Bound is FigureBound.Exact or FigureBound.MoreThan && held.Value > scope.Value)
                {
                    c.Report(r, c.Where(held), null, ("unit", c.Results.Unit), ("held", Num(held.Value)), ("scope", Num(scope.Value)));
                }
            });

        yield return new(
            new(new("ANTQ903"), FindingSeverity.Error, EffectivePeriod.Always, Reporting,
                "Tỷ lệ không khớp với số liệu", "Percentage disagrees with its counts",
                "{unit}: tỷ lệ {stated}% không khớp với {part}/{whole} = {computed}%.",
                "{unit}: the stated {stated}% disagrees with {part}/{whole} = {computed}%."),
            static (c, r) =>
            {
                foreach (var share in c.Results.Shares)
                {
                    if (c.Results.Of(share.Part) is not { IsExact: true } part || c.Results.Of(share.Whole) is not { IsExact: true } whole)
                    {
                        continue;
                    }

                    decimal computed = whole.Value == 0 ? 0m : 100m * part.Value / whole.Value;
                    int decimals = (decimal.GetBits(share.Percent)[3] >> 16) & 0xFF;
                    decimal tolerance = 0.5m * (decimal)Math.Pow(10, -decimals) + 0.0001m;
                    if (Math.Abs(computed - share.Percent) > tolerance)
                    {
                        c.Report(r, share.At ?? c.Where("shares"), null, ("unit", c.Results.Unit),
                            ("stated", share.Percent.ToString(CultureInfo.InvariantCulture)), ("computed", Math.Round(computed, Math.Max(decimals, 1)).ToString(CultureInfo.InvariantCulture)),
                            ("part", Num(part.Value)), ("whole", Num(whole.Value)));
                    }
                }
            });

        yield return new(
            new(new("ANTQ904"), FindingSeverity.Error, EffectivePeriod.Always, Reporting,
                "Số liệu âm hoặc không thể có", "Negative or impossible figure",
                "Báo cáo của {unit} có số liệu không thể có: {problem}.", "The report of {unit} has an impossible figure: {problemEn}."),
            static (c, r) =>
            {
                var report = c.Results;
                foreach (var f in report.Figures)
                {
                    if (f.Value < 0)
                    {
                        c.Report(r, c.Where(f), null, ("unit", report.Unit), ("problem", $"{NameVi(f.Indicator)} là số âm ({Num(f.Value)})"), ("problemEn", $"{NameEn(f.Indicator)} is negative ({Num(f.Value)})"));
                    }
                }

                if (report.Of(Indicator.ModelsTotal) is { IsExact: true } total)
                {
                    foreach (var part in new[] { Indicator.ModelsNew, Indicator.ModelsEffective, Indicator.ModelsReplicated })
                    {
                        if (report.Of(part) is { } p && p.Bound is FigureBound.Exact or FigureBound.MoreThan && p.Value > total.Value)
                        {
                            c.Report(r, c.Where(p), null, ("unit", report.Unit),
                                ("problem", $"{NameVi(part)} ({Num(p.Value)}) nhiều hơn tổng số mô hình ({Num(total.Value)})"),
                                ("problemEn", $"{NameEn(part)} ({Num(p.Value)}) exceed the models in all ({Num(total.Value)})"));
                        }
                    }
                }
            });

        yield return new(
            new(new("ANTQ905"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Decision521,
                "Kỳ báo cáo không hợp lý", "Reporting period impossible",
                "Kỳ báo cáo của {unit} không hợp lý: {problem}.", "The reporting period of {unit} is impossible: {problemEn}."),
            static (c, r) =>
            {
                var report = c.Results;
                if (!FestivalYear.IsSupported(report.Year))
                {
                    c.Report(r, c.Where("year"), null, ("unit", report.Unit), ("problem", $"năm {report.Year} không có Ngày hội (có từ {FestivalYear.FirstYear})"), ("problemEn", $"{report.Year} has no festival (held from {FestivalYear.FirstYear})"));
                }
                else if (report.ToYear is { } to && to < report.Year)
                {
                    c.Report(r, c.Where("toYear"), null, ("unit", report.Unit), ("problem", $"kỳ tổng kết {report.Year}–{to} kết thúc trước khi bắt đầu"), ("problemEn", $"the review period {report.Year}–{to} ends before it starts"));
                }
                else if (report.Dated is { } dated && (report.ToYear ?? report.Year) > dated.Year)
                {
                    c.Report(r, c.Where("year"), null, ("unit", report.Unit), ("problem", $"báo cáo ngày {Date(dated)} về năm {report.ToYear ?? report.Year} chưa tới"), ("problemEn", $"the report of {Date(dated)} covers {report.ToYear ?? report.Year}, which has not come yet"));
                }
            });

        yield return new(
            new(new("ANTQ906"), FindingSeverity.Error, new EffectivePeriod(UnitType.FirstDayOfTwoTiers), Citations.LocalGovernment2025,
                "Báo cáo của cấp không còn tồn tại", "Report from a level that no longer exists",
                "{unit}: cấp huyện không còn từ ngày 01/7/2025; báo cáo ngày {date} không thể do cấp huyện lập.",
                "{unit}: the district level no longer exists from 1 July 2025; a report dated {date} cannot come from it."),
            static (c, r) =>
            {
                if (c.Results.Level == AdministrativeLevel.District && c.Results.Dated is { } d && d >= UnitType.FirstDayOfTwoTiers)
                {
                    c.Report(r, c.Where("level"), null, ("unit", c.Results.Unit), ("date", Date(d)));
                }
            });

        yield return new(
            new(new("ANTQ907"), FindingSeverity.Warning, EffectivePeriod.Always, Reporting,
                "Báo cáo sau thời hạn", "Report after its deadline",
                "{unit}: báo cáo ngày {date}, sau thời hạn {deadline} mà kế hoạch cấp trên đặt ra.",
                "{unit}: the report is dated {date}, after the deadline {deadline} the plan above set."),
            static (c, r) =>
            {
                if (c.Results.Dated is { } d && c.Results.Deadline is { } deadline && d > deadline)
                {
                    c.Report(r, c.Where("dated"), null, ("unit", c.Results.Unit), ("date", Date(d)), ("deadline", Date(deadline)));
                }
            });

        yield return new(
            new(new("ANTQ908"), FindingSeverity.Info, EffectivePeriod.Always, Reporting,
                "Số liệu thay đổi bất thường so với năm trước", "Unusual change from the year before",
                "{unit}: {indicator} {now} so với {before} năm trước (gấp {ratio} lần): đề nghị kiểm tra lại.",
                "{unit}: {indicatorEn} {now} against {before} a year before ({ratio}×): worth checking."),
            static (c, r) =>
            {
                foreach (var before in c.Results.PreviousYear)
                {
                    if (!before.IsExact || before.Value <= 0 || c.Results.Of(before.Indicator) is not { IsExact: true } now || now.Value <= 0)
                    {
                        continue;
                    }

                    decimal ratio = (decimal)now.Value / before.Value;
                    if (ratio >= c.JumpFactor || ratio <= 1m / c.JumpFactor)
                    {
                        c.Report(r, c.Where(now), null, ("unit", c.Results.Unit), ("indicator", NameVi(now.Indicator)), ("indicatorEn", NameEn(now.Indicator)),
                            ("now", Num(now.Value)), ("before", Num(before.Value)), ("ratio", Math.Round(ratio, 2).ToString(CultureInfo.InvariantCulture)));
                    }
                }
            });

        yield return new(
            new(new("ANTQ909"), FindingSeverity.Warning, EffectivePeriod.Always, Reporting,
                "Số người tham gia vượt dân số", "More participants than the population",
                "{unit}: {found} người tham gia, nhiều hơn dân số {population}: nếu là lượt người, ghi rõ \"lượt\".",
                "{unit}: {found} participants, more than the population of {population}: if these are visits, say \"lượt\"."),
            static (c, r) =>
            {
                if (c.Results.Of(Indicator.Participants) is { } p && c.Results.Of(Indicator.Population) is { IsExact: true } pop && p.Bound is FigureBound.Exact or FigureBound.MoreThan && p.Value > pop.Value)
                {
                    c.Report(r, c.Where(p), null, ("unit", c.Results.Unit), ("found", Num(p.Value)), ("population", Num(pop.Value)));
                }
            });
    }

    internal static string NameVi(Indicator i) => i switch
    {
        Indicator.UnitsHeld => "số đơn vị tổ chức Ngày hội",
        Indicator.UnitsInScope => "số đơn vị thuộc diện tổ chức",
        Indicator.Participants => "số lượt người tham gia",
        Indicator.Population => "dân số",
        Indicator.Banners => "số băng rôn, khẩu hiệu",
        Indicator.Signs => "số pano, áp phích",
        Indicator.Exhibitions => "số triển lãm",
        Indicator.PropagandaClasses => "số lớp, buổi tuyên truyền",
        Indicator.ClassAttendees => "số lượt người dự tuyên truyền",
        Indicator.NewsItems => "số tin, bài",
        Indicator.Contests => "số cuộc thi",
        Indicator.ContestParticipants => "số lượt người dự thi",
        Indicator.ModelsTotal => "tổng số mô hình",
        Indicator.ModelsNew => "số mô hình mới",
        Indicator.ModelsEffective => "số mô hình hoạt động hiệu quả",
        Indicator.ModelsReplicated => "số mô hình nhân rộng",
        Indicator.ModelsRemoved => "số mô hình thanh loại",
        Indicator.TypicalExamples => "số điển hình tiên tiến",
        Indicator.CollectivesCommended => "số tập thể được khen thưởng",
        Indicator.IndividualsCommended => "số cá nhân được khen thưởng",
        Indicator.CrimeTips => "số tin báo, tố giác tội phạm",
        Indicator.WeaponsSurrendered => "số vũ khí giao nộp",
        Indicator.ExplosivesSurrendered => "số vật liệu nổ giao nộp",
        Indicator.DisputesMediated => "số vụ việc hòa giải thành",
        Indicator.UnitsRecognisedSafe => "số đơn vị đạt tiêu chuẩn An toàn về an ninh, trật tự",
        _ => i.ToString(),
    };

    internal static string NameEn(Indicator i) => i switch
    {
        Indicator.UnitsHeld => "units that held the festival",
        Indicator.UnitsInScope => "units in scope",
        Indicator.Participants => "participants",
        Indicator.Population => "population",
        Indicator.Banners => "banners and slogans",
        Indicator.Signs => "signs and panels",
        Indicator.Exhibitions => "exhibitions",
        Indicator.PropagandaClasses => "propaganda classes",
        Indicator.ClassAttendees => "class attendees",
        Indicator.NewsItems => "news items",
        Indicator.Contests => "contests",
        Indicator.ContestParticipants => "contest participants",
        Indicator.ModelsTotal => "models in all",
        Indicator.ModelsNew => "new models",
        Indicator.ModelsEffective => "effective models",
        Indicator.ModelsReplicated => "replicated models",
        Indicator.ModelsRemoved => "removed models",
        Indicator.TypicalExamples => "typical examples",
        Indicator.CollectivesCommended => "collectives commended",
        Indicator.IndividualsCommended => "individuals commended",
        Indicator.CrimeTips => "crime tips",
        Indicator.WeaponsSurrendered => "weapons surrendered",
        Indicator.ExplosivesSurrendered => "explosives surrendered",
        Indicator.DisputesMediated => "disputes mediated",
        Indicator.UnitsRecognisedSafe => "units recognised safe",
        _ => i.ToString(),
    };
}
