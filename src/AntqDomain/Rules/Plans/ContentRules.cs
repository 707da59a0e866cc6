using System.Buffers;
using AntqDomain.Administration;
using AntqDomain.Documents;
using AntqDomain.Plans;
using NodaTime;
using AntqDomain.Language;
using AntqDomain.Legal;

namespace AntqDomain.Rules;

/// <summary>ANTQ3xx — the content of the plan (the guidance of the level above, Decision 521/QĐ-TTg).</summary>
internal static class ContentRules
{
    /// <summary>How Resolution 12-NQ/TW (16/3/2022) describes the People's Police.</summary>
    private const string CurrentFormula = "trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại";

    private static PlanRule Missing(string code, FindingSeverity severity, Citation citation, string titleVi, string titleEn, string vi, string en, Func<PlanRuleContext, bool> missing, string path, Func<PlanRuleContext, Location> where)
        => new(new(new(code), severity, EffectivePeriod.Always, citation, titleVi, titleEn, vi, en), (c, r) =>
        {
            if (missing(c))
            {
                c.Report(r, where(c), null);
            }
        });

    private static readonly int Superseded = PlanRuleContext.Mask(MentionKind.Circular23Of2012, MentionKind.Circular11Of2021, MentionKind.Decree91Of2017);

    /// <summary>Whether a numbered item of any part is about commendation ("3. Khen thưởng").</summary>
    internal static bool HasCommendationItem(FestivalPlan plan)
    {
        // The wording is looked for in an item's first 60 characters: only they are folded.
        Span<char> start = stackalloc char[60];
        foreach (var s in plan.Sections)
        {
            if (s.Kind == SectionKind.Purposes)
            {
                // "Biểu dương, khen thưởng …" among the purposes states an aim, not the commendation to be made.
                continue;
            }

            foreach (var x in s.Paragraphs)
            {
                // "2. Khen thưởng …", "2. Biểu dương, khen thưởng …", "3. Công tác thi đua, khen thưởng …": an item about commendation.
                if (x.Marker is null || x.Text is null)
                {
                    continue;
                }

                var f = start[..Math.Min(x.Text.Length, start.Length)];
                Language.VietnameseText.FoldInto(x.Text.AsSpan(0, f.Length), f);
                f = f[..SqueezedSpaces.Squeeze(f)];
                if (f.StartsWith("khen thuong", StringComparison.Ordinal)
                    || (f.IndexOf("khen thuong", StringComparison.Ordinal) >= 0
                        && (f.StartsWith("bieu duong", StringComparison.Ordinal) || f.StartsWith("cong tac", StringComparison.Ordinal) || f.StartsWith("thi dua", StringComparison.Ordinal) || f.StartsWith("to chuc", StringComparison.Ordinal))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a paragraph gives the police the lead (guide or check) and the reporting.</summary>
    internal static bool ChargesPolice(PlanSection section)
    {
        Span<char> stack = stackalloc char[256];
        foreach (var p in section.Paragraphs)
        {
            using var scratch = new Language.FoldScratch(p.Text, stack, squeeze: true);
            var f = scratch.Span;
            // The police leading, guiding, checking or advising on the implementation (naming them the standing agency
            // while they only "take part" is not enough), by their name or by their unit that builds the movement (the
            // central committee's plan charges "Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc").
            if ((f.Contains("cong an", StringComparison.Ordinal) || NamesMovementUnit(f))
                && (f.Contains("huong dan", StringComparison.Ordinal) || f.Contains("kiem tra", StringComparison.Ordinal)
                    || f.Contains("don doc", StringComparison.Ordinal) || f.Contains("chu tri", StringComparison.Ordinal) || f.Contains("tham muu", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether folded text names a police unit that builds the movement: the department or the division "Xây dựng phong
    /// trào bảo vệ an ninh Tổ quốc" (the movement itself, "phong trào toàn dân …", is no unit; a team, "Đội", folds as
    /// "đổi" does, and a team belongs to a commune's police, which plans name).
    /// </summary>
    private static bool NamesMovementUnit(ReadOnlySpan<char> f)
    {
        const string Unit = "xay dung phong trao bao ve an ninh to quoc";
        for (int at = f.IndexOf(Unit, StringComparison.Ordinal); at >= 0; at = VietnameseText.IndexOf(f, Unit, at + Unit.Length))
        {
            var before = f[..at].TrimEnd();
            var word = before[(before.LastIndexOf(' ') + 1)..];
            if (word is "cuc" or "phong")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reports <paramref name="name"/> (no longer in use since <paramref name="since"/>) where it first stands in text
    /// item <paramref name="i"/>, spelled as the name ("Công an quản lý", the police manage, is not "Công an quận") and
    /// not marked as former; false when it does not stand there so.
    /// </summary>
    private static bool Named(PlanRuleContext c, RuleDefinition r, PlanText text, TextPath path, int i, SpelledPhrase name, LocalDate since, string insteadVi, string insteadEn)
    {
        // The folded form has its white space squeezed: an unevenly spaced text is compared squeezed too.
        var items = c.Facts.Folded;
        var f = items[i];
        string written = SpacedWords.Even(text.Text);
        int at = name.IndexIn(written, f);
        if (at < 0 || MarkedFormerFurtherOn(f, at + name.Folded.Length))
        {
            return false;
        }

        var (offset, length) = items.ToText(i, at, name.Folded.Length);
        string found = text.Text.Substring(offset, length);
        c.Report(r, PlanRuleContext.Where(text.At?.Shift(offset, length), path.ToString()), found,
            ("found", found), ("since", RuleText.Date(since)), ("instead", insteadVi), ("insteadEn", insteadEn));
        return true;
    }

    /// <summary>
    /// Whether the name ending at <paramref name="end"/> of folded text <paramref name="f"/> is marked as former, right
    /// after it or after the place it names, before the clause ends: "Công an thị trấn Na Hang (cũ)", "… trước đây".
    /// </summary>
    private static bool MarkedFormerFurtherOn(ReadOnlySpan<char> f, int end)
    {
        if (Administration.ProvinceMergers.MarkedFormer(f, end))
        {
            return true;
        }

        var rest = f[end..];
        int stop = rest.IndexOfAny(ClauseEnds);
        rest = rest[..(stop < 0 ? Math.Min(rest.Length, 60) : Math.Min(stop, 60))].TrimEnd();
        return rest.IndexOf("(cu", StringComparison.Ordinal) >= 0 || rest.IndexOf("truoc day", StringComparison.Ordinal) >= 0
            || rest.IndexOf("(truoc", StringComparison.Ordinal) >= 0 || rest.EndsWith(" cu", StringComparison.Ordinal);
    }

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",.;:\n");

    public static IEnumerable<PlanRule> All()
    {
        yield return Missing("ANTQ301", FindingSeverity.Error, Citations.Guide("Phần I"), "Thiếu phần Mục đích, yêu cầu", "No purposes and requirements",
            "Kế hoạch không có phần \"Mục đích, yêu cầu\".", "The plan has no purposes-and-requirements part (\"Mục đích, yêu cầu\").",
            static c => c.Facts.Section(SectionKind.Purposes) is null, "$.sections", static c => c.BelongsBefore(SectionKind.Purposes, "$.sections"));

        yield return new(
            new(new("ANTQ302"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Guide("Phần II"), "Thiếu phần Nội dung", "No content part",
                "Phần \"Nội dung\" thiếu hoặc trống.", "The content part is missing or empty.")
            {
                Outcomes =
                [
                    new("missing", "Kế hoạch không có phần \"Nội dung\".", "The plan has no content part (\"Nội dung\")."),
                    new("empty", "Phần \"Nội dung\" không nêu hoạt động nào.", "The content part lists no activity."),
                ],
            },
            static (c, r) =>
            {
                var s = c.Facts.Section(SectionKind.Content);
                if (s is null)
                {
                    c.ReportOutcome(r, "missing", c.BelongsBefore(SectionKind.Content, "$.sections"), null);
                }
                else if (s.Paragraphs.IsDefaultOrEmpty && c.Plan.LeadUpActivities.IsDefaultOrEmpty)
                {
                    c.ReportOutcome(r, "empty", PlanRuleContext.Where(s.Heading, "$.sections"), s.Heading.Text);
                }
            });

        yield return Missing("ANTQ303", FindingSeverity.Error, Citations.Guide("Phần II mục 2"), "Không nêu hình thức tổ chức", "No form of the festival",
            "Kế hoạch không mô tả Phần lễ hay Phần hội.", "The plan describes neither a ceremony (Phần lễ) nor a festival part (Phần hội).",
            static c => (c.Plan.Ceremony is null || c.Plan.Ceremony.Steps.IsDefaultOrEmpty) && !c.Plan.HasFestivalPart && c.Plan.FestivalActivities.IsDefaultOrEmpty, "$.ceremony", static c => c.BelongsIn(SectionKind.Content, "$.ceremony"));

        yield return new(
            new(new("ANTQ304"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Decision521,
                "Thời gian tổ chức thiếu hoặc quá thời gian của Trung ương", "Window missing or past the central plan's window",
                "Thời gian tổ chức thiếu hoặc kết thúc sau thời gian Trung ương quy định.", "The window is missing or ends after the central window.")
            {
                Outcomes =
                [
                    new("missing", "Kế hoạch không nêu thời gian tổ chức (từ ngày … đến ngày 19/8).", "The plan states no window (from … to 19 August)."),
                    new("pastCentral", "Thời gian tổ chức kết thúc ngày {end}, sau thời gian Trung ương quy định cho năm {year} (đến hết ngày {centralEnd}, {source}).", "The window ends on {end}, after the central window for {year} (to the end of {centralEnd}, {source})."),
                ],
            },
            static (c, r) =>
            {
                var w = c.Plan.Window;
                if (w?.End is null)
                {
                    c.ReportOutcome(r, "missing", PlanRuleContext.Where(w?.Text, "$.window"), w?.Text?.Text);
                    return;
                }

                if (c.CentralWindow is { } central && w.End.Value > central.End)
                {
                    c.ReportOutcome(r, "pastCentral", PlanRuleContext.Where(w.Text, "$.window.end"), w.Text?.Text,
                        ("end", RuleText.Date(w.End.Value)), ("year", central.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("centralEnd", RuleText.Date(central.End)), ("source", central.Source));
                }
            });

        yield return new(
            new(new("ANTQ314"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.Decision521,
                "Thời gian tổ chức kéo dài quá ngày 19/8", "Window runs past 19 August",
                "Thời gian tổ chức kết thúc ngày {end}, sau Ngày hội 19/8/{year}; không có dữ liệu về thời gian của kế hoạch Trung ương năm {year} để đối chiếu.",
                "The window ends on {end}, after the festival day 19/8/{year}; the central plan's window for {year} is not known to check it against."),
            static (c, r) =>
            {
                if (c.Plan.Window is { End: { } end } w && c.CentralWindow is null && (c.Year ?? end.Year) is var year and >= 1 and <= 9999 && CalendarRules.AfterFestivalDay(end, year))
                {
                    c.Report(r, PlanRuleContext.Where(w.Text, "$.window.end"), w.Text?.Text, ("end", RuleText.Date(end)), ("year", RuleText.Num(year)));
                }
            });

        yield return new(
            new(new("ANTQ315"), FindingSeverity.Info, EffectivePeriod.Always, Citations.Decision521,
                "Thời gian tổ chức quá ngày 19/8 nhưng trong thời gian của Trung ương", "Window past 19 August, inside the central window",
                "Thời gian tổ chức kết thúc ngày {end}, sau ngày 19/8 nhưng trong thời gian kế hoạch Trung ương cho phép (đến hết ngày {centralEnd}).",
                "The window ends on {end}, after 19 August but inside the central plan's window (to the end of {centralEnd})."),
            static (c, r) =>
            {
                if (c.Plan.Window is { End: { } end } w && c.CentralWindow is { } central && end <= central.End && CalendarRules.AfterFestivalDay(end, central.Year))
                {
                    c.Report(r, PlanRuleContext.Where(w.Text, "$.window.end"), w.Text?.Text, ("end", RuleText.Date(end)), ("centralEnd", RuleText.Date(central.End)));
                }
            });

        yield return new(
            new(new("ANTQ305"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.Guide(),
                "Ban hành muộn", "Late issuance",
                "Kế hoạch ban hành ngày {issued}, khi thời gian tổ chức đã bắt đầu từ {start}.", "The plan is dated {issued}, after its window began on {start}."),
            static (c, r) =>
            {
                if (c.Facts.IssueDate is { } d && c.Plan.Window?.Start is { } s && d > s)
                {
                    c.Report(r, PlanRuleContext.Where(c.Plan.DatedAt, "$.dated"), c.Plan.Dated?.ToString(),
                        ("issued", RuleText.Date(d)), ("start", RuleText.Date(s)));
                }
            });

        yield return Missing("ANTQ306", FindingSeverity.Error, Citations.Guide("Phần II mục 2"), "Thiếu phạm vi tổ chức", "No scope",
            "Kế hoạch không nêu phạm vi tổ chức (khu dân cư, xã, cơ quan, doanh nghiệp, cơ sở giáo dục).", "The plan states no scope (residential areas, communes, agencies, enterprises, education institutions).",
            static c => c.Plan.ScopeText is null && c.Plan.Scope.IsDefaultOrEmpty, "$.scope", static c => c.BelongsIn(SectionKind.Content, "$.scope"));

        yield return new(
            new(new("ANTQ307"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.Guide("Phần II mục 2"),
                "Không chọn điểm tổ chức", "No showcase site",
                "Kế hoạch cấp {level} không chọn đơn vị tổ chức điểm.", "A {levelEn}-level plan names no showcase site (điểm)."),
            static (c, r) =>
            {
                var level = c.Plan.Issuer.Level;
                if (level is AdministrativeLevel.Province or AdministrativeLevel.District && c.Plan.ShowcaseSites.IsDefaultOrEmpty)
                {
                    c.Report(r, Location.AtPath("$.showcaseSites"), null,
                        ("level", level == AdministrativeLevel.Province ? "tỉnh" : "huyện"), ("levelEn", level == AdministrativeLevel.Province ? "province" : "district"));
                }
            });

        yield return Missing("ANTQ308", FindingSeverity.Warning, Citations.Guide("Phần III"), "Thiếu phần Khen thưởng", "No commendation part",
            "Kế hoạch không có phần khen thưởng, trong khi biểu dương, khen thưởng là một mục đích của Ngày hội.", "The plan has no commendation part, although commending models and people is a purpose of the festival.",
            static c => c.Facts.Section(SectionKind.Commendation) is null && !c.Facts.HasCommendationItem, "$.sections", static c => c.BelongsBefore(SectionKind.Commendation, "$.sections"));

        yield return new(
            new(new("ANTQ309"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Guide("Phần IV"),
                "Thiếu phần Tổ chức thực hiện hoặc giao nhiệm vụ cho Công an", "No implementation part or police not charged",
                "Phần \"Tổ chức thực hiện\" thiếu hoặc không giao nhiệm vụ cho Công an.", "The implementation part is missing or does not charge the police.")
            {
                Outcomes =
                [
                    new("missing", "Kế hoạch không có phần \"Tổ chức thực hiện\".", "The plan has no implementation part (\"Tổ chức thực hiện\")."),
                    new("policeNotCharged", "Phần \"Tổ chức thực hiện\" không giao Công an (cơ quan thường trực) hướng dẫn, kiểm tra và tổng hợp báo cáo.", "The implementation part does not charge the police (the standing agency) with guiding, checking and reporting."),
                ],
            },
            static (c, r) =>
            {
                var s = c.Facts.Section(SectionKind.Implementation);
                if (s is null)
                {
                    c.ReportOutcome(r, "missing", c.BelongsBefore(SectionKind.Implementation, "$.sections"), null);
                    return;
                }

                // The police are charged in the plans of steering committees and People's Committees; a school's, a
                // department's or an enterprise's plan is implemented by its own units.
                if (c.Plan.Issuer.Kind is IssuerKind.SteeringCommittee or IssuerKind.PeoplesCommittee && c.Plan.Issuer.Level != AdministrativeLevel.Sector && !c.Facts.PoliceCharged)
                {
                    c.ReportOutcome(r, "policeNotCharged", PlanRuleContext.Where(s.Heading, "$.sections"), s.Heading.Text);
                }
            });

        yield return Missing("ANTQ310", FindingSeverity.Warning, Citations.Guide("Phần II mục 2"), "Không nêu kinh phí", "No funding statement",
            "Kế hoạch không nêu kinh phí tổ chức.", "The plan states no funding (Kinh phí).",
            static c => c.Plan.Funding is null && c.Plan.FundingSources.IsDefaultOrEmpty, "$.funding", static c => c.BelongsIn(SectionKind.Content, "$.funding"));

        yield return Missing("ANTQ311", FindingSeverity.Warning, Citations.Guide("Phần II mục 2"), "Không nêu thành phần tham dự", "No participants",
            "Kế hoạch không nêu thành phần tham dự.", "The plan names no participants (Thành phần).",
            static c => c.Plan.Participants is null, "$.participants", static c => c.BelongsIn(SectionKind.Content, "$.participants"));

        yield return new(
            new(new("ANTQ312"), FindingSeverity.Warning, new EffectivePeriod(new LocalDate(2022, 3, 16)), Citations.Resolution12,
                "Dùng cách diễn đạt đã cũ", "Outdated formula",
                "\"{found}\" là cách diễn đạt cũ; từ Nghị quyết 12-NQ/TW (16/3/2022) dùng \"trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại\".",
                "\"{found}\" is an outdated formula; since Resolution 12-NQ/TW (16/3/2022) the police are described as \"trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại\".") { Fixable = true },
            static (c, r) =>
            {
                foreach (var m in c.Facts.Of(MentionKind.OutdatedPoliceFormula))
                {
                    c.ReportFix(r, CalendarRules.At(m), m.Excerpt, m.At, CurrentFormula, Fixes.Replace(m.Excerpt, CurrentFormula), ("found", m.Excerpt));
                }
            });

        yield return new(
            new(new("ANTQ313"), FindingSeverity.Warning, new EffectivePeriod(new LocalDate(2022, 2, 10)), Citations.Circular124,
                "Viện dẫn văn bản đã bị thay thế", "Cites a superseded regulation",
                "\"{found}\" đã bị thay thế từ {since} ({by}).", "\"{found}\" was superseded on {since} ({byEn}).") { Fixable = true },
            static (c, r) =>
            {
                if (!c.MentionsAny(Superseded))
                {
                    return;
                }

                foreach (var m in c.Mentions)
                {
                    // Each finding cites the text that superseded the one the plan names.
                    (LocalDate Since, string By, string ByEn, string Number, Citation Source)? sup = m.Kind switch
                    {
                        MentionKind.Circular23Of2012 => (new LocalDate(2022, 2, 10), "bởi Thông tư 124/2021/TT-BCA", "by Circular 124/2021/TT-BCA", "124/2021/TT-BCA", Citations.Circular124),
                        MentionKind.Circular11Of2021 => (new LocalDate(2025, 4, 28), "bởi Thông tư 20/2025/TT-BCA", "by Circular 20/2025/TT-BCA", "20/2025/TT-BCA", Citations.Circular20()),
                        MentionKind.Decree91Of2017 => (new LocalDate(2024, 1, 1), "bởi Nghị định 98/2023/NĐ-CP", "by Decree 98/2023/NĐ-CP", "98/2023/NĐ-CP", Citations.EmulationLaw()),
                        _ => null,
                    };
                    if (sup is { } s && c.Date >= s.Since)
                    {
                        // The number has one right answer; a date or title written after it is the person's to update.
                        var (vi, en) = Fixes.Replace(m.Excerpt, s.Number);
                        c.ReportFixCiting(r, s.Source, CalendarRules.At(m), m.Excerpt, m.At, s.Number, (vi + " (kiểm tra ngày ban hành và trích yếu đi kèm)", en + " (check the date and title that follow)"),
                            ("found", m.Excerpt), ("since", RuleText.Date(s.Since)), ("by", s.By), ("byEn", s.ByEn));
                    }
                }
            });

        yield return new(
            new(new("ANTQ316"), FindingSeverity.Warning, new EffectivePeriod(OutdatedNames.GrassrootsForcesLaw), Citations.GrassrootsForcesLaw,
                "Gọi lực lượng hoặc đơn vị đã không còn", "Names a force or unit that no longer exists",
                "\"{found}\" không còn tồn tại từ {since}: {instead}.", "\"{found}\" no longer exists from {since}: {insteadEn}."),
            static (c, r) =>
            {
                // A name is looked for only in the pieces of text where the scan saw its folded form among the cues. The
                // bodies of the ended district level and townships are looked for in plans dated from the reform, unless
                // the plan is itself a district's (ANTQ505 says so once) and except in the parent it cites (ANTQ509's).
                var items = c.Facts.Folded;
                var names = OutdatedNames.All;
                bool endedLevels = c.Date >= Administration.UnitType.FirstDayOfTwoTiers && c.Plan.Issuer.Level != Administration.AdministrativeLevel.District;
                ulong[]? endedIn = endedLevels ? ArrayPool<ulong>.Shared.Rent(Math.Max(1, items.Count)) : null;
                try
                {
                    if (endedIn is not null)
                    {
                        items.Find(OutdatedNames.EndedLevelSet, endedIn);
                    }

                    for (int i = 0; i < items.Count; i++)
                    {
                        ulong present = items.CuesAt(i);
                        var (text, path) = items.ItemAt(i);
                        ulong ended = endedIn is not null && !ReferenceEquals(text, c.Plan.Parent?.Text) ? endedIn[i] : 0;
                        if ((present & PlanScanner.AnyOutdatedNameCue) == 0 && ended == 0)
                        {
                            continue;
                        }

                        for (int n = 0; n < names.Length; n++)
                        {
                            var o = names[n];
                            if (c.Date >= o.Since && (present & PlanScanner.OutdatedNameCues[n]) != 0 && Named(c, r, text, path, i, o.Name, o.Since, o.InsteadVi, o.InsteadEn))
                            {
                                return;
                            }
                        }

                        for (int n = 0; n < OutdatedNames.EndedLevels.Length; n++)
                        {
                            var o = OutdatedNames.EndedLevels[n];
                            if ((ended & OutdatedNames.EndedLevelBits[n]) != 0 && Named(c, r, text, path, i, o.Name, Administration.UnitType.FirstDayOfTwoTiers, o.InsteadVi, o.InsteadEn))
                            {
                                return;
                            }
                        }
                    }
                }
                finally
                {
                    if (endedIn is not null)
                    {
                        ArrayPool<ulong>.Shared.Return(endedIn);
                    }
                }
            });
    }
}
