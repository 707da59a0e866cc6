using System.Globalization;
using AntqDomain.Documents;
using AntqDomain.Plans;
using NodaTime;
using AntqDomain.Language;
using AntqDomain.Legal;

namespace AntqDomain.Rules;

/// <summary>ANTQ1xx — the form of the document (Decree 30/2020/NĐ-CP).</summary>
internal static class DocumentFormRules
{
    /// <summary>
    /// The form rules apply to plans dated from Decree 30/2020's entry into force (5 March 2020); earlier documents
    /// followed Circular 01/2011/TT-BNV, which this catalogue does not check.
    /// </summary>
    private static readonly EffectivePeriod Decree30InForce = new(new LocalDate(2020, 3, 5));

    public static IEnumerable<PlanRule> All()
    {
        yield return new(
            new(new("ANTQ101"), FindingSeverity.Warning, Decree30InForce, Citations.Decree30("Điều 8 khoản 2; Điều 15; Phụ lục I, Phần I, mục II, khoản 3"),
                "Thiếu số văn bản", "Document number missing",
                "Kế hoạch chưa có số (\"Số: {found}\"): bản dự thảo chưa được cấp số.", "The plan has no number (\"Số: {found}\"): an unnumbered draft."),
            static (c, r) =>
            {
                var p = c.Plan;
                if (p.NumberText is null)
                {
                    c.Report(r, Location.AtPath("$.numberText"), null, ("found", ""));
                }
                else if (c.Number is { IsDraft: true, HasPlaceholderNumber: false })
                {
                    c.Report(r, PlanRuleContext.Where(new PlanText(p.NumberText, p.NumberAt), "$.numberText"), p.NumberText, ("found", p.NumberText));
                }
            });

        yield return new(
            new(new("ANTQ102"), FindingSeverity.Error, Decree30InForce, Citations.Decree30("Phụ lục I, Phần I, mục II, khoản 3; Phụ lục III"),
                "Ký hiệu văn bản sai thể thức", "Malformed number and symbol",
                "Số, ký hiệu \"{found}\" không đúng thể thức <số>/<tên loại>-<cơ quan ban hành> (kế hoạch: KH, báo cáo: BC): {reason}.",
                "The number and symbol \"{found}\" is not of the form <number>/<type>-<issuer> (a plan: KH, a report: BC): {reasonEn}.") { Fixable = true },
            static (c, r) =>
            {
                var p = c.Plan;
                if (p.NumberText is null)
                {
                    return;
                }

                var parsed = c.ParsedNumber!;
                string type = p.DocumentKind == DocumentKind.Report ? "BC" : "KH";
                (string Vi, string En) reason;
                if (!parsed.Success)
                {
                    reason = ("thiếu dấu gạch nối hoặc sai cấu trúc", "a missing hyphen or a wrong structure");
                }
                else if (SymbolFormProblem(p.NumberText) is { } form)
                {
                    reason = form;
                }
                else if (p.DocumentKind != DocumentKind.Other && parsed.Value.Type?.Abbreviation != type)
                {
                    reason = ($"tên loại là {parsed.Value.Type?.Abbreviation ?? "(không có)"}, không phải {type}", $"the type is {parsed.Value.Type?.Abbreviation ?? "(none)"}, not {type}");
                }
                else
                {
                    return;
                }

                // The repair is worked out only for a number that needs one.
                string? repaired = p.DocumentKind == DocumentKind.Other ? null : Fixes.Symbol(p.NumberText, type);
                var span = repaired is null ? null : PlanRuleContext.Where(new PlanText(p.NumberText, p.NumberAt), "$.numberText");
                var description = Fixes.Replace(p.NumberText.Trim(), repaired ?? string.Empty);
                c.ReportFix(r, PlanRuleContext.Where(p.NumberAt, "$.numberText"), p.NumberText, span, repaired ?? string.Empty, description, ("found", p.NumberText), ("reason", reason.Vi), ("reasonEn", reason.En));
            });

        yield return new(
            new(new("ANTQ111"), FindingSeverity.Warning, Decree30InForce, Citations.Decree30("Phụ lục I, Phần I, mục II, khoản 3"),
                "Chữ \"Số\" thiếu dấu hai chấm", "\"Số\" without its colon",
                "Trước số, ký hiệu văn bản ghi \"Số:\" (có dấu hai chấm), không ghi \"{found}\".", "The number and symbol follow \"Số:\" with its colon, not \"{found}\".") { Fixable = true },
            static (c, r) =>
            {
                if (c.Plan.NumberLabel is not { } label || label.Text.EndsWith(':') || c.Plan.NumberText is null)
                {
                    return;
                }

                string folded = VietnameseText.Fold(label.Text).TrimEnd('.', ' ');
                if (folded != "so")
                {
                    return;
                }

                // "Số 45/KH-BCĐ" and "Số. 45/KH-BCĐ" become "Số: 45/KH-BCĐ"; "Số45/KH-BCĐ" gains the space too.
                bool spaceFollows = label.At is { Line: { } line, Column: { } col, Length: { } len } && c.Plan.NumberAt is { } n && n.Line == line && n.Column > col + len;
                string written = "Số:" + (spaceFollows ? string.Empty : " ");
                c.ReportFix(r, PlanRuleContext.Where(label, "$.numberLabel"), label.Text, label.At, written, Fixes.Replace(label.Text, written.TrimEnd()), ("found", label.Text));
            });

        yield return new(
            new(new("ANTQ103"), FindingSeverity.Warning, Decree30InForce, Citations.Decree30("Điều 8 khoản 2; Phụ lục I, Phần I, mục II, khoản 4"),
                "Địa danh, ngày tháng chưa đầy đủ", "Place-and-date line incomplete",
                "Dòng địa danh, ngày tháng chưa đủ ({missing}): \"{found}\".", "The place-and-date line is incomplete ({missingEn}): \"{found}\"."),
            static (c, r) =>
            {
                var d = c.Plan.Dated;
                if (d is null)
                {
                    c.Report(r, Location.AtPath("$.dated"), null, ("missing", "không có dòng này"), ("missingEn", "the line is missing"), ("found", ""));
                    return;
                }

                if (d.Day is not null && d.Month is not null && d.Year is not null && !string.IsNullOrWhiteSpace(d.Place))
                {
                    return;
                }

                // The parts are named in the line's order, joined with commas ("thiếu ngày, tháng").
                string missingVi = "thiếu " + Missing(d, vi: true);
                string missingEn = "missing " + Missing(d, vi: false);
                string found = d.ToString();
                c.Report(r, PlanRuleContext.Where(c.Plan.DatedAt, "$.dated"), found,
                    ("missing", missingVi), ("missingEn", missingEn), ("found", found));
            });

        yield return new(
            new(new("ANTQ113"), FindingSeverity.Warning, Decree30InForce, Citations.Decree30("Điều 8 khoản 2; Phụ lục I, Phần I, mục II, khoản 4"),
                "Ngày ban hành viết bằng số", "Date of issue in figures",
                "Theo Nghị định 30, ngày ban hành viết \"ngày … tháng … năm …\", không viết bằng số: \"{found}\".",
                "Decree 30 writes the date of issue as \"ngày … tháng … năm …\", not in figures: \"{found}\".") { Fixable = true },
            static (c, r) =>
            {
                if (c.Plan.Dated is { InFigures: { } figures, Date: { } date } d)
                {
                    string found = string.IsNullOrWhiteSpace(d.Place) ? "ngày " + figures : d.Place + ", ngày " + figures;
                    string written = PlaceAndDate.For(d.Place, date).ToString();
                    c.ReportFix(r, PlanRuleContext.Where(c.Plan.DatedAt, "$.dated"), found, c.Plan.DatedAt, written, Fixes.Replace(found, written), ("found", found));
                }
            });

        yield return new(
            new(new("ANTQ104"), FindingSeverity.Warning, Decree30InForce, Citations.Decree30("Điều 15; Phụ lục I, Phần I, mục II, khoản 3, 4"),
                "Thiếu số 0 đứng trước", "Leading zero missing",
                "Theo Nghị định 30, {what} cần có số 0 đứng trước: \"{found}\".", "Decree 30 writes {whatEn} with a leading zero: \"{found}\".") { Fixable = true },
            static (c, r) =>
            {
                var p = c.Plan;
                if (p.Dated is { MissesLeadingZero: true, InFigures: null } d)
                {
                    string written = d.Date is { } date ? PlaceAndDate.For(d.Place, date).ToString() : string.Empty;
                    c.ReportFix(r, PlanRuleContext.Where(p.DatedAt, "$.dated"), d.ToString(), d.Date is null ? null : p.DatedAt, written, Fixes.Replace(d.ToString(), written),
                        ("what", "ngày nhỏ hơn 10 và tháng 1, 2"), ("whatEn", "days below 10 and months 1–2"), ("found", d.ToString()));
                }

                if (c.Number is { HasRequiredLeadingZero: false } n)
                {
                    var where = PlanRuleContext.Where(new PlanText(p.NumberText!, p.NumberAt), "$.numberText");
                    string zero = Fixes.LeadingZero(p.NumberText!);
                    c.ReportFix(r, where, p.NumberText, p.NumberAt, zero, Fixes.Replace(p.NumberText!, zero), ("what", "số văn bản nhỏ hơn 10"), ("whatEn", "numbers below 10"), ("found", n.ToString()));
                }
            });

        yield return new(
            new(new("ANTQ105"), FindingSeverity.Error, Decree30InForce, Citations.Decree30("Điều 8 khoản 2; Phụ lục I, Phần I, mục II, khoản 9"),
                "Nơi nhận thiếu hoặc thiếu dòng lưu", "Recipients or archive line missing",
                "Phần \"Nơi nhận\" hoặc dòng lưu văn bản chưa đúng thể thức.", "The recipients block or its archive line is not in the prescribed form.")
            {
                Fixable = true,
                Outcomes =
                [
                    new("noRecipients", "Kế hoạch không có phần \"Nơi nhận\".", "The plan has no recipients block (\"Nơi nhận\")."),
                    new("noArchiveLine", "Phần \"Nơi nhận\" không kết thúc bằng dòng lưu văn bản (\"Lưu: VT, …\").", "The recipients block does not end with the archive line (\"Lưu: VT, …\")."),
                    new("notLast", "Dòng lưu văn bản phải là dòng cuối của phần \"Nơi nhận\".", "The archive line must be the last line of the recipients block."),
                    new("noRecordsOffice", "Dòng lưu phải ghi văn thư trước (\"Lưu: VT, …\").", "The archive line names the records office first (\"Lưu: VT, …\")."),
                    new("noDraftingUnit", "Dòng lưu phải ghi tên viết tắt của đơn vị soạn thảo sau \"VT\" (\"Lưu: VT, CAT.\").", "The archive line names the drafting unit's abbreviation after \"VT\" (\"Lưu: VT, CAT.\")."),
                    new("noFullStop", "Dòng lưu văn bản phải kết thúc bằng dấu chấm.", "The archive line ends with a full stop."),
                ],
            },
            static (c, r) =>
            {
                var rec = c.Plan.Recipients;
                if (rec is null || rec.Lines.IsDefaultOrEmpty)
                {
                    c.ReportOutcome(r, "noRecipients", rec?.At is { } recAt ? recAt with { Path = "$.recipients" } : c.BelongsAtEnd("$.recipients"), null);
                }
                else if (rec.ArchiveDefect is var defect and not ArchiveLineDefect.None)
                {
                    var line = defect == ArchiveLineDefect.Missing ? null : rec.ArchiveLine;
                    string key = defect switch
                    {
                        ArchiveLineDefect.Missing => "noArchiveLine",
                        ArchiveLineDefect.NotLast => "notLast",
                        ArchiveLineDefect.NoRecordsOffice => "noRecordsOffice",
                        ArchiveLineDefect.NoDraftingUnit => "noDraftingUnit",
                        _ => "noFullStop",
                    };
                    var (span, replacement) = ArchiveFix(rec, defect);
                    c.ReportOutcomeFix(r, key, PlanRuleContext.Where(line?.At ?? rec.At, "$.recipients"), line?.Text, span, replacement,
                        defect == ArchiveLineDefect.Missing ? ("Thêm dòng \"" + MissingArchiveLine + "\" cuối phần Nơi nhận", "Add the line \"" + MissingArchiveLine + "\" at the end of the recipients") : ("Thêm dấu chấm cuối dòng lưu", "End the archive line with a full stop"));
                }
            });

        yield return new(
            new(new("ANTQ106"), FindingSeverity.Error, Decree30InForce, Citations.Decree30("Điều 8 khoản 2; Phụ lục I, Phần I, mục II, khoản 7"),
                "Chữ ký thiếu thẩm quyền hoặc họ tên", "Signature block incomplete",
                "Phần ký chưa đủ thẩm quyền, chức vụ và họ tên người ký.", "The signature block lacks the authority, the title or the signer's name.")
            {
                Outcomes =
                [
                    new("missing", "Kế hoạch không có phần ký.", "The plan has no signature block."),
                    new("noTitle", "Phần ký thiếu dòng thẩm quyền, chức vụ người ký.", "The signature block has no authority or title line."),
                    new("noName", "Phần ký thiếu họ tên người ký.", "The signature block has no signer's name."),
                ],
            },
            static (c, r) =>
            {
                var s = c.Plan.Signature;
                if (s is null)
                {
                    c.ReportOutcome(r, "missing", c.Plan.Recipients is { Lines.IsDefaultOrEmpty: false } rec && rec.Lines[^1].At is { } lastAt ? lastAt with { Path = "$.signature" } : c.BelongsAtEnd("$.signature"), null);
                    return;
                }

                if (s.Lines.IsDefaultOrEmpty)
                {
                    c.ReportOutcome(r, "noTitle", PlanRuleContext.Where(s.Signer, "$.signature"), null);
                }

                if (s.Signer is null || string.IsNullOrWhiteSpace(s.Signer.Text))
                {
                    c.ReportOutcome(r, "noName", PlanRuleContext.Where(s.Lines.IsDefaultOrEmpty ? null : s.Lines[^1], "$.signature.signer"), null);
                }
            });

        yield return new(
            new(new("ANTQ112"), FindingSeverity.Warning, Decree30InForce, Citations.Decree30("Phụ lục I, Phần I, mục II, khoản 7"),
                "Ban Chỉ đạo dùng dấu cơ quan nhưng thiếu chức vụ của người ký tại cơ quan", "Committee under its host's seal without the signer's post in the host",
                "Kế hoạch của Ban Chỉ đạo trực thuộc {host} (dùng con dấu của cơ quan này): dưới chức danh trong Ban, phần ký ghi cả chức vụ của người ký tại cơ quan (ví dụ \"{example}\").",
                "A plan of a committee under {host} (using that body's seal) gives, under the committee title, the signer's post in that body too (e.g. \"{example}\")."),
            static (c, r) =>
            {
                var p = c.Plan;
                if (p.Issuer.Kind != IssuerKind.SteeringCommittee || HostOf(p.Issuer.Name) is not { } host || p.Signature is not { Lines.IsDefaultOrEmpty: false } s || s.HostPost is not null)
                {
                    return;
                }

                string hostFolded = VietnameseText.Fold(host);
                string example = hostFolded.StartsWith("bo cong an", StringComparison.Ordinal) ? "BỘ TRƯỞNG BỘ CÔNG AN"
                    : hostFolded.StartsWith("cong an", StringComparison.Ordinal) ? "GIÁM ĐỐC " + host.ToUpper(Internal.Localization.Vietnamese)
                    : s.NamesDeputy ? "PHÓ CHỦ TỊCH " + host.ToUpper(Internal.Localization.Vietnamese) : "CHỦ TỊCH " + host.ToUpper(Internal.Localization.Vietnamese);
                c.Report(r, PlanRuleContext.Where(s.Lines[^1], "$.signature"), string.Join(" / ", s.Lines.Select(l => l.Text)), ("host", host), ("example", example));
            });

        yield return new(
            new(new("ANTQ107"), FindingSeverity.Warning, Decree30InForce, Citations.Decree30("Phụ lục I, Phần I, mục II, khoản 2, 3"),
                "Cơ quan ban hành không khớp ký hiệu", "Issuer does not match the symbol",
                "Ký hiệu \"{symbol}\" cho biết cơ quan ban hành là {expected}, nhưng {where} ghi {found}{note}.",
                "The symbol \"{symbol}\" names {expectedEn} as issuer, but {whereEn} shows {foundEn}{noteEn}."),
            static (c, r) =>
            {
                var p = c.Plan;
                if (c.Number is not { } n)
                {
                    return;
                }

                IssuerKind bySymbol = c.Facts.SymbolKind;
                if (bySymbol == IssuerKind.Unknown)
                {
                    return;
                }

                if (p.Issuer.Name is not null && p.Issuer.Kind is IssuerKind.SteeringCommittee or IssuerKind.PeoplesCommittee or IssuerKind.Police && p.Issuer.Kind != bySymbol)
                {
                    // A committee that uses its host's seal still numbers its documents in its own series (…/KH-BCĐ).
                    bool hostSeries = p.Issuer.Kind == IssuerKind.SteeringCommittee && HostOf(p.Issuer.Name) is not null;
                    c.Report(r, PlanRuleContext.Where(p.Issuer.At, "$.issuer.name"), p.Issuer.Name,
                        ("symbol", n.ToString()), ("expected", KindVi(bySymbol)), ("expectedEn", KindEn(bySymbol)), ("where", "phần đầu văn bản"), ("whereEn", "the header"), ("found", KindVi(p.Issuer.Kind)), ("foundEn", KindEn(p.Issuer.Kind)),
                        ("note", hostSeries ? "; Ban Chỉ đạo dùng con dấu của cơ quan vẫn đánh số, ký hiệu theo hệ thống của Ban (…/KH-BCĐ)" : string.Empty),
                        ("noteEn", hostSeries ? "; a committee using its host's seal still numbers its documents in its own series (…/KH-BCĐ)" : string.Empty));
                    return;
                }

                if (p.Signature is { } s && !s.Lines.IsDefaultOrEmpty)
                {
                    IssuerKind bySignature = c.Facts.SignatureKind;
                    if (bySignature != IssuerKind.Unknown && bySignature != bySymbol)
                    {
                        c.Report(r, PlanRuleContext.Where(s.Lines[0], "$.signature.lines[0]"), s.Lines[0].Text,
                            ("symbol", n.ToString()), ("expected", KindVi(bySymbol)), ("expectedEn", KindEn(bySymbol)), ("where", "phần ký"), ("whereEn", "the signature"), ("found", KindVi(bySignature)), ("foundEn", KindEn(bySignature)), ("note", string.Empty), ("noteEn", string.Empty));
                    }
                }
            });

        yield return new(
            new(new("ANTQ108"), FindingSeverity.Error, EffectivePeriod.Always, Citations.Decree30("Phụ lục I, Phần I, mục II, khoản 4"),
                "Ngày tháng không tồn tại hoặc mâu thuẫn", "Impossible or contradictory date",
                "Ngày tháng của kế hoạch không tồn tại hoặc mâu thuẫn.", "A date of the plan does not exist or contradicts another.")
            {
                Outcomes =
                [
                    new("noSuchDay", "Ngày ban hành {day}/{month}/{year} không tồn tại.", "The issue date {day}/{month}/{year} does not exist."),
                    new("afterCentralWindow", "Kế hoạch ban hành ngày {issued}, sau khi thời gian tổ chức Ngày hội năm {year} của Trung ương đã kết thúc ({end}).", "The plan is dated {issued}, after the central window for {year} ended ({end})."),
                    new("titleYear", "Năm {year} trong tên kế hoạch không thể là năm tổ chức Ngày hội (Ngày hội được tổ chức hằng năm từ {first}).", "The year {year} in the title cannot be a festival year (the festival is held every year from {first})."),
                    new("issueYear", "Năm ban hành {year} không hợp lý cho một kế hoạch tổ chức Ngày hội (có từ năm {first}).", "The issue year {year} is implausible for a festival plan (the festival exists from {first})."),
                    new("windowReversed", "Thời gian tổ chức kết thúc ({end}) trước khi bắt đầu ({start}).", "The window ends ({end}) before it starts ({start})."),
                ],
            },
            static (c, r) =>
            {
                var p = c.Plan;
                if (c.Facts.DateIsImpossible && p.Dated is { } d)
                {
                    c.ReportOutcome(r, "noSuchDay", PlanRuleContext.Where(p.DatedAt, "$.dated"), d.ToString(),
                        ("day", d.Day?.ToString(CultureInfo.InvariantCulture) ?? ""), ("month", d.Month?.ToString(CultureInfo.InvariantCulture) ?? ""), ("year", d.Year?.ToString(CultureInfo.InvariantCulture) ?? ""));
                }
                else if (p.DocumentKind == DocumentKind.FestivalPlan && c.Facts.IssueDate is { } issued && (p.TitleYear is null || p.TitleYear == issued.Year) && c.CentralWindow is { } central && issued > central.End)
                {
                    c.ReportOutcome(r, "afterCentralWindow", PlanRuleContext.Where(p.DatedAt, "$.dated"), p.Dated!.ToString(),
                        ("issued", RuleText.Date(issued)), ("year", central.Year.ToString(CultureInfo.InvariantCulture)), ("end", RuleText.Date(central.End)));
                }

                if (p.TitleYear is { } titleYear && !Calendar.FestivalYear.IsSupported(titleYear))
                {
                    c.ReportOutcome(r, "titleYear", PlanRuleContext.Where(p.Title, "$.year"), p.Title?.Text,
                        ("year", titleYear.ToString(CultureInfo.InvariantCulture)), ("first", Calendar.FestivalYear.FirstYear.ToString(CultureInfo.InvariantCulture)));
                }

                if (p.Dated is { Year: { } issuedYear } dated && !c.Facts.DateIsImpossible && (issuedYear < Calendar.FestivalYear.FirstYear || issuedYear > 9999))
                {
                    c.ReportOutcome(r, "issueYear", PlanRuleContext.Where(p.DatedAt, "$.dated"), dated.ToString(),
                        ("year", issuedYear.ToString(CultureInfo.InvariantCulture)), ("first", Calendar.FestivalYear.FirstYear.ToString(CultureInfo.InvariantCulture)));
                }

                if (p.Window is { Start: { } s, End: { } e } w && e < s)
                {
                    c.ReportOutcome(r, "windowReversed", PlanRuleContext.Where(w.Text, "$.window"), w.Text?.Text, ("end", RuleText.Date(e)), ("start", RuleText.Date(s)));
                }
            });

        yield return DatedAfterFestivalDay();
        yield return UnfilledPlaceholders();
    }

    /// <summary>The archive line a fix adds when there is none: the drafting unit is for a person to fill in.</summary>
    private const string MissingArchiveLine = "- Lưu: VT, [đơn vị soạn thảo].";

    /// <summary>The mechanical repair of an archive line: add it when missing, end it with a full stop; the other defects need a person.</summary>
    private static (Location? Span, string Replacement) ArchiveFix(Recipients rec, ArchiveLineDefect defect)
    {
        if (defect == ArchiveLineDefect.Missing && rec.Lines[^1].At is { Line: not null, Column: { } col, Length: { } len } last)
        {
            return (last with { Column = col + len, Length = 0, Path = null }, "\n" + MissingArchiveLine);
        }

        if (defect == ArchiveLineDefect.NoFinalFullStop && rec.ArchiveLine is { At: { Line: not null, Column: { } c, Length: { } l } at } archive)
        {
            string t = archive.Text.TrimEnd();
            bool ends = t.Length > 0 && t[^1] is ';' or ',' or ':';
            return ends ? (at with { Column = c + t.Length - 1, Length = 1, Path = null }, ".") : (at with { Column = c + t.Length, Length = 0, Path = null }, ".");
        }

        return (null, string.Empty);
    }

    /// <summary>ANTQ110: the blanks a draft leaves for a person ("[số]", "[Họ và tên người ký]"), listed once.</summary>
    private static PlanRule UnfilledPlaceholders()
        => new(
            new(new("ANTQ110"), FindingSeverity.Info, EffectivePeriod.Always, Citations.Decree30("Điều 8"),
                "Dự thảo còn nội dung cần điền", "Draft has blanks to fill in",
                "Dự thảo còn {count} nội dung cần điền trước khi ban hành: {list}.",
                "The draft has {count} blank(s) to fill in before it is issued: {list}."),
            static (c, r) =>
            {
                var p = c.Plan;
                var found = new List<string>();
                (PlanText Text, TextPath Path, int Index)? first = null;
                void Scan(PlanText? t, TextPath path)
                {
                    if (t is null)
                    {
                        return;
                    }

                    foreach (var (text, index) in Placeholder.FindAll(t.Text))
                    {
                        first ??= (t, path, index);
                        if (!found.Contains(text))
                        {
                            found.Add(text);
                        }
                    }
                }

                Scan(p.NumberText is { } n ? new PlanText(n, p.NumberAt) : null, new TextPath("numberText"));

                // A blank opens with '[', which folding keeps: only the text items holding one are read for blanks.
                var items = c.Facts.Folded;
                for (int i = items.NextHolding('[', 0); i < items.Count; i = items.NextHolding('[', i + 1))
                {
                    var (text, path) = items.ItemAt(i);
                    Scan(text, path);
                }

                if (p.Recipients is { } recipients)
                {
                    for (int i = 0; i < recipients.Lines.Length; i++)
                    {
                        Scan(recipients.Lines[i], new TextPath("recipients", -1, "lines", i));
                    }
                }

                if (p.Signature is { } signature)
                {
                    for (int i = 0; i < signature.Lines.Length; i++)
                    {
                        Scan(signature.Lines[i], new TextPath("signature", -1, "lines", i));
                    }

                    Scan(signature.Signer, new TextPath("signature", -1, "signer"));
                }

                if (first is { } at)
                {
                    var location = at.Text.At is { } l ? l.Shift(at.Index, found[0].Length) : Location.AtPath(at.Path.ToString());
                    c.Report(r, location, found[0], ("count", RuleText.Num(found.Count)), ("list", string.Join(", ", found)));
                }
            });

    /// <summary>ANTQ109: a plan dated after the festival day of its year, when the central window of that year is not known.</summary>
    private static PlanRule DatedAfterFestivalDay()
        => new(
            new(new("ANTQ109"), FindingSeverity.Warning, EffectivePeriod.Always, Citations.Decision521,
                "Ban hành sau Ngày hội", "Dated after the festival day",
                "Kế hoạch ban hành ngày {issued}, sau Ngày hội 19/8/{year}; không có dữ liệu về thời gian của kế hoạch Trung ương năm {year} để đối chiếu.",
                "The plan is dated {issued}, after the festival day 19/8/{year}; the central plan's window for {year} is not known to check it against."),
            static (c, r) =>
            {
                var p = c.Plan;
                if (p.DocumentKind == DocumentKind.FestivalPlan && c.Facts.IssueDate is { } issued && (p.TitleYear is null || p.TitleYear == issued.Year) && c.CentralWindow is null && CalendarRules.AfterFestivalDay(issued, issued.Year))
                {
                    c.Report(r, PlanRuleContext.Where(p.DatedAt, "$.dated"), p.Dated!.ToString(), ("issued", RuleText.Date(issued)), ("year", RuleText.Num(issued.Year)));
                }
            });

    /// <summary>The parts a place-and-date line lacks, in the line's order and joined with commas, in Vietnamese or English.</summary>
    private static string Missing(PlaceAndDate d, bool vi)
    {
        string? parts = null;
        Add(ref parts, d.Day is null, vi ? "ngày" : "day");
        Add(ref parts, d.Month is null, vi ? "tháng" : "month");
        Add(ref parts, d.Year is null, vi ? "năm" : "year");
        Add(ref parts, string.IsNullOrWhiteSpace(d.Place), vi ? "địa danh" : "place");
        return parts ?? string.Empty;

        static void Add(ref string? parts, bool missing, string part)
        {
            if (missing)
            {
                parts = parts is null ? part : parts + ", " + part;
            }
        }
    }

    /// <summary>
    /// What breaks the written form of a number and symbol that parses: Decree 30 writes the symbol in capitals, with
    /// "/" and "-" and no spaces ("45/KH-BCĐ", not "45 / KH - BCĐ", "45/KH-bcđ" or "45/KH–BCĐ").
    /// </summary>
    internal static (string Vi, string En)? SymbolFormProblem(string numberText)
    {
        string t = numberText.Trim().TrimEnd('.', ';', ',');
        if (t.Contains(' ', StringComparison.Ordinal) || t.Contains('\t', StringComparison.Ordinal))
        {
            return ("có khoảng trắng giữa các thành phần", "it has spaces between its parts");
        }

        if (t.AsSpan().IndexOfAny('–', '—') >= 0)
        {
            return ("dùng gạch ngang dài thay cho dấu gạch nối \"-\"", "it uses a dash instead of the hyphen \"-\"");
        }

        // The one type abbreviation with a small letter is "QyĐ" (quy định, Phụ lục III).
        string symbol = t[(t.IndexOf('/', StringComparison.Ordinal) + 1)..].Replace("QyĐ", "QYĐ", StringComparison.Ordinal);
        foreach (char ch in symbol)
        {
            if (char.IsLower(ch))
            {
                return ("ký hiệu phải viết bằng chữ in hoa", "the symbol must be in capitals");
            }
        }

        return null;
    }

    /// <summary>Whether any line's folded text contains <paramref name="folded"/>.</summary>
    internal static bool AnyLineContains(System.Collections.Immutable.ImmutableArray<PlanText> lines, string folded)
    {
        foreach (var l in lines)
        {
            if (Language.VietnameseText.FoldedContains(l.Text, folded))
            {
                return true;
            }
        }

        return false;
    }

    internal static IssuerKind SymbolKind(string issuerGroup)
        => issuerGroup.StartsWith("BCĐ", StringComparison.Ordinal) || issuerGroup.StartsWith("BCD", StringComparison.Ordinal) ? IssuerKind.SteeringCommittee
            : issuerGroup.StartsWith("UBND", StringComparison.Ordinal) ? IssuerKind.PeoplesCommittee
            : issuerGroup.StartsWith("CA", StringComparison.Ordinal) ? IssuerKind.Police
            : IssuerKind.Unknown;

    internal static string KindVi(IssuerKind k) => k switch
    {
        IssuerKind.SteeringCommittee => "Ban Chỉ đạo",
        IssuerKind.PeoplesCommittee => "Ủy ban nhân dân",
        IssuerKind.Police => "Công an",
        _ => "cơ quan khác",
    };

    internal static string KindEn(IssuerKind k) => k switch
    {
        IssuerKind.SteeringCommittee => "a steering committee",
        IssuerKind.PeoplesCommittee => "a People's Committee",
        IssuerKind.Police => "the police",
        _ => "another body",
    };


    /// <summary>
    /// The body a committee sits under, as its header names it above the committee ("UBND TỈNH TUYÊN QUANG" of
    /// "UBND TỈNH TUYÊN QUANG BAN CHỈ ĐẠO 138"), or null when the header names the committee alone.
    /// </summary>
    internal static string? HostOf(string? issuerName)
    {
        if (issuerName is null)
        {
            return null;
        }

        issuerName = SpacedWords.Even(issuerName);
        string f = VietnameseText.Fold(issuerName);
        int committee = f.IndexOf("ban chi dao", StringComparison.Ordinal);
        if (committee <= 0)
        {
            return null;
        }

        string before = f[..committee];
        bool body = before.Contains("ubnd", StringComparison.Ordinal) || before.Contains("uy ban nhan dan", StringComparison.Ordinal) || before.Contains("cong an", StringComparison.Ordinal);
        string host = f.Length == issuerName.Length ? issuerName[..committee] : before;
        return body ? host.Trim().TrimEnd(',', '-', '–').Trim() : null;
    }
}
