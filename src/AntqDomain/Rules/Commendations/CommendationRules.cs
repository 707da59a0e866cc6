using AntqDomain.Commendations;
using System.Globalization;
using AntqDomain.Documents;
using AntqDomain.Rules;
using NodaTime;
using static AntqDomain.Language.RuleText;
using AntqDomain.Language;
using AntqDomain.Legal;

namespace AntqDomain.Rules;

/// <summary>What a commendation rule's predicate sees: the proposal, its date, "today" and the authority table.</summary>
internal sealed class AwardRuleContext(AwardProposal proposal, LocalDate today, AuthorityTable authorities)
    : RuleContext(proposal.Date)
{
    public AwardProposal Proposal { get; } = proposal;

    public Nominee Nominee { get; } = proposal.Nominee;

    /// <summary>Today, from the validator's clock.</summary>
    public LocalDate Today { get; } = today;

    public AuthorityTable Authorities { get; } = authorities;

    public bool IsMedal => Proposal.Form == CommendationForm.CommemorativeMedal;

    /// <summary>The medal's service test on the proposal date, measured once per validation run.</summary>
    public MedalServiceResult Eligibility => eligibility ??= MedalEligibility.Evaluate(Nominee, Date);

    private MedalServiceResult? eligibility;

    /// <summary>The medal circular in force on the proposal date.</summary>
    public Citation MedalCircular => Date < MedalThresholds.Circular20From ? Citations.Circular11() : Citations.Circular20();

    /// <summary>Reports a medal rule's finding, citing the circular in force on the date.</summary>
    public void ReportMedal(RuleDefinition rule, Location? at, string? excerpt, params (string Name, string Value)[] args)
        => ReportCiting(rule, MedalCircular, at, excerpt, args);

    /// <summary>Reports a medal rule's outcome <paramref name="key"/>, citing the circular in force on the date.</summary>
    public void ReportMedalOutcome(RuleDefinition rule, string key, Location? at, string? excerpt, params (string Name, string Value)[] args)
        => ReportOutcomeCiting(rule, key, MedalCircular, at, excerpt, args);
}

/// <summary>ANTQ6xx — commendations (Law 06/2022/QH15, Decree 98/2023, Circulars 11/2021 and 20/2025).</summary>
internal static class CommendationRules
{
    private static readonly LocalDate LawOf2022 = new(2024, 1, 1);

    /// <summary>No date in a commendation file can be earlier than this: the People's Police and the state itself date from 1945.</summary>
    private static readonly LocalDate EarliestPlausible = new(1945, 1, 1);

    internal static (string Vi, string En) Name(CommendationForm f) => f switch
    {
        CommendationForm.CertificateOfMerit => ("Bằng khen", "certificate of merit (Bằng khen)"),
        CommendationForm.CommendationCertificate => ("Giấy khen", "certificate of commendation (Giấy khen)"),
        CommendationForm.EmulationFlag => ("Cờ thi đua", "emulation flag (Cờ thi đua)"),
        CommendationForm.CommemorativeMedal => ("Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\"", "the commemorative medal \"Bảo vệ an ninh Tổ quốc\""),
        CommendationForm.Badge => ("Huy hiệu", "badge (Huy hiệu)"),
        CommendationForm.GloriousFighterMedal => ("Huy chương \"Chiến sĩ vẻ vang\"", "the medal \"Chiến sĩ vẻ vang\""),
        CommendationForm.ForNationalSecurityMedal => ("Huy chương \"Vì an ninh Tổ quốc\"", "the medal \"Vì an ninh Tổ quốc\""),
        CommendationForm.Order => ("Huân chương vì thành tích phục vụ trong Công an nhân dân", "an order for service in the People's Police (Huân chương)"),
        CommendationForm.OtherOrder => ("Huân chương", "an order (Huân chương)"),
        _ => (f.ToString(), f.ToString()),
    };

    public static IEnumerable<Rule<AwardRuleContext>> All()
    {
        yield return new(
            new(new("ANTQ601"), FindingSeverity.Error, EffectivePeriod.Always, Citations.MedalCirculars,
                "Đề nghị tặng Kỷ niệm chương lần thứ hai", "Medal proposed a second time",
                "{name} đã được tặng Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\" ngày {on}; Kỷ niệm chương chỉ tặng một lần.",
                "{name} already received the commemorative medal \"Bảo vệ an ninh Tổ quốc\" on {on}; it is given once per person."),
            static (c, r) =>
            {
                if (!c.IsMedal)
                {
                    return;
                }

                for (int i = 0; i < c.Nominee.PriorAwards.Length; i++)
                {
                    var a = c.Nominee.PriorAwards[i];
                    if (a.Form == CommendationForm.CommemorativeMedal && a.On <= c.Date)
                    {
                        c.ReportMedal(r, Location.AtPath($"$.nominee.priorAwards[{i}]"), a.Decision, ("name", c.Nominee.Name), ("on", Date(a.On)));
                        return;
                    }
                }
            });

        yield return new(
            new(new("ANTQ602"), FindingSeverity.Error, EffectivePeriod.Always, Citations.MedalCirculars,
                "Chưa đủ thời gian công tác", "Service short of the threshold",
                "Thời gian công tác của {name} chưa đủ để xét tặng Kỷ niệm chương.", "The service of {name} is not enough for the medal.")
            {
                Outcomes =
                [
                    new("noTeamPeriod", "Từ ngày 28/4/2025 (Thông tư 20/2025/TT-BCA), Kỷ niệm chương xét cho thành viên Tổ bảo vệ an ninh, trật tự ở cơ sở; {name} không có thời gian tham gia Tổ (thời gian ở các lực lượng trước đây chỉ được cộng thêm).", "From 28/4/2025 (Circular 20/2025/TT-BCA) the medal is for members of the grassroots security team; {name} has no period in the team (earlier roles only add to that time)."),
                    new("noService", "{name} không có thời gian giữ chức vụ lãnh đạo hay tham gia lực lượng ở cơ sở để xét tặng Kỷ niệm chương.", "{name} has no service as a leader or in the grassroots force to count toward the medal."),
                    new("short", "Thời gian {who} chưa đủ {years} năm theo {circular} tại ngày {on}: còn thiếu {missing} ({days} ngày).{note}", "Service {whoEn} is short of the {years} years {circular} requires on {on}: short by {missingEn} ({days} days).{noteEn}"),
                ],
            },
            static (c, r) =>
            {
                if (!c.IsMedal || c.Nominee.Kind != NomineeKind.Individual)
                {
                    return;
                }

                var result = c.Eligibility;
                if (result.Meets)
                {
                    return;
                }

                if (result.NoGrassrootsTeamPeriod)
                {
                    c.ReportMedalOutcome(r, "noTeamPeriod", Location.AtPath("$.nominee.service"), null, ("name", c.Nominee.Name));
                    return;
                }

                if (result.Threshold is not { } t || result.Shortfall is not { } s)
                {
                    c.ReportMedalOutcome(r, "noService", Location.AtPath("$.nominee.service"), null, ("name", c.Nominee.Name));
                    return;
                }

                string who = t.Group switch
                {
                    MedalGroup.Leader => "giữ chức vụ lãnh đạo",
                    MedalGroup.GrassrootsWomen => "tham gia lực lượng ở cơ sở (nữ)",
                    _ => "tham gia lực lượng ở cơ sở (nam)",
                };
                string whoEn = t.Group switch
                {
                    MedalGroup.Leader => "in leading posts",
                    MedalGroup.GrassrootsWomen => "in the grassroots force (women)",
                    _ => "in the grassroots force (men)",
                };
                var missing = s.Missing;
                string on = Date(c.Date), years = Num(t.Years), days = Num(s.Days);
                string note = (result.LeftOutPostsBelowDivision ? " Không tính thời gian giữ chức vụ dưới cấp phòng, ban (tổ trưởng, trưởng thôn…)." : string.Empty)
                    + (result.CountedFrom is { } from ? $" Thời gian công tác tính từ ngày {Date(from)}, sau khi hết thời hạn kỷ luật." : string.Empty);
                string noteEn = (result.LeftOutPostsBelowDivision ? " Posts below a division or board (team or village heads) do not count." : string.Empty)
                    + (result.CountedFrom is { } fromEn ? $" Service counts from {Date(fromEn)}, after the disciplinary measure ended." : string.Empty);
                c.ReportMedalOutcome(r, "short", Location.AtPath("$.nominee.service"), null,
                    ("who", who), ("whoEn", whoEn), ("years", years), ("circular", t.Citation.Abbreviation), ("on", on),
                    ("missing", ServiceTime.InWordsVi(missing)), ("missingEn", ServiceTime.InWordsEn(missing)), ("days", days), ("note", note), ("noteEn", noteEn));
            });

        yield return new(
            new(new("ANTQ611"), FindingSeverity.Error, new EffectivePeriod(MedalThresholds.Circular20From), Citations.Circular20(),
                "Thành viên Tổ chưa được đánh giá hoàn thành tốt nhiệm vụ", "Team member not rated as completing the tasks well",
                "{name} là thành viên Tổ bảo vệ an ninh, trật tự ở cơ sở nhưng không được đánh giá \"hoàn thành tốt nhiệm vụ\", điều kiện Thông tư 20/2025/TT-BCA đặt ra để xét tặng Kỷ niệm chương.",
                "{name} is a member of the grassroots security team but was not rated as completing the tasks well (\"hoàn thành tốt nhiệm vụ\"), which Circular 20/2025/TT-BCA requires for the medal."),
            static (c, r) =>
            {
                var n = c.Nominee;
                if (!c.IsMedal || n.CompletedTasksWell is not false || !n.Service.Any(static p => p is { Role: ServiceRole.GrassrootsForce }))
                {
                    return;
                }

                // A nominee who qualifies as a leader is judged on that route, where the rating does not apply.
                if (n.IsLeader && MedalEligibility.EvaluateRoute(n, asLeader: true, c.Date).Meets)
                {
                    return;
                }

                c.Report(r, Location.AtPath("$.nominee.completedTasksWell"), null, ("name", n.Name));
            });

        yield return new(
            new(new("ANTQ603"), FindingSeverity.Error, EffectivePeriod.Always, Citations.MedalCirculars,
                "Thuộc trường hợp không xét tặng", "Excluded from the medal",
                "{name} không được xét tặng Kỷ niệm chương: {reason}.", "{name} cannot receive the medal: {reasonEn}."),
            static (c, r) =>
            {
                if (!c.IsMedal)
                {
                    return;
                }

                var n = c.Nominee;
                for (int i = 0; i < n.PriorAwards.Length; i++)
                {
                    var f = n.PriorAwards[i].Form;
                    if (f is CommendationForm.GloriousFighterMedal or CommendationForm.ForNationalSecurityMedal or CommendationForm.Order)
                    {
                        var (vi, en) = Name(f);
                        c.ReportMedal(r, Location.AtPath($"$.nominee.priorAwards[{i}]"), n.PriorAwards[i].Decision, ("name", n.Name), ("reason", "đã được tặng " + vi), ("reasonEn", "holds " + en));
                    }
                }

                for (int i = 0; i < n.Exclusions.Length; i++)
                {
                    var (vi, en) = n.Exclusions[i] switch
                    {
                        Exclusion.Prosecuted => ("đang bị truy cứu trách nhiệm hình sự", "is being prosecuted"),
                        Exclusion.CompulsoryEducation => ("bị đưa vào cơ sở giáo dục bắt buộc", "was sent to compulsory education"),
                        _ => ("bị tước danh hiệu Công an nhân dân", "was stripped of police status"),
                    };
                    c.ReportMedal(r, Location.AtPath($"$.nominee.exclusions[{i}]"), null, ("name", n.Name), ("reason", vi), ("reasonEn", en));
                }
            });

        yield return new(
            new(new("ANTQ604"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.EmulationLaw(),
                "Chưa xét khen thưởng", "Consideration deferred",
                "Chưa xét khen thưởng {name} khi {matter}.", "The commendation of {name} is deferred while {matterEn}."),
            static (c, r) =>
            {
                var n = c.Nominee;
                for (int i = 0; i < n.Pending.Length; i++)
                {
                    var (vi, en) = n.Pending[i] switch
                    {
                        PendingMatter.Discipline => ("đang xem xét kỷ luật", "a disciplinary case is pending"),
                        PendingMatter.Complaint => ("đang giải quyết khiếu nại, tố cáo", "a complaint is being resolved"),
                        _ => ("đang thanh tra, kiểm tra", "an inspection is under way"),
                    };
                    c.Report(r, Location.AtPath($"$.nominee.pending[{i}]"), null, ("name", n.Name), ("matter", vi), ("matterEn", en));
                }
            });

        yield return new(
            new(new("ANTQ605"), FindingSeverity.Error, EffectivePeriod.Always, Citations.MedalCirculars,
                "Cán bộ lãnh đạo chưa đủ điều kiện", "Leader does not qualify",
                "{name} (xét theo diện cán bộ lãnh đạo): {problem}.", "{name} (judged as a leader): {problemEn}."),
            static (c, r) =>
            {
                var n = c.Nominee;
                if (!c.IsMedal || !n.IsLeader)
                {
                    return;
                }

                // A nominee is judged on the route by which they qualify: one who meets the grassroots members' test
                // is not held to the leaders' conditions; anyone else who held a leading post is.
                if (n.IsGrassrootsForce && MedalEligibility.EvaluateRoute(n, asLeader: false, c.Date).Meets)
                {
                    return;
                }

                bool earlier = false;
                foreach (var a in n.PriorAwards)
                {
                    // Circular 11/2021: the earlier award is from the district People's Committee or the provincial
                    // police or higher; a commune chair's Giấy khen does not count. Circular 20/2025 sets no level.
                    earlier |= a.ForMovement && a.On < c.Date && (c.Date >= MedalThresholds.Circular20From || a.DecidedBy != Authority.CommuneChair);
                }

                if (!earlier)
                {
                    c.ReportMedal(r, Location.AtPath("$.nominee.priorAwards"), null, ("name", n.Name),
                        ("problem", "chưa có hình thức khen thưởng nào trước đó về thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc"),
                        ("problemEn", "no earlier commendation for the people's security movement"));
                }

                if (n.UnitHadSeriousIncident || n.UnitWasHotspot)
                {
                    c.ReportMedal(r, Location.AtPath(n.UnitHadSeriousIncident ? "$.nominee.unitHadSeriousIncident" : "$.nominee.unitWasHotspot"), null, ("name", n.Name),
                        ("problem", "đơn vị do người này lãnh đạo để xảy ra vụ việc nghiêm trọng hoặc là địa bàn trọng điểm phức tạp về an ninh, trật tự"),
                        ("problemEn", "the unit led had a serious incident or was a crime hotspot"));
                }
            });

        yield return new(
            new(new("ANTQ606"), FindingSeverity.Error, EffectivePeriod.Always, Citations.EmulationLaws,
                "Hình thức vượt thẩm quyền hoặc không còn tồn tại", "Form beyond the authority or no longer existing",
                "Hình thức {form} không thể do {authority} quyết định vào ngày {date}.", "{formEn} cannot be conferred by {authorityEn} on {date}.")
            {
                Outcomes =
                [
                    new("formGone", "Hình thức \"{form}\" không còn là hình thức khen thưởng vào ngày {date}.", "The form {formEn} no longer exists on {date}."),
                    new("beyondAuthority", "{authority}{unknown} không có thẩm quyền tặng {form} vào ngày {date}; thẩm quyền thuộc: {listAllowed}.", "{authorityEn}{unknownEn} may not confer {formEn} on {date}; it is for: {listAllowedEn}."),
                ],
            },
            static (c, r) =>
            {
                var p = c.Proposal;
                var (form, formEn) = Name(p.Form);
                if (!c.Authorities.Exists(p.Form, c.Date))
                {
                    var law = c.Date < LawOf2022 ? Citations.EmulationLaw2003() : Citations.EmulationLaw();
                    c.ReportOutcomeCiting(r, "formGone", law, Location.AtPath("$.form"), null, ("form", form), ("formEn", formEn), ("date", Date(c.Date)));
                    return;
                }

                if (!c.Authorities.MayDecide(p.Authority, p.Form, c.Date))
                {
                    var allowed = c.Authorities.Grants.Where(g => g.Form == p.Form && g.Period.Contains(c.Date)).ToList();
                    string unknown = c.Authorities.Grants.Any(g => g.Authority == p.Authority) ? "" : " (không có trong bảng thẩm quyền)";
                    string unknownEn = unknown.Length == 0 ? "" : " (not in the authority table)";
                    // The form exists on the day, so someone may decide it: cite the law of the first who may.
                    c.ReportOutcomeCiting(r, "beyondAuthority", allowed[0].Citation with { Provision = null }, Location.AtPath("$.authority"), null,
                        ("authority", p.Authority.NameVi), ("authorityEn", p.Authority.NameEn), ("unknown", unknown), ("unknownEn", unknownEn), ("form", form), ("formEn", formEn), ("date", Date(c.Date)),
                        ("listAllowed", string.Join(", ", allowed.Select(g => g.Authority.NameVi).Distinct())), ("listAllowedEn", string.Join(", ", allowed.Select(g => g.Authority.NameEn).Distinct())));
                }
            });

        yield return new(
            new(new("ANTQ607"), FindingSeverity.Warning, new EffectivePeriod(new LocalDate(2025, 6, 14)), Citations.Decree152,
                "Tính khen thưởng đột xuất, chuyên đề làm căn cứ khen thưởng cao hơn", "Ad-hoc or thematic award counted toward a higher award",
                "Khen thưởng {kind} ngày {on} không được tính làm căn cứ đề nghị khen thưởng thành tích thường xuyên mức cao hơn.",
                "The {kindEn} award of {on} does not count toward a higher regular-achievement award."),
            static (c, r) =>
            {
                var p = c.Proposal;
                if (p.Kind != AwardKind.RegularAchievement)
                {
                    return;
                }

                for (int i = 0; i < p.CountedAwards.Length; i++)
                {
                    var a = p.CountedAwards[i];
                    if (a.Kind is AwardKind.AdHoc or AwardKind.Thematic)
                    {
                        c.Report(r, Location.AtPath($"$.countedAwards[{i}]"), a.Decision,
                            ("kind", a.Kind == AwardKind.AdHoc ? "đột xuất" : "theo chuyên đề"), ("kindEn", a.Kind == AwardKind.AdHoc ? "ad-hoc" : "thematic"), ("on", Date(a.On)));
                    }
                }
            });

        yield return new(
            new(new("ANTQ608"), FindingSeverity.Warning, new EffectivePeriod(LawOf2022), Citations.EmulationLaw(),
                "Dùng thuật ngữ khen thưởng cũ", "Outdated commendation wording",
                "\"{found}\" là cách gọi theo quy định cũ; từ 01/01/2024 dùng \"khen thưởng phong trào thi đua\".",
                "\"{found}\" is the wording of the old rules; since 1 January 2024 the term is \"khen thưởng phong trào thi đua\" (award for an emulation movement)."),
            static (c, r) =>
            {
                if (c.Proposal.Wording is not { Length: > 0 } wording)
                {
                    return;
                }

                string w = SpacedWords.Even(wording);
                string f = VietnameseText.Fold(w);
                foreach (string phrase in (ReadOnlySpan<string>)["khen thuong theo dot", "khen thuong theo chuyen de", "khen thuong chuyen de"])
                {
                    int at = f.IndexOf(phrase, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        string found = w.Substring(at, phrase.Length);
                        c.Report(r, Location.AtPath("$.wording"), found, ("found", found));
                        return;
                    }
                }
            });

        yield return new(
            new(new("ANTQ609"), FindingSeverity.Error, EffectivePeriod.Always, Citations.EmulationLaw(),
                "Ngày tháng trong hồ sơ không hợp lệ", "Impossible dates in the file",
                "Một ngày trong hồ sơ đề nghị không thể đúng.", "A date in the proposal file cannot be right.")
            {
                Outcomes =
                [
                    new("proposalBefore1945", "Ngày đề nghị {on} trước năm 1945: không thể là ngày thật.", "The proposal date {on} is before 1945: it cannot be a real date."),
                    new("proposalInFuture", "Ngày đề nghị {on} ở sau ngày hôm nay ({today}).", "The proposal date {on} is after today ({today})."),
                    new("serviceBefore1945", "Thời gian công tác bắt đầu ngày {from}, trước năm 1945: ngày này không thể đúng, cần sửa trước khi tính thời gian.", "The service period starts on {from}, before 1945: the date cannot be right and must be corrected before service is counted."),
                    new("serviceReversed", "Thời gian công tác từ {from} đến {to} có ngày kết thúc trước ngày bắt đầu; không được tính.", "The service period {from}–{to} ends before it starts; it is not counted."),
                    new("serviceNotBefore", "Thời gian công tác bắt đầu ngày {from}, không trước ngày đề nghị {on}; không được tính.", "The service period starts on {from}, not before the proposal date {on}; it is not counted."),
                    new("awardBefore1945", "Khen thưởng đã có được ghi ngày {awarded}, trước năm 1945.", "A prior award is dated {awarded}, before 1945."),
                    new("awardAfterProposal", "Khen thưởng đã có được ghi ngày {awarded}, sau ngày đề nghị {on}.", "A prior award is dated {awarded}, after the proposal date {on}."),
                ],
            },
            static (c, r) =>
            {
                var p = c.Proposal;
                if (p.Date < EarliestPlausible)
                {
                    c.ReportOutcome(r, "proposalBefore1945", Location.AtPath("$.proposedOn"), null, ("on", Date(p.Date)));
                }
                else if (p.Date > c.Today)
                {
                    c.ReportOutcome(r, "proposalInFuture", Location.AtPath("$.proposedOn"), null, ("on", Date(p.Date)), ("today", Date(c.Today)));
                }

                var service = c.Nominee.Service;
                for (int i = 0; i < service.Length; i++)
                {
                    var s = service[i];
                    if (s.From < EarliestPlausible)
                    {
                        c.ReportOutcome(r, "serviceBefore1945", Location.AtPath($"$.nominee.service[{i}].from"), s.Post, ("from", Date(s.From)));
                    }

                    if (s.IsReversed)
                    {
                        c.ReportOutcome(r, "serviceReversed", Location.AtPath($"$.nominee.service[{i}]"), s.Post, ("from", Date(s.From)), ("to", Date(s.To!.Value)));
                    }
                    else if (s.From >= p.Date)
                    {
                        c.ReportOutcome(r, "serviceNotBefore", Location.AtPath($"$.nominee.service[{i}]"), s.Post, ("from", Date(s.From)), ("on", Date(p.Date)));
                    }
                }

                var awards = c.Nominee.PriorAwards;
                for (int i = 0; i < awards.Length; i++)
                {
                    var a = awards[i];
                    if (a.On < EarliestPlausible)
                    {
                        c.ReportOutcome(r, "awardBefore1945", Location.AtPath($"$.nominee.priorAwards[{i}].awardedOn"), a.Decision, ("awarded", Date(a.On)));
                    }

                    if (a.On > p.Date)
                    {
                        c.ReportOutcome(r, "awardAfterProposal", Location.AtPath($"$.nominee.priorAwards[{i}]"), a.Decision, ("awarded", Date(a.On)), ("on", Date(p.Date)));
                    }
                }
            });

        yield return new(
            new(new("ANTQ610"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.MedalCirculars,
                "Thời gian công tác chồng lấn", "Overlapping service periods",
                "Các khoảng thời gian công tác của {name} chồng lấn nhau; phần trùng chỉ được tính một lần.",
                "Service periods of {name} overlap; the overlap is counted once."),
            static (c, r) =>
            {
                var service = c.Nominee.Service;
                if (!c.IsMedal || service.Length < 2)
                {
                    return;
                }

                bool overlap = ServiceTime.Count(service, static role => role == ServiceRole.Leader, c.Date, false).HasOverlap
                               || ServiceTime.Count(service, ServiceTime.IsGrassroots, c.Date, false).HasOverlap;
                if (overlap)
                {
                    c.ReportMedal(r, Location.AtPath("$.nominee.service"), null, ("name", c.Nominee.Name));
                }
            });
    }
}
