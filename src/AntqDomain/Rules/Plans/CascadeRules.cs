using AntqDomain.Committees;
using AntqDomain.Administration;
using AntqDomain.Documents;
using AntqDomain.Plans;
using NodaTime;
using AntqDomain.Language;
using AntqDomain.Legal;

namespace AntqDomain.Rules;

/// <summary>ANTQ5xx — the cascade of plans and the organisation behind them (2025 local-government reform, guidance).</summary>
internal static class CascadeRules
{
    private static (string Vi, string En) LevelName(AdministrativeLevel l) => l switch
    {
        AdministrativeLevel.Central => ("Trung ương", "central"),
        AdministrativeLevel.Province => ("tỉnh", "province"),
        AdministrativeLevel.District => ("huyện", "district"),
        AdministrativeLevel.Commune => ("xã", "commune"),
        AdministrativeLevel.Sector => ("sở, ngành", "sector"),
        _ => ("chưa rõ", "unknown"),
    };

    /// <summary>The level whose plan a plan of <paramref name="level"/> implements on <paramref name="date"/>.</summary>
    internal static AdministrativeLevel ExpectedParent(AdministrativeLevel level, LocalDate date) => level switch
    {
        AdministrativeLevel.Province => AdministrativeLevel.Central,
        AdministrativeLevel.District => AdministrativeLevel.Province,
        AdministrativeLevel.Commune => date >= UnitType.FirstDayOfTwoTiers ? AdministrativeLevel.Province : AdministrativeLevel.District,
        AdministrativeLevel.Sector => AdministrativeLevel.Province,
        _ => AdministrativeLevel.Unknown,
    };

    /// <summary>Whether a (folded) issuer name is an education institution or the education department.</summary>
    private static bool IsEducation(string folded)
        => folded.StartsWith("truong", StringComparison.Ordinal) || folded.Contains("giao duc", StringComparison.Ordinal) || folded.Contains("dai hoc", StringComparison.Ordinal);

    /// <summary>The level of the parent plan: the given parent plan's issuer when known, else the level named in the basis.</summary>
    private static AdministrativeLevel ParentLevel(PlanRuleContext c)
        => c.Parent?.Issuer.Level is { } pl && pl != AdministrativeLevel.Unknown ? pl : c.Plan.Parent?.IssuerLevel ?? AdministrativeLevel.Unknown;

    /// <summary>Whether <paramref name="parent"/> is a right level for a plan of <paramref name="level"/> besides the expected one.</summary>
    private static bool AlsoAccepted(AdministrativeLevel level, AdministrativeLevel parent, LocalDate date) => (level, parent) switch
    {
        // A commune may implement the province plan directly, as sector plans do.
        (AdministrativeLevel.Commune, AdministrativeLevel.Province) => true,

        // A school implements its department's plan; a department may follow the central plan of its ministry.
        (AdministrativeLevel.Sector, AdministrativeLevel.Sector or AdministrativeLevel.Central) => true,

        // Before the reform, a sector unit of a district (a school) implemented the district's plan.
        (AdministrativeLevel.Sector, AdministrativeLevel.District) => date < UnitType.FirstDayOfTwoTiers,
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="issuer"/>, an agency of a level (its police, its People's Committee, a department) rather
    /// than the level's steering committee, implements the plan of its own level: the police of a province carries out
    /// the province committee's plan in its force, as its standing agency.
    /// </summary>
    private static bool ImplementsOwnCommittee(PlanIssuer issuer, AdministrativeLevel parent)
        => parent == issuer.Level && issuer.Kind is IssuerKind.Police or IssuerKind.PeoplesCommittee or IssuerKind.Other;

    internal static LocalDate? LatestPossible(FestivalPlan p)
    {
        if (p.IssueDate is { } d)
        {
            return d;
        }

        if (p.Dated is { Year: { } y } dated && y is >= 1 and <= 9999)
        {
            return dated.Month is { } m && m is >= 1 and <= 12
                ? new LocalDate(y, m, CalendarSystem.Iso.GetDaysInMonth(y, m))
                : new LocalDate(y, 12, 31);
        }

        return null;
    }

    /// <summary>
    /// The first former province named as an existing one in the plan's place names: the issuer's name (located by
    /// its path, as it joins the header lines), every piece of its text, then the recipients.
    /// </summary>
    private static (PlanText Text, string Path, (ProvinceMerger Merger, int Index, int Length) Hit)? FirstFormerProvince(FestivalPlan p, FoldedTextItems folded)
    {
        if (p.Issuer.Name is { } issuer && ProvinceMergers.FindFormerProvince(Language.VietnameseText.Fold(issuer)) is { } named)
        {
            return (new PlanText(issuer), "$.issuer.name", named);
        }

        for (int i = 0; i < folded.Count; i++)
        {
            if (ProvinceMergers.FindFormerProvince(folded[i]) is { } hit)
            {
                // Placed on the text as written (the folded form has its white space squeezed).
                var (t, path) = folded.ItemAt(i);
                var (index, length) = folded.ToText(i, hit.Index, hit.Length);
                return (t, path.ToString(), hit with { Index = index, Length = length });
            }
        }

        var recipients = p.Recipients?.Lines ?? [];
        for (int i = 0; i < recipients.Length; i++)
        {
            if (ProvinceMergers.FindFormerProvince(Language.VietnameseText.Fold(recipients[i].Text)) is { } hit)
            {
                return (recipients[i], $"$.recipients.lines[{i}]", hit);
            }
        }

        return null;
    }

    public static IEnumerable<PlanRule> All()
    {
        yield return new(
            new(new("ANTQ501"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Guide(),
                "Không viện dẫn kế hoạch cấp trên", "No parent plan cited",
                "Kế hoạch không phải cấp Trung ương nhưng không viện dẫn kế hoạch của cấp trên (\"Thực hiện Kế hoạch số … ngày … của …\").",
                "A non-central plan cites no plan of the level above (\"Thực hiện Kế hoạch số … ngày … của …\")."),
            static (c, r) =>
            {
                if (c.Plan.Issuer.Level != AdministrativeLevel.Central && c.Plan.Parent is null)
                {
                    c.Report(r, Location.AtPath("$.parent"), null);
                }
            });

        yield return new(
            new(new("ANTQ502"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Guide(),
                "Ban hành trước kế hoạch cấp trên", "Dated before its parent plan",
                "Kế hoạch ({date}) có ngày trước kế hoạch cấp trên mà nó thực hiện ({parentDate}).", "The plan ({date}) is dated before the parent plan it implements ({parentDate})."),
            static (c, r) =>
            {
                var parentDate = c.Parent?.IssueDate ?? c.Plan.Parent?.Date;
                if (parentDate is { } pd && c.Facts.LatestPossibleDate is { } latest && latest < pd)
                {
                    c.Report(r, PlanRuleContext.Where(c.Plan.DatedAt, "$.dated"), c.Plan.Dated?.ToString(),
                        ("date", c.Plan.Dated?.ToString() ?? ""), ("parentDate", RuleText.Date(pd)));
                }
            });

        yield return new(
            new(new("ANTQ510"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.Guide(),
                "Viện dẫn kế hoạch cấp trên của năm khác", "Cites a parent plan of another year",
                "Kế hoạch tổ chức Ngày hội năm {year} viện dẫn kế hoạch cấp trên ngày {parentDate} (năm {parentYear}): có thể là kế hoạch năm trước chưa được thay.",
                "The plan for the {year} festival cites a parent plan dated {parentDate} ({parentYear}): perhaps last year's, not yet replaced."),
            static (c, r) =>
            {
                if (c.Plan.DocumentKind == DocumentKind.FestivalPlan && c.Year is { } y && c.Plan.Parent is { Date: { } pd } parent && pd.Year != y)
                {
                    c.Report(r, PlanRuleContext.Where(parent.Text, "$.parent"), parent.NumberText,
                        ("year", RuleText.Num(y)), ("parentDate", RuleText.Date(pd)), ("parentYear", RuleText.Num(pd.Year)));
                }
            });

        yield return new(
            new(new("ANTQ503"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.Guide(),
                "Kế hoạch cấp trên không phải cấp liền kề", "Parent not from the level directly above",
                "Kế hoạch cấp {level} nên thực hiện kế hoạch cấp {expected}, nhưng viện dẫn kế hoạch cấp {found}.",
                "A {levelEn}-level plan should implement the {expectedEn}-level plan, but cites a {foundEn}-level plan."),
            static (c, r) =>
            {
                var level = c.Plan.Issuer.Level;
                var parentLevel = ParentLevel(c);
                var expected = ExpectedParent(level, c.Date);
                if (expected == AdministrativeLevel.Unknown || parentLevel == AdministrativeLevel.Unknown || parentLevel == expected)
                {
                    return;
                }

                if (AlsoAccepted(level, parentLevel, c.Date) || ImplementsOwnCommittee(c.Plan.Issuer, parentLevel))
                {
                    return;
                }

                // A district plan cited on or after the reform is ANTQ509's error, not a matter of levels.
                if (parentLevel == AdministrativeLevel.District && c.Date >= UnitType.FirstDayOfTwoTiers)
                {
                    return;
                }

                c.Report(r, PlanRuleContext.Where(c.Plan.Parent?.Text, "$.parent"), c.Plan.Parent?.Issuer,
                    ("level", LevelName(level).Vi), ("levelEn", LevelName(level).En), ("expected", LevelName(expected).Vi), ("expectedEn", LevelName(expected).En),
                    ("found", LevelName(parentLevel).Vi), ("foundEn", LevelName(parentLevel).En));
            });

        yield return new(
            new(new("ANTQ504"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Guide(),
                "Thời gian nằm ngoài thời gian của cấp trên", "Window outside the parent's window",
                "Thời gian tổ chức ({window}) không nằm trong thời gian của kế hoạch cấp trên ({parentWindow}).",
                "The window ({window}) is not inside the parent plan's window ({parentWindow})."),
            static (c, r) =>
            {
                if (c.Parent?.Window is not { Start: { } ps, End: { } pe } || c.Plan.Window is not { Start: { } s, End: { } e } w)
                {
                    return;
                }

                // Education institutions may hold the festival earlier, to fit the school year: only their end is bounded.
                bool education = c.Plan.Issuer.Name is { } name && IsEducation(Language.VietnameseText.Fold(name));
                if ((s < ps && !education) || e > pe)
                {
                    c.Report(r, PlanRuleContext.Where(w.Text, "$.window"), w.Text?.Text,
                        ("window", $"{RuleText.Date(s)} – {RuleText.Date(e)}"),
                        ("parentWindow", $"{RuleText.Date(ps)} – {RuleText.Date(pe)}"));
                }
            });

        yield return new(
            new(new("ANTQ505"), FindingSeverity.Error, EffectivePeriod.Always, Citations.LocalGovernment2025,
                "Cấp hoặc loại đơn vị không tồn tại vào ngày ban hành", "Level or unit type did not exist on the date",
                "Cơ quan ban hành thuộc cấp hoặc loại đơn vị không tồn tại vào ngày {date}.", "The issuer belongs to a level or unit type that did not exist on {date}.")
            {
                Outcomes =
                [
                    new("districtEnded", "Cấp huyện đã kết thúc hoạt động từ 01/7/2025; kế hoạch ngày {date} không thể do cấp huyện ban hành.", "The district level ended on 1 July 2025; a plan of {date} cannot be issued at district level."),
                    new("unitType", "Loại đơn vị \"{type}\" không tồn tại vào ngày {date}.", "The unit type \"{typeEn}\" did not exist on {date}."),
                ],
            },
            static (c, r) =>
            {
                var issuer = c.Plan.Issuer;
                if (issuer.Level == AdministrativeLevel.District && !UnitType.LevelExistsOn(AdministrativeLevel.District, c.Date))
                {
                    c.ReportOutcome(r, "districtEnded", PlanRuleContext.Where(issuer.At, "$.issuer"), issuer.Name, ("date", RuleText.Date(c.Date)));
                }
                else if (c.Facts.IssuerUnitType is { } u && !u.ExistsOn(c.Date))
                {
                    c.ReportOutcome(r, "unitType", PlanRuleContext.Where(issuer.At, "$.issuer"), issuer.Name, ("type", u.NameVi), ("typeEn", u.NameEn), ("date", RuleText.Date(c.Date)));
                }
            });

        yield return new(
            new(new("ANTQ509"), FindingSeverity.Error, new EffectivePeriod(UnitType.FirstDayOfTwoTiers), Citations.LocalGovernment2025,
                "Thực hiện kế hoạch của cấp huyện đã kết thúc", "Implements a plan of the abolished district level",
                "Kế hoạch ngày {date} viện dẫn kế hoạch của cấp huyện (\"{found}\"), trong khi cấp huyện đã kết thúc hoạt động từ 01/7/2025; kế hoạch cấp xã thực hiện kế hoạch của tỉnh.",
                "The plan of {date} cites a district-level plan (\"{found}\"), but the district level ended on 1 July 2025; commune plans implement the province's plan."),
            static (c, r) =>
            {
                var parentLevel = ParentLevel(c);
                if (parentLevel == AdministrativeLevel.District)
                {
                    string found = c.Plan.Parent?.Issuer ?? c.Parent?.Issuer.Name ?? string.Empty;
                    c.Report(r, PlanRuleContext.Where(c.Plan.Parent?.Text, "$.parent"), found, ("date", RuleText.Date(c.Date)), ("found", found));
                }
            });

        yield return new(
            new(new("ANTQ508"), FindingSeverity.Error, new EffectivePeriod(ProvinceMergers.EffectiveOn), Citations.ProvinceReorganisation2025,
                "Nêu tỉnh đã sáp nhập như đơn vị đang tồn tại", "Names a province merged away in 2025",
                "Tỉnh {former} đã nhập vào tỉnh {successor} từ 01/7/2025; kế hoạch ngày {date} không thể nêu \"{found}\" như một đơn vị đang tồn tại (ghi \"tỉnh {former} (cũ)\" nếu cần nhắc đến địa bàn cũ).",
                "The province of {former} became part of {successor} on 1 July 2025; a plan of {date} cannot name \"{found}\" as an existing unit (write \"tỉnh {former} (cũ)\" to refer to the former area)."),
            static (c, r) =>
            {
                if (FirstFormerProvince(c.Plan, c.Facts.Folded) is var (text, path, hit))
                {
                    string found = text.Text.Substring(hit.Index, hit.Length);
                    c.Report(r, PlanRuleContext.Where(text.At?.Shift(hit.Index, hit.Length), path), found,
                        ("former", hit.Merger.Former), ("successor", hit.Merger.Successor), ("date", RuleText.Date(c.Date)), ("found", found));
                }
            });

        yield return new(
            new(new("ANTQ506"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Decree30("Phụ lục I, Phần I, mục II, khoản 7"),
                "Thể thức ký không đúng", "Signature inconsistent with the issuer",
                "Thể thức ký không phù hợp với cơ quan ban hành.", "The signature does not fit the issuer.")
            {
                Outcomes =
                [
                    new("badPrefix", "Tiền tố \"{prefix}\" không thuộc TM., KT., Q., TL., TUQ.", "The prefix \"{prefix}\" is none of TM., KT., Q., TL., TUQ."),
                    new("deputyWithoutKt", "Cấp phó ký thay người đứng đầu phải ghi \"KT.\" trước chức vụ của người đứng đầu (ví dụ \"KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN\", \"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH\").", "A deputy signing for the head writes \"KT.\" before the head's title (e.g. \"KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN\", \"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH\")."),
                    new("committeeForm", "Kế hoạch của Ban Chỉ đạo phải do Trưởng ban ký (\"TRƯỞNG BAN\") hoặc Phó Trưởng ban ký thay (\"KT. TRƯỞNG BAN\").", "A steering-committee plan is signed by its head (\"TRƯỞNG BAN\") or a deputy for the head (\"KT. TRƯỞNG BAN\")."),
                    new("peoplesCommitteeForm", "Kế hoạch của Ủy ban nhân dân phải ký \"TM. ỦY BAN NHÂN DÂN\" với \"CHỦ TỊCH\" hoặc \"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH\".", "A People's Committee plan is signed \"TM. ỦY BAN NHÂN DÂN\" with \"CHỦ TỊCH\" or \"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH\"."),
                ],
            },
            static (c, r) =>
            {
                var s = c.Plan.Signature;
                if (s is null || s.Lines.IsDefaultOrEmpty)
                {
                    return;
                }

                if (c.Facts.BadPrefixLine is int i && c.Facts.BadPrefix is { } prefix)
                {
                    c.ReportOutcome(r, "badPrefix", PlanRuleContext.Where(s.Lines[i], $"$.signature.lines[{i}]"), s.Lines[i].Text, ("prefix", prefix));
                    return;
                }

                if (c.Facts.DeputyWithoutKt)
                {
                    c.ReportOutcome(r, "deputyWithoutKt", PlanRuleContext.Where(s.Lines[0], "$.signature"), string.Join(" / ", s.Lines.Select(l => l.Text)));
                    return;
                }

                var kind = c.Number is not null ? c.Facts.SymbolKind : c.Plan.Issuer.Kind;
                bool ok = kind switch
                {
                    IssuerKind.SteeringCommittee => c.Facts.SignatureHasHead,
                    IssuerKind.PeoplesCommittee => c.Facts.SignatureIsPeoplesCommitteeForm,
                    _ => true,
                };
                if (!ok)
                {
                    c.ReportOutcome(r, kind == IssuerKind.SteeringCommittee ? "committeeForm" : "peoplesCommitteeForm", PlanRuleContext.Where(s.Lines[0], "$.signature"), string.Join(" / ", s.Lines.Select(l => l.Text)));
                }
            });

        yield return new(
            new(new("ANTQ511"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Decree30("Điều 13; Phụ lục I, Phần I, mục II, khoản 7"),
                "Người ký không phải thành viên Ban Chỉ đạo đương nhiệm", "Signer is not a serving member of the committee",
                "Người ký \"{signer}\" không ký đúng tư cách thành viên {committee}.", "The signer \"{signer}\" does not sign as a serving member of {committee}.")
            {
                Outcomes =
                [
                    new("notMember", "Người ký \"{signer}\" không phải thành viên {committee} đương nhiệm ngày {date}.", "The signer \"{signer}\" is not a member of {committee} serving on {date}."),
                    new("wrongRole", "{signer} ký với chức danh {signsAs} nhưng giữ vai trò {role} trong {committee}.", "{signer} signs as {signsAsEn} but is {roleEn} of {committee}."),
                ],
            },
            static (c, r) =>
            {
                if (c.Plan.Committee is not { } cm || c.Plan.Signature is not { Signer: { } signer } signature || Placeholder.IsPlaceholder(signer.Text.Trim()))
                {
                    return;
                }

                string name = Language.VietnameseText.Fold(signer.Text).Trim();
                var member = (cm.Members.IsDefault ? [] : cm.Members).FirstOrDefault(m => m is not null && Language.VietnameseText.Fold(m.Name ?? string.Empty).Trim() == name && m.ServesOn(c.Date));
                if (member is null)
                {
                    c.ReportOutcome(r, "notMember", PlanRuleContext.Where(signer, "$.signature.signer"), signer.Text, ("signer", signer.Text), ("committee", cm.Name), ("date", RuleText.Date(c.Date)));
                    return;
                }

                bool signsAsHead = signature.NamesCommitteeHead && !signature.NamesDeputy;
                bool fits = signsAsHead ? member.Role == CommitteeRole.Head : !signature.NamesDeputy || member.Role is CommitteeRole.StandingDeputy or CommitteeRole.Deputy;
                if (!fits)
                {
                    c.ReportOutcome(r, "wrongRole", PlanRuleContext.Where(signer, "$.signature.signer"), signer.Text,
                        ("signer", signer.Text), ("signsAs", signsAsHead ? "Trưởng ban" : "Phó Trưởng ban"), ("signsAsEn", signsAsHead ? "head" : "deputy head"),
                        ("role", RoleVi(member.Role)), ("roleEn", RoleEn(member.Role)), ("committee", cm.Name));
                }
            });

        yield return new(
            new(new("ANTQ512"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.Guide("Phần IV"),
                "Không giao nhiệm vụ cho cơ quan thường trực của Ban Chỉ đạo", "The committee's standing agency is not charged",
                "Phần \"Tổ chức thực hiện\" không giao nhiệm vụ cho cơ quan thường trực của {name} ({agency}).",
                "The implementation part does not charge the standing agency of {name} ({agency})."),
            static (c, r) =>
            {
                if (c.Plan.Committee is not { StandingAgency: { Length: > 0 } agency } cm || c.Facts.Section(SectionKind.Implementation) is not { } part)
                {
                    return;
                }

                string wanted = Language.VietnameseText.Fold(Language.SpacedWords.Even(agency)).Trim();
                bool charged = part.Paragraphs.Any(p => Language.VietnameseText.FoldedContains(p.Text, wanted)) || Language.VietnameseText.FoldedContains(part.Heading.Text, wanted);
                if (!charged)
                {
                    c.Report(r, PlanRuleContext.Where(part.Heading, "$.sections"), part.Heading.Text, ("name", cm.Name), ("agency", agency));
                }
            });

        yield return new(
            new(new("ANTQ507"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.Guide("Ban Chỉ đạo"),
                "Cơ cấu Ban Chỉ đạo không đúng", "Committee set up against the rule",
                "Cơ cấu của {committee} không đúng quy định.", "{committee} is not set up as the rules say.")
            {
                Outcomes =
                [
                    new("standingAgency", "Cơ quan thường trực của {committee} là \"{agency}\", không phải Công an cùng cấp.", "The standing agency of {committee} is \"{agency}\", not the police of the same level."),
                    new("head", "Trưởng ban của {committee} không phải Chủ tịch UBND cùng cấp.", "The head of {committee} is not the chair of the People's Committee of the level."),
                ],
            },
            static (c, r) =>
            {
                if (c.Plan.Committee is not { } cm)
                {
                    return;
                }

                if (!cm.StandingAgencyIsPolice)
                {
                    c.ReportOutcome(r, "standingAgency", Location.AtPath("$.committee.standingAgency"), cm.StandingAgency, ("committee", cm.Name), ("agency", cm.StandingAgency ?? string.Empty));
                }

                if (!cm.HeadIsPeoplesCommitteeChair)
                {
                    c.ReportOutcome(r, "head", Location.AtPath("$.committee.members"), cm.Head?.Position, ("committee", cm.Name));
                }
            });
    }

    private static string RoleVi(CommitteeRole role) => role switch
    {
        CommitteeRole.Head => "Trưởng ban",
        CommitteeRole.StandingDeputy => "Phó Trưởng ban thường trực",
        CommitteeRole.Deputy => "Phó Trưởng ban",
        _ => "thành viên",
    };

    private static string RoleEn(CommitteeRole role) => role switch
    {
        CommitteeRole.Head => "the head",
        CommitteeRole.StandingDeputy => "the standing deputy head",
        CommitteeRole.Deputy => "a deputy head",
        _ => "a member",
    };
}
