using System.Collections.Immutable;
using System.Globalization;
using AntqDomain.Administration;
using AntqDomain.Calendar;
using AntqDomain.Documents;
using AntqDomain.Internal;
using AntqDomain.Plans;
using AntqDomain.Writing;
using NodaTime;
using AntqDomain.Language;
using AntqDomain.Reading;

namespace AntqDomain.Drafting;

/// <summary>
/// Drafts a festival plan (<em>soạn dự thảo Kế hoạch tổ chức Ngày hội</em>) for a unit, level and year: every part
/// the rules in force on its date require, the anniversary counts and ranges of the year, the ceremony template in force,
/// the backdrop title, a window inside the parent plan's and ending by 19 August, and a signature block fitting the
/// issuer. Facts it cannot know — the number, names, the showcase site, the ceremony day — are placeholders, never
/// invented. The draft respects the administrative map of its issue date (no district level or township from
/// 1 July 2025, no special zone before it, no merged province).
/// </summary>
public static class PlanDrafter
{
    private static readonly CultureInfo Vi = Localization.Vietnamese;

    /// <summary>Drafts the plan <paramref name="request"/> asks for.</summary>
    /// <param name="request">The unit, level, year and known facts.</param>
    /// <param name="centralWindows">The central plans' windows by year, which bound the draft's window; <see cref="CentralCampaignWindows.Default"/> when null.</param>
    /// <returns>The draft: its plan, its text and its placeholders.</returns>
    /// <exception cref="DraftRequestException">The request names a plan that cannot exist on its date.</exception>
    public static PlanDraft Draft(PlanDraftRequest request, CentralCampaignWindows? centralWindows = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unit = Unit.Of(request);
        var fy = new FestivalYear(request.Year);
        var (issued, window) = Dates(request, fy, centralWindows ?? CentralCampaignWindows.Default);
        unit.CheckExistsOn(issued);

        var skeleton = Compose(request, unit, fy, issued, window);
        string text = PlanTextWriter.Write(skeleton);
        var read = PlanTextReader.Default.Read(text);
        var plan = read.Plan ?? throw new InvalidOperationException("The drafted text could not be read back: " + string.Join("; ", read.Diagnostics.Select(d => d.MessageEn)));
        return new PlanDraft(plan, text, Placeholders(text));
    }

    private static (LocalDate Issued, DateInterval Window) Dates(PlanDraftRequest request, FestivalYear fy, CentralCampaignWindows centralWindows)
    {
        var parent = request.Parent;
        if (parent is not null && parent.FestivalYear is { } py && py != fy.Year)
        {
            throw new DraftRequestException($"The parent plan is for the festival of {py}, not {fy.Year}.");
        }

        LocalDate festivalDay = fy.FestivalDay;
        var suggested = fy.SuggestedWindow();
        LocalDate start = suggested.Start;
        LocalDate end = suggested.End;
        if (centralWindows.For(fy.Year) is { } central)
        {
            start = Max(start, central.Start);
            end = Min(end, central.End);
        }

        if (parent?.Window?.Interval is { } pw)
        {
            var (s, e) = (Max(start, pw.Start), Min(end, pw.End));
            (start, end) = s <= e ? (s, e) : (pw.Start, Min(pw.End, festivalDay) < pw.Start ? pw.End : Min(pw.End, festivalDay));
        }

        LocalDate? parentDate = parent?.IssueDate;
        LocalDate issued;
        if (request.IssueDate is { } given)
        {
            if (given.Year != fy.Year)
            {
                throw new DraftRequestException($"A plan for the festival of {fy.Year} is issued in {fy.Year}, not on {given:uuuu-MM-dd}.");
            }

            if (given > festivalDay)
            {
                throw new DraftRequestException($"A plan for the festival of {fy.Year} cannot be issued after its festival day ({festivalDay:uuuu-MM-dd}); {given:uuuu-MM-dd} was given.");
            }

            if (parentDate is { } pd && given < pd)
            {
                throw new DraftRequestException($"The draft would be dated {given:uuuu-MM-dd}, before the plan it implements ({pd:uuuu-MM-dd}).");
            }

            issued = given;
        }
        else
        {
            issued = Max(start.PlusDays(-14), new LocalDate(fy.Year, 1, 1));
            if (parentDate is { } pd && pd > issued)
            {
                issued = pd;
            }
        }

        if (issued > start)
        {
            start = issued <= end ? issued : start;
        }

        return (issued, new DateInterval(start, end));
    }

    private static FestivalPlan Compose(PlanDraftRequest request, Unit unit, FestivalYear fy, LocalDate issued, DateInterval window)
    {
        int y = fy.Year;
        bool committee = request.IssuingBody == IssuerKind.SteeringCommittee;
        bool twoTiers = issued >= UnitType.FirstDayOfTwoTiers;
        string police = unit.PoliceOn(issued);
        string self = committee ? unit.CommitteeFull : unit.PeoplesCommitteeFull;
        string selfShort = committee ? unit.CommitteeShort : "Ủy ban nhân dân " + unit.TypeWord;

        string symbol = committee ? "KH-BCĐ" : "KH-UBND";
        string number = (request.Number is { } n ? n.ToString("00", CultureInfo.InvariantCulture) : Placeholder.Number.Text) + "/" + symbol;
        if (request.Number is { } bad && bad < 1)
        {
            throw new DraftRequestException($"A document number is a positive whole number, not {bad}.");
        }

        var basis = ImmutableArray.Create(new PlanText(Basis(request, unit, fy, self)));
        var sections = ImmutableArray.Create(
            Section(SectionKind.Purposes, "I.", "MỤC ĐÍCH, YÊU CẦU", Purposes(fy)),
            Section(SectionKind.Content, "II.", "NỘI DUNG", Content(request, unit, fy, issued, window, committee)),
            Section(SectionKind.Commendation, "III.", "KHEN THƯỞNG", Commendation(unit, police)),
            Section(SectionKind.Implementation, "IV.", "TỔ CHỨC THỰC HIỆN", Implementation(unit, police, selfShort, twoTiers)));

        return new FestivalPlan
        {
            NumberText = number,
            Issuer = new PlanIssuer(committee ? unit.CommitteeHeader : unit.PeoplesCommitteeHeader, unit.Level, unit.Type?.Code, request.IssuingBody),
            Dated = PlaceAndDate.For(unit.Place, issued),
            Title = new PlanText(string.Create(CultureInfo.InvariantCulture, $"KẾ HOẠCH Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm {y}")),
            TitleYear = y,
            Basis = basis,
            Sections = sections,
            Recipients = new Recipients([.. Recipients(request, unit, committee, twoTiers, issued).Select(r => new PlanText(r, null, "-"))]),
            Signature = Signature(request, unit, committee),
        };
    }

    private static string Basis(PlanDraftRequest request, Unit unit, FestivalYear fy, string self)
    {
        string festival = string.Create(CultureInfo.InvariantCulture, $"“Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm {fy.Year}");
        if (unit.Level == AdministrativeLevel.Central)
        {
            return $"Căn cứ Quyết định số 521/QĐ-TTg ngày 13/6/2005 của Thủ tướng Chính phủ lấy ngày 19 tháng 8 hằng năm là “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”, {self} ban hành Kế hoạch tổ chức {festival} như sau:";
        }

        string parentNumber;
        string parentDate;
        string parentBody;
        if (request.Parent is { } p)
        {
            parentNumber = p.Number is { } pn && !pn.IsDraft ? p.NumberText!.Trim() : Placeholder.ParentNumber.Text + "/" + (p.Number?.Symbol ?? "KH-BCĐ");
            parentDate = p.IssueDate is { } d ? PlanTextWriter.ShortDate(d) : Placeholder.ParentDate.Text;
            parentBody = Describe(p.Issuer) ?? unit.UpperBody;
        }
        else
        {
            parentNumber = Placeholder.ParentNumber.Text + "/KH-BCĐ";
            parentDate = Placeholder.ParentDate.Text;
            parentBody = unit.UpperBody;
        }

        return $"Thực hiện Kế hoạch số {parentNumber} ngày {parentDate} của {parentBody} về tổ chức {festival}, {self} ban hành Kế hoạch tổ chức Ngày hội như sau:";
    }

    private static ImmutableArray<PlanText> Purposes(FestivalYear fy)
    {
        string round = RoundSentence(fy);
        return
        [
            Item("1.", "Tuyên truyền, giáo dục truyền thống, nâng cao ý thức, trách nhiệm của Nhân dân trong bảo vệ an ninh, trật tự; " + fy.AnniversaryPhrase(Vi) + "." + round),
            Item("2.", "Biểu dương, khen thưởng và nhân rộng các mô hình, điển hình tiên tiến, tập thể, cá nhân có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc."),
            Item("3.", "Tổ chức thiết thực, trang trọng, tiết kiệm, an toàn, tránh hình thức, lãng phí."),
        ];
    }

    private static string RoundSentence(FestivalYear fy)
    {
        var parts = new List<string>();
        Describe(fy.PoliceYears, "Ngày truyền thống Công an nhân dân Việt Nam", parts);
        if (fy.FestivalYears.Years > 0)
        {
            Describe(fy.FestivalYears, "Ngày hội toàn dân bảo vệ an ninh Tổ quốc", parts);
        }

        return parts.Count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" Năm {fy.Year} là {string.Join(" và ", parts)}.");

        static void Describe(AnniversaryCount count, string what, List<string> parts)
        {
            string? kind = count.Round switch
            {
                AnniversaryRound.Ten => "năm tròn",
                AnniversaryRound.Five => "năm lẻ 5",
                _ => null,
            };
            if (kind is not null)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{kind} kỷ niệm {count.Years} năm {what}"));
            }
        }
    }

    private static ImmutableArray<PlanText> Content(PlanDraftRequest request, Unit unit, FestivalYear fy, LocalDate issued, DateInterval window, bool committee)
    {
        var list = ImmutableArray.CreateBuilder<PlanText>();
        list.Add(Item("1.", "Các hoạt động hướng tới Ngày hội"));
        list.Add(Item("-", string.Create(CultureInfo.InvariantCulture, $"Tuyên truyền về truyền thống của lực lượng Công an nhân dân qua {fy.PoliceYears.Years} năm xây dựng, chiến đấu và trưởng thành; về phong trào toàn dân bảo vệ an ninh Tổ quốc và các mô hình, điển hình tiên tiến.")));
        list.Add(Item("-", string.Create(CultureInfo.InvariantCulture, $"Treo cờ Tổ quốc, băng rôn, khẩu hiệu từ ngày {window.Start.Day:00}/{window.Start.Month} tại trụ sở cơ quan, đơn vị và nơi công cộng.")));
        list.Add(Item("2.", "Hình thức, phạm vi, thời gian"));
        list.Add(Item("-", "Phần lễ: " + CeremonySteps(fy, issued) + "."));
        list.Add(Item("-", "Tiêu đề khánh tiết:"));
        string organiser = committee ? unit.CommitteeFull : unit.PeoplesCommitteeFull;
        var backdrop = fy.BackdropTitle(organiser, unit.Place, request.CeremonyDay);
        for (int i = 0; i < backdrop.Lines.Length; i++)
        {
            string line = backdrop.Lines[i];
            if (request.CeremonyDay is null && i == backdrop.Lines.Length - 1)
            {
                line = line.Replace("ngày …", "ngày " + Placeholder.CeremonyDay.Text, StringComparison.Ordinal);
            }

            list.Add(new PlanText(line));
        }

        list.Add(Item("-", "Phần hội:"));
        list.Add(Item("+", "Hoạt động văn hóa, văn nghệ, thể dục thể thao, trò chơi dân gian."));
        list.Add(Item("+", "Hoạt động “Dân vận khéo”: giúp đỡ gia đình chính sách, hộ nghèo; tuyên truyền, phổ biến pháp luật."));
        list.Add(Item("-", $"Thời gian: từ ngày {PlanTextWriter.ShortDate(window.Start)} đến ngày {PlanTextWriter.ShortDate(window.End)}."));
        list.Add(Item("-", "Phạm vi: " + unit.Scope + Showcase(request, unit, committee)));
        list.Add(Item("-", "Thành phần: " + unit.Participants));
        list.Add(Item("-", "Kinh phí: " + unit.Funding));
        return list.ToImmutable();
    }

    private static string Showcase(PlanDraftRequest request, Unit unit, bool committee)
    {
        if (unit.Level is not (AdministrativeLevel.Province or AdministrativeLevel.District))
        {
            return string.Empty;
        }

        string site = string.IsNullOrWhiteSpace(request.ShowcaseSite) ? Placeholder.ShowcaseSite.Text : request.ShowcaseSite.Trim();
        string who = committee ? unit.CommitteeShort : "Ủy ban nhân dân " + unit.TypeWord;
        return $" {who} chọn {site} tổ chức điểm.";
    }

    /// <summary>
    /// The ceremony steps of the template in force: Decree 111/2018 art. 13 in a year whose police count is round (from
    /// 15/10/2018), else the festival guidance of the issue date.
    /// </summary>
    private static string CeremonySteps(FestivalYear fy, LocalDate issued) => CeremonyStepsText(TemplateFor(fy, issued));

    /// <summary>The ceremony template a plan of <paramref name="fy"/> issued on <paramref name="issued"/> follows.</summary>
    internal static CeremonyTemplate TemplateFor(FestivalYear fy, LocalDate issued)
        => fy.PoliceYears.Round == AnniversaryRound.Ten && issued >= CeremonyTemplate.Decree111.ValidFrom
            ? CeremonyTemplate.Decree111
            : CeremonyTemplate.GuideOn(issued);

    /// <summary>The steps of <paramref name="template"/> as a plan writes them inline: "(1) Chào cờ; (2) …; (8) Bế mạc".</summary>
    internal static string CeremonyStepsText(CeremonyTemplate template)
    {
        var parts = new List<string>(template.Steps.Length);
        for (int i = 0; i < template.Steps.Length; i++)
        {
            var (kind, optional) = template.Steps[i];
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"({i + 1}) {StepText(kind)}{(optional ? " (nếu có)" : string.Empty)}"));
        }

        return string.Join("; ", parts);
    }

    private static string StepText(CeremonyStepKind kind) => kind switch
    {
        CeremonyStepKind.WelcomePerformance => "Văn nghệ chào mừng",
        CeremonyStepKind.FlagSalute => "Chào cờ",
        CeremonyStepKind.Introduction => "Tuyên bố lý do, giới thiệu đại biểu",
        CeremonyStepKind.Programme => "Thông báo chương trình",
        CeremonyStepKind.OpeningSpeech => "Diễn văn khai mạc, đánh giá kết quả phong trào năm qua",
        CeremonyStepKind.Discussion => "Tọa đàm, trao đổi kinh nghiệm",
        CeremonyStepKind.Awards => "Công bố quyết định và trao thưởng",
        CeremonyStepKind.SuperiorSpeech => "Đại biểu cấp trên phát biểu",
        CeremonyStepKind.HostReply => "Phát biểu đáp từ",
        CeremonyStepKind.PledgeSigning => "Ký kết giao ước thi đua",
        CeremonyStepKind.ModelLaunch => "Ra mắt mô hình",
        CeremonyStepKind.Closing => "Bế mạc",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A template step the drafter cannot word."),
    };

    private static ImmutableArray<PlanText> Commendation(Unit unit, string police)
        => [new PlanText($"{police} tham mưu {unit.CommendingAuthority} khen thưởng tập thể, cá nhân có thành tích tiêu biểu trong phong trào toàn dân bảo vệ an ninh Tổ quốc để trao tại Ngày hội.")];

    private static ImmutableArray<PlanText> Implementation(Unit unit, string police, string selfShort, bool twoTiers)
    {
        string standing = unit.Level == AdministrativeLevel.Central
            ? $"{police} (cơ quan thường trực Ban Chỉ đạo)"
            : $"{police} (cơ quan thường trực {unit.CommitteeShort})";
        return
        [
            Item("1.", unit.LowerUnits(twoTiers) + " căn cứ Kế hoạch này xây dựng kế hoạch tổ chức Ngày hội phù hợp với tình hình thực tế."),
            Item("2.", $"{standing} chủ trì hướng dẫn, kiểm tra, đôn đốc việc thực hiện Kế hoạch và tổng hợp báo cáo kết quả về {selfShort}./."),
        ];
    }

    private static IEnumerable<string> Recipients(PlanDraftRequest request, Unit unit, bool committee, bool twoTiers, LocalDate issued)
    {
        string upper = unit.Level == AdministrativeLevel.Central
            ? "Lãnh đạo Bộ Công an"
            : request.Parent is { } p && Describe(p.Issuer) is { } described ? described : unit.UpperBodyShort;
        yield return upper + " (để báo cáo);";
        yield return committee ? "Các thành viên Ban Chỉ đạo;" : $"Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân {unit.TypeWord};";
        yield return unit.LowerRecipients(twoTiers) + ";";
        yield return $"Lưu: VT, {unit.PoliceAbbreviationOn(issued)}.";
    }

    private static SignatureBlock Signature(PlanDraftRequest request, Unit unit, bool committee)
    {
        // A committee signs under its host's seal: the signer's post in the host body goes under the committee
        // title. The head's post is the host's head; a deputy's post is left for a person to fill in.
        string[] lines = (committee, request.DeputySigns) switch
        {
            (true, false) => ["TRƯỞNG BAN", unit.HostHeadTitle],
            (true, true) => ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", Placeholder.SignerPost.Text],
            (false, false) => ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
            (false, true) => ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        };
        string signer = string.IsNullOrWhiteSpace(request.SignerName) ? Placeholder.SignerName.Text : request.SignerName.Trim();
        return new SignatureBlock([.. lines.Select(l => new PlanText(l))], new PlanText(signer));
    }

    /// <summary>How a plan's issuer is named inside a sentence ("Ban Chỉ đạo 138 tỉnh Tuyên Quang"), or null when its name is unknown.</summary>
    private static string? Describe(PlanIssuer issuer)
    {
        if (issuer.Level == AdministrativeLevel.Central)
        {
            return Unit.CentralCommittee;
        }

        if (string.IsNullOrWhiteSpace(issuer.Name))
        {
            return null;
        }

        string name = VietnameseText.Normalize(issuer.Name).Trim();
        string? unitPhrase = UnitNames.UnitPhrase(name);
        if (unitPhrase is null)
        {
            return null;
        }

        if (issuer.Kind == IssuerKind.PeoplesCommittee)
        {
            return "Ủy ban nhân dân " + unitPhrase;
        }

        int committee = name.IndexOf("BAN CHỈ ĐẠO", StringComparison.Ordinal);
        string tag = committee >= 0 ? name[(committee + "BAN CHỈ ĐẠO".Length)..].Trim().Split(' ')[0] : "138";
        if (tag.Length == 0 || !tag.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            tag = "138";
        }

        return $"Ban Chỉ đạo {tag} {unitPhrase}";
    }

    private static ImmutableArray<Placeholder> Placeholders(string text)
        => [.. Placeholder.FindAll(text).Select(p => Placeholder.Of(p.Text)).Distinct()];

    private static PlanSection Section(SectionKind kind, string marker, string heading, ImmutableArray<PlanText> paragraphs)
        => new(kind, new PlanText(marker + " " + heading, null, marker), paragraphs);

    private static PlanText Item(string marker, string text) => new(text, null, marker);

    private static LocalDate Max(LocalDate a, LocalDate b) => a >= b ? a : b;

    private static LocalDate Min(LocalDate a, LocalDate b) => a <= b ? a : b;
}
