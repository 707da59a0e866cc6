using AntqDomain.Administration;
using AntqDomain.Documents;
using AntqDomain.Drafting;
using AntqDomain.Plans;
using AntqDomain.Rules;
using NodaTime;

namespace AntqDomain.Tests.Drafting;

/// <summary>The draft says what the year and the parent plan call for, and leaves a typed placeholder for what it cannot know.</summary>
public class DraftContentTests
{
    private static readonly PlanValidator Validator = new();

    [Fact]
    public void Unknown_facts_are_placeholders_listed_once_by_one_info_finding()
    {
        var draft = PlanDrafter.Draft(new PlanDraftRequest("tỉnh Tuyên Quang", AdministrativeLevel.Province, 2026));

        Assert.Equal(
            [PlaceholderKind.Number, PlaceholderKind.ParentNumber, PlaceholderKind.ParentDate, PlaceholderKind.CeremonyDay, PlaceholderKind.ShowcaseSite, PlaceholderKind.SignerName],
            draft.Placeholders.Select(p => p.Kind));
        var info = Assert.Single(Validator.Check(draft.Plan).Findings, f => f.Code.Value == "ANTQ110");
        Assert.Equal(FindingSeverity.Info, info.Severity);
        Assert.Contains("[Họ và tên người ký]", info.MessageVi, StringComparison.Ordinal);
        Assert.Equal(4, info.Location!.Line);
    }

    [Fact]
    public void Facts_given_in_the_request_replace_their_placeholders()
    {
        var draft = PlanDrafter.Draft(new PlanDraftRequest("tỉnh Tuyên Quang", AdministrativeLevel.Province, 2026)
        {
            Number = 7,
            SignerName = "Nguyễn Văn Minh",
            ShowcaseSite = "xã Phương Độ",
            CeremonyDay = 15,
            IssueDate = new LocalDate(2026, 6, 5),
        });

        Assert.Equal("07/KH-BCĐ", draft.Plan.NumberText);
        Assert.Equal("Nguyễn Văn Minh", draft.Plan.Signature!.Signer!.Text);
        Assert.Equal("xã Phương Độ", Assert.Single(draft.Plan.ShowcaseSites).Text);
        Assert.Equal(new LocalDate(2026, 6, 5), draft.Plan.IssueDate);
        Assert.Contains("Tuyên Quang, ngày 15 tháng 8 năm 2026", draft.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Placeholders, p => p.Kind is PlaceholderKind.Number or PlaceholderKind.SignerName or PlaceholderKind.ShowcaseSite or PlaceholderKind.CeremonyDay);
    }

    [Theory]
    [InlineData(2022, "kỷ niệm 77 năm Ngày truyền thống Công an nhân dân Việt Nam (19/8/1945 – 19/8/2022) và 17 năm")]
    [InlineData(2025, "Năm 2025 là năm tròn kỷ niệm 80 năm Ngày truyền thống Công an nhân dân Việt Nam và năm tròn kỷ niệm 20 năm Ngày hội")]
    [InlineData(2030, "Năm 2030 là năm lẻ 5 kỷ niệm 85 năm Ngày truyền thống Công an nhân dân Việt Nam và năm lẻ 5 kỷ niệm 25 năm Ngày hội")]
    public void The_purposes_name_the_anniversaries_of_the_year(int year, string expected)
    {
        var draft = PlanDrafter.Draft(new PlanDraftRequest("xã Đồng Tâm", AdministrativeLevel.Commune, year));

        Assert.Contains(expected, draft.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, "guide-2024")]
    [InlineData(2025, "decree-111-art-13")]
    [InlineData(2026, "guide-2025")]
    public void The_ceremony_follows_the_template_in_force(int year, string template)
    {
        var expected = CeremonyTemplate.All.Single(t => t.Id == template);

        var plan = PlanDrafter.Draft(new PlanDraftRequest("xã Đồng Tâm", AdministrativeLevel.Commune, year)).Plan;

        Assert.Equal(expected.Steps.Select(s => s.Kind), plan.Ceremony!.Steps.Select(s => s.Kind));
    }

    [Fact]
    public void The_window_sits_inside_the_parents_and_the_draft_is_dated_no_earlier_than_the_parent()
    {
        var parent = PlanDrafter.Draft(new PlanDraftRequest("tỉnh Tuyên Quang", AdministrativeLevel.Province, 2026) { Number = 214, IssueDate = new LocalDate(2026, 7, 10) }).Plan;

        var draft = PlanDrafter.Draft(new PlanDraftRequest("xã Đồng Tâm", AdministrativeLevel.Commune, 2026) { Parent = parent });

        Assert.Equal(new LocalDate(2026, 7, 10), parent.Window!.Start);
        Assert.Equal(new LocalDate(2026, 7, 10), draft.Plan.IssueDate);
        Assert.Equal(parent.Window with { Text = null }, draft.Plan.Window! with { Text = null });
        Assert.Equal("214/KH-BCĐ", draft.Plan.Parent!.NumberText);
        Assert.Equal("Ban Chỉ đạo 138 tỉnh Tuyên Quang", draft.Plan.Parent.Issuer);
        Assert.Empty(Validator.Check(draft.Plan, parent).Findings.Where(f => f.Severity != FindingSeverity.Info));
    }

    [Fact]
    public void A_year_with_a_known_central_window_gets_a_window_inside_it()
    {
        var plan = PlanDrafter.Draft(new PlanDraftRequest("tỉnh Lạng Sơn", AdministrativeLevel.Province, 2022)).Plan;

        Assert.Equal(new PlanWindow(new LocalDate(2022, 8, 1), new LocalDate(2022, 8, 19)), plan.Window! with { Text = null });
    }

    [Fact]
    public void A_deputy_signs_for_the_head_with_KT()
    {
        var committee = PlanDrafter.Draft(new PlanDraftRequest("xã Đồng Tâm", AdministrativeLevel.Commune, 2026) { DeputySigns = true }).Plan;
        var peoples = PlanDrafter.Draft(new PlanDraftRequest("xã Đồng Tâm", AdministrativeLevel.Commune, 2026) { DeputySigns = true, IssuingBody = IssuerKind.PeoplesCommittee }).Plan;

        Assert.Equal(["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "[CHỨC VỤ CỦA NGƯỜI KÝ TẠI CƠ QUAN]"], committee.Signature!.Lines.Select(l => l.Text));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], peoples.Signature!.Lines.Select(l => l.Text));
        Assert.Equal("276/KH-UBND".Split('/')[1], PlanDrafter.Draft(new PlanDraftRequest("xã Đồng Tâm", AdministrativeLevel.Commune, 2026) { IssuingBody = IssuerKind.PeoplesCommittee, Number = 276 }).Plan.Number!.Symbol);
    }

    [Fact]
    public void A_committee_plan_gives_the_signers_post_in_the_host_body_under_the_committee_title()
    {
        var head = PlanDrafter.Draft(new PlanDraftRequest("tỉnh Tuyên Quang", AdministrativeLevel.Province, 2026)).Plan;
        Assert.Equal(["TRƯỞNG BAN", "CHỦ TỊCH UBND TỈNH TUYÊN QUANG"], head.Signature!.Lines.Select(l => l.Text));
        Assert.Equal("CHỦ TỊCH UBND TỈNH TUYÊN QUANG", head.Signature.HostPost?.Text);
        Assert.True(head.Signature.NamesCommitteeHead);
        Assert.False(head.Signature.NamesChair);
    }

    [Theory]
    [InlineData(2024, "Công an huyện", "CAH")]
    [InlineData(2025, "Công an tỉnh", "CAT")]
    public void A_district_plan_charges_the_police_that_exist_on_its_date(int year, string police, string archive)
    {
        var draft = PlanDrafter.Draft(new PlanDraftRequest("huyện Bắc Sơn", AdministrativeLevel.District, year) { IssueDate = new NodaTime.LocalDate(year, 5, 20) });
        Assert.Contains(police + " (cơ quan thường trực", draft.Text, StringComparison.Ordinal);
        Assert.Contains($"Lưu: VT, {archive}.", draft.Text, StringComparison.Ordinal);
    }
}
