using AntqDomain.Calendar;
using AntqDomain.Documents;
using NodaTime;
using AntqDomain.Language;
using AntqDomain.Legal;

namespace AntqDomain.Rules;

/// <summary>ANTQ2xx — calendar and anniversaries (Decision 521/QĐ-TTg, Decrees 111/2018 and 145/2013).</summary>
internal static class CalendarRules
{
    public static IEnumerable<PlanRule> All()
    {
        yield return CountRule("ANTQ201", MentionKind.PoliceYears, 1945, Citations.Decree111("Điều 4"),
            "Sai số năm truyền thống Công an nhân dân", "Wrong count of People's Police years",
            "Năm {year} là {expected} năm Ngày truyền thống Công an nhân dân (19/8/1945), văn bản ghi {found} năm.",
            "{year} is the {expectedOrdinal} year of the People's Police tradition day (19/8/1945); the text says {found}.",
            MentionKind.AugustRevolutionYears, MentionKind.NationalDayYears);

        yield return CountRule("ANTQ202", MentionKind.FestivalYears, 2005, Citations.Decision521,
            "Sai số năm Ngày hội", "Wrong count of festival years",
            "Năm {year} là {expected} năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8/2005), văn bản ghi {found} năm.",
            "{year} is the {expectedOrdinal} year of the festival (19/8/2005); the text says {found}.");

        yield return new(
            new(new("ANTQ203"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Decree145("Điều 4"),
                "Sai mốc thời gian kỷ niệm", "Wrong anniversary date range",
                "Mốc kỷ niệm \"{found}\" phải bắt đầu từ năm thành lập (1945 hoặc 2005) và kết thúc ở năm {year}.",
                "The anniversary range \"{found}\" must start at the founding year (1945 or 2005) and end in {year}.") { Fixable = true },
            static (c, r) =>
            {
                if (c.Year is not { } y)
                {
                    return;
                }

                foreach (var m in c.Facts.Of(MentionKind.AnniversaryRange))
                {
                    if (m.B != y || m.A is not (1945 or 2005))
                    {
                        // Only the end year has one right answer: a wrong start may be either founding date.
                        var span = m.A is 1945 or 2005 ? Fixes.LastYear(m.At, m.Excerpt) : null;
                        c.ReportFix(r, At(m), m.Excerpt, span, RuleText.Num(y), Fixes.Replace(RuleText.Num(m.B), RuleText.Num(y)), ("found", m.Excerpt), ("year", RuleText.Num(y)));
                    }
                }
            });

        yield return new(
            new(new("ANTQ204"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.Decision521,
                "Sai lần tổ chức Ngày hội", "Wrong edition of the festival",
                "Ngày hội năm {year} là lần thứ {expected}, văn bản ghi lần thứ {found}.",
                "The {year} festival is edition {expected}; the text says {found}.") { Fixable = true },
            static (c, r) =>
            {
                if (c.Year is not { } y || !FestivalYear.IsSupported(y) || !c.Facts.States(MentionKind.Edition))
                {
                    return;
                }

                int expected = new FestivalYear(y).Edition;
                foreach (var m in c.Facts.Of(MentionKind.Edition))
                {
                    if (m.A != expected)
                    {
                        c.ReportFix(r, At(m), m.Excerpt, Fixes.LeadingDigits(m.At, m.Excerpt), RuleText.Num(expected), Fixes.Replace("lần thứ " + RuleText.Num(m.A), "lần thứ " + RuleText.Num(expected)),
                            ("year", RuleText.Num(y)), ("expected", RuleText.Num(expected)), ("found", RuleText.Num(m.A)));
                    }
                }
            });

        yield return new(
            new(new("ANTQ205"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Decision521,
                "Năm tổ chức không thống nhất", "Festival year inconsistent",
                "Tên kế hoạch ghi năm {year} nhưng {where} ghi năm {found}.",
                "The title names {year} but {whereEn} names {found}.") { Fixable = true },
            static (c, r) =>
            {
                var p = c.Plan;
                if (p.TitleYear is not { } y)
                {
                    return;
                }

                if (p.Dated?.Year is { } dy && dy != y)
                {
                    c.Report(r, PlanRuleContext.Where(p.DatedAt, "$.dated.year"), p.Dated.ToString(), ("year", RuleText.Num(y)), ("where", "ngày ban hành"), ("whereEn", "the issue date"), ("found", RuleText.Num(dy)));
                }

                if (p.Window is { End: { } e } w && e.Year != y)
                {
                    c.Report(r, PlanRuleContext.Where(w.Text, "$.window"), w.Text?.Text, ("year", RuleText.Num(y)), ("where", "thời gian tổ chức"), ("whereEn", "the window"), ("found", RuleText.Num(e.Year)));
                }

                foreach (var (i, found) in c.Facts.Backdrop.Years)
                {
                    if (found != y)
                    {
                        var line = p.BackdropTitle[i];
                        // The title names the festival; a backdrop line that disagrees follows it.
                        c.ReportFix(r, PlanRuleContext.Where(line, $"$.backdropTitle[{i}]"), line.Text, Fixes.Year(line.At, line.Text, found), RuleText.Num(y), Fixes.Replace(RuleText.Num(found), RuleText.Num(y)),
                            ("year", RuleText.Num(y)), ("where", "tiêu đề khánh tiết"), ("whereEn", "the backdrop title"), ("found", RuleText.Num(found)));
                    }
                }
            });

        yield return new(
            new(new("ANTQ206"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.Decision521,
                "Gọi sai tên Ngày hội, Kỷ niệm chương hoặc phong trào", "Mis-named festival, medal or movement",
                "\"{found}\" là tên gọi sai; tên đúng là {expected}.", "\"{found}\" is a wrong name; the right one is {expectedEn}.") { Fixable = true },
            static (c, r) =>
            {
                if (!c.MentionsAny(Misnamed))
                {
                    return;
                }

                foreach (var m in c.Mentions)
                {
                    (string Vi, string En)? right = m.Kind switch
                    {
                        MentionKind.MisnamedFestival => ("\"Ngày hội toàn dân bảo vệ an ninh Tổ quốc\"", "\"Ngày hội toàn dân bảo vệ an ninh Tổ quốc\" (All-People's National Security Protection Festival)"),
                        MentionKind.MisnamedMedal => ("Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\" (\"Vì an ninh Tổ quốc\" là một Huy chương khác)", "the commemorative medal \"Bảo vệ an ninh Tổ quốc\" (\"Vì an ninh Tổ quốc\" is a different state medal)"),
                        MentionKind.MisnamedMovement => ("\"phong trào toàn dân bảo vệ an ninh Tổ quốc\"", "\"phong trào toàn dân bảo vệ an ninh Tổ quốc\" (the people's movement)"),
                        _ => null,
                    };
                    if (right is { } x)
                    {
                        string? fixedName = Fixes.RightName(m.Excerpt);

                        // The medal's name is set by the circulars on it (Circular 11/2021, from 28/4/2025 Circular 20/2025).
                        var source = m.Kind == MentionKind.MisnamedMedal ? (c.Date >= new LocalDate(2025, 4, 28) ? Citations.Circular20() : Citations.Circular11()) : r.Citation;
                        c.ReportFixCiting(r, source, At(m), m.Excerpt, fixedName is null ? null : m.At, fixedName ?? string.Empty, Fixes.Replace(m.Excerpt, fixedName ?? string.Empty), ("found", m.Excerpt), ("expected", x.Vi), ("expectedEn", x.En));
                    }
                }
            });

        yield return new(
            new(new("ANTQ207"), FindingSeverity.Info, EffectivePeriod.Always, Citations.Decree145("Điều 4, Điều 5"),
                "Năm tròn, năm chẵn", "Round or half-round year",
                "Năm {year}: {what}. Theo Nghị định 111/2018, chỉ năm tròn (tận cùng là 0) được tổ chức lễ kỷ niệm ngày truyền thống; các năm khác tổ chức tuyên truyền, thi đua.",
                "{year}: {whatEn}. Under Decree 111/2018 only round anniversaries (ending in 0) have a formal ceremony of the tradition day; other years have propaganda and emulation."),
            static (c, r) =>
            {
                if (c.Year is not { } y || !FestivalYear.IsSupported(y))
                {
                    return;
                }

                var fy = new FestivalYear(y);
                if (fy.PoliceYears.Round == AnniversaryRound.None && fy.FestivalYears.Round == AnniversaryRound.None)
                {
                    return;
                }

                var vi = new List<string>();
                var en = new List<string>();
                Describe(fy.PoliceYears, "năm Công an nhân dân", "years of the People's Police", vi, en);
                Describe(fy.FestivalYears, "năm Ngày hội", "years of the festival", vi, en);
                if (vi.Count > 0)
                {
                    c.Report(r, PlanRuleContext.Where(c.Plan.Title, "$.title"), null, ("year", RuleText.Num(y)), ("what", string.Join("; ", vi)), ("whatEn", string.Join("; ", en)));
                }
            });

        yield return new(
            new(new("ANTQ209"), FindingSeverity.Warning, new EffectivePeriod(new LocalDate(2018, 10, 15)), Citations.Decree111("Điều 4 khoản 3"),
                "Lễ kỷ niệm ngày truyền thống trong năm không tròn", "Anniversary ceremony in a year that is not round",
                "Kế hoạch dự kiến \"{found}\" nhưng năm {year} là {count} năm (không tận cùng là 0): theo Nghị định 111/2018, lễ kỷ niệm ngày truyền thống chỉ tổ chức vào năm tròn.",
                "The plan foresees \"{found}\", but {year} is the {countOrdinal} anniversary (not ending in 0): under Decree 111/2018 a tradition-day ceremony is held in round years only."),
            static (c, r) =>
            {
                if (c.Year is not { } y || y < 1945)
                {
                    return;
                }

                int count = y - 1945;
                foreach (var m in c.Facts.Of(MentionKind.AnniversaryCeremony))
                {
                    if (count % 10 != 0)
                    {
                        c.Report(r, At(m), m.Excerpt, ("found", "lễ kỷ niệm " + RuleText.Num(m.A) + " năm Ngày truyền thống"), ("year", RuleText.Num(y)),
                            ("count", RuleText.Num(count)), ("countOrdinal", Internal.Localization.EnglishOrdinal(count)));
                        return;
                    }
                }
            });

        yield return new(
            new(new("ANTQ208"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Decision521,
                "Sai ngày tổ chức Ngày hội", "Wrong festival day",
                "Ngày hội toàn dân bảo vệ an ninh Tổ quốc là ngày 19/8 hằng năm, văn bản ghi \"{found}\".",
                "The festival day is 19 August every year; the text says \"{found}\"."),
            static (c, r) =>
            {
                foreach (var m in c.Facts.Of(MentionKind.FestivalDay))
                {
                    if ((m.A != 19 || m.B != 8) && !IsLocalEventDate(c, m.A, m.B))
                    {
                        c.Report(r, At(m), m.Excerpt, ("found", m.Excerpt));
                    }
                }
            });
    }

    /// <summary>
    /// Whether a day stated with the festival's name is the date of a local event rather than the festival day:
    /// showcase ceremonies are held on other days of July and August before the 19th (and schools earlier), inside the
    /// plan's window. A date after 19 August, or outside the window, is still a wrong festival day.
    /// </summary>
    private static bool IsLocalEventDate(PlanRuleContext c, int day, int month)
    {
        if (c.Year is not { } y || !VietnameseDates.IsValid(y, month, day))
        {
            return false;
        }

        var date = new LocalDate(y, month, day);
        if (AfterFestivalDay(date, y))
        {
            return false;
        }

        return c.Plan.Window is { Start: not null, End: not null } window ? window.Interval?.Contains(date) == true : month is 7 or 8;
    }

    private static void Describe(AnniversaryCount count, string vi, string en, List<string> viList, List<string> enList)
    {
        string n = RuleText.Num(count.Years);
        if (count.Round == AnniversaryRound.Ten)
        {
            viList.Add($"{n} {vi} (năm tròn)");
            enList.Add($"{n} {en} (round, ends in 0)");
        }
        else if (count.Round == AnniversaryRound.Five)
        {
            viList.Add($"{n} {vi} (năm lẻ 5)");
            enList.Add($"{n} {en} (ends in 5)");
        }
    }

    /// <summary>
    /// The next four-digit year written after "nam" in folded text (what <see cref="TextPatterns.YearAfterNam"/>
    /// matches), scanning from <paramref name="from"/> and moving it past the match; null when there is none.
    /// </summary>
    internal static int? NextYearAfterNam(string folded, ref int from)
    {
        while (from < folded.Length)
        {
            int at = folded.IndexOf("nam", from, StringComparison.Ordinal);
            if (at < 0)
            {
                from = folded.Length;
                return null;
            }

            int i = Language.SpacedWords.SkipSpaces(folded, at + 3);

            from = at + 3;
            int digits = 0;
            while (i + digits < folded.Length && char.IsAsciiDigit(folded[i + digits]))
            {
                digits++;
            }

            // As the year pattern: four to nine digits, all of them (a longer year is kept whole, never cut to four).
            if (i == at + 3 || digits is < 4 or > 9)
            {
                continue;
            }

            int year = 0;
            for (int k = 0; k < digits; k++)
            {
                year = (year * 10) + (folded[i + k] - '0');
            }

            from = i + digits;
            return year;
        }

        return null;
    }

    internal static Location? At(Mention m) => PlanRuleContext.Where(m.At, m.Path);

    /// <summary>Whether <paramref name="date"/> is after the festival day (19 August) of <paramref name="year"/>.</summary>
    internal static bool AfterFestivalDay(LocalDate date, int year)
        => date.Year > year || (date.Year == year && (date.Month > 8 || (date.Month == 8 && date.Day > 19)));

    private static readonly int Misnamed = PlanRuleContext.Mask(MentionKind.MisnamedFestival, MentionKind.MisnamedMedal, MentionKind.MisnamedMovement);

    private static PlanRule CountRule(string code, MentionKind kind, int foundingYear, Citation citation, string titleVi, string titleEn, string vi, string en, params MentionKind[] alsoKinds)
    {
        MentionKind[] kinds = [kind, .. alsoKinds];
        int mask = PlanRuleContext.Mask(kinds);
        return new(
            new(new(code), FindingSeverity.Error, EffectivePeriod.Always, citation, titleVi, titleEn, vi, en) { Fixable = true },
            (c, r) =>
            {
                if (c.Year is not { } y || y < foundingYear || !c.MentionsAny(mask))
                {
                    return;
                }

                int expected = y - foundingYear;
                foreach (var k in kinds)
                {
                    foreach (var m in c.Facts.Of(k))
                    {
                        if (m.A != expected)
                        {
                            c.ReportFix(r, At(m), m.Excerpt, Fixes.LeadingDigits(m.At, m.Excerpt), RuleText.Num(expected), Fixes.Replace(RuleText.Num(m.A) + " năm", RuleText.Num(expected) + " năm"),
                                ("year", RuleText.Num(y)), ("expected", RuleText.Num(expected)), ("expectedOrdinal", Internal.Localization.EnglishOrdinal(expected)), ("found", RuleText.Num(m.A)));
                        }
                    }
                }
            });
    }
}
