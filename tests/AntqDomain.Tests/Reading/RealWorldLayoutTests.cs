using AntqDomain.Administration;
using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// Plans as people copy them from portals and legal databases, and documents that are not festival plans: the
/// issuer, level, year and kind come out right in each layout, and nothing is lost.
/// </summary>
public class RealWorldLayoutTests
{
    private static string Fixture(string name) => File.ReadAllText(Repo.PathOf("tests", "AntqDomain.Tests", "Fixtures", "layouts", name));

    private static FestivalPlan Read(string name)
    {
        var r = PlanTextReader.Default.Read(Fixture(name));
        Assert.True(r.Success, string.Join("; ", r.Diagnostics.Select(d => d.MessageEn)));
        return r.Plan;
    }

    [Fact]
    public void A_portal_copy_with_breadcrumbs_toolbar_and_a_pipe_table_header_gives_the_real_issuer()
    {
        var plan = Read("web-portal-copy.txt");
        Assert.Equal("ỦY BAN NHÂN DÂN HUYỆN LỘC BÌNH", plan.Issuer.Name);
        Assert.Equal(AdministrativeLevel.District, plan.Issuer.Level);
        Assert.Equal(IssuerKind.PeoplesCommittee, plan.Issuer.Kind);
        Assert.Equal("87/KH-UBND", plan.NumberText);
        Assert.Equal(new PlaceAndDateProbe("Lộc Bình", 12, 6, 2023), PlaceAndDateProbe.Of(plan));
        Assert.Equal(2023, plan.TitleYear);
        Assert.Equal(DocumentKind.FestivalPlan, plan.DocumentKind);
        Assert.Contains(plan.Unplaced, u => u.Text.Contains("Trang chủ", StringComparison.Ordinal));
        Assert.Contains(plan.Unplaced, u => u.Text.Contains("Tải về", StringComparison.Ordinal));
    }

    [Fact]
    public void A_commune_plan_outlined_in_parts_and_lettered_items_reads_whole_and_sound()
    {
        // "PHẦN I. MỤC ĐÍCH, YÊU CẦU", "A. Mục đích", "B. Chương trình" with "Phần lễ gồm:" and "+" steps, "C. Khen thưởng".
        var plan = Read("commune-plan-parts-and-letters-2026.txt");

        Assert.Equal([SectionKind.Purposes, SectionKind.Content, SectionKind.Implementation], plan.Sections.Select(s => s.Kind));
        Assert.Equal("PHẦN I.", plan.Sections[0].Heading.Marker);
        Assert.Equal("A.", plan.Sections[0].Paragraphs[0].Marker);
        Assert.Equal(8, plan.Ceremony!.Steps.Length);
        Assert.Equal(["Thi đấu bóng chuyền hơi;", "Các trò chơi dân gian: kéo co, nhảy bao bố."], plan.FestivalActivities.Select(a => a.Text.Text));
        Assert.Empty(new PlanValidator().Check(plan).Findings.Where(f => f.Severity != FindingSeverity.Info));
    }

    [Fact]
    public void Programme_parts_numbered_as_parts_are_items_of_the_content_not_parts_of_the_plan()
    {
        // "Phần I: Phần lễ" and "Phần II: Phần hội" under "B. Chương trình", in a plan whose own parts are "PHẦN I." to "PHẦN III.".
        string text = Fixture("commune-plan-parts-and-letters-2026.txt")
            .Replace("Phần lễ gồm:", "Phần I: Phần lễ", StringComparison.Ordinal)
            .Replace("Phần hội gồm:", "Phần II: Phần hội", StringComparison.Ordinal);
        var plan = PlanTextReader.Default.Read(text).Plan!;

        Assert.Equal([SectionKind.Purposes, SectionKind.Content, SectionKind.Implementation], plan.Sections.Select(s => s.Kind));
        Assert.Contains(plan.Sections[1].Paragraphs, p => p is { Marker: "Phần I:", Text: "Phần lễ" });
        Assert.Equal(8, plan.Ceremony!.Steps.Length);
        Assert.Equal(2, plan.FestivalActivities.Length);
        Assert.Empty(new PlanValidator().Check(plan).Findings.Where(f => f.Severity != FindingSeverity.Info));
    }

    [Fact]
    public void A_ward_plan_after_the_reform_with_a_numbered_ward_and_its_scope_given_as_a_scale_reads_whole_and_sound()
    {
        var plan = Read("ward-portal-copy-2026.txt");
        Assert.Equal(AdministrativeLevel.Commune, plan.Issuer.Level);
        Assert.Equal("27/KH-BCĐ", plan.NumberText);
        Assert.Equal(new PlaceAndDateProbe("Hà Giang 1", 15, 7, 2026), PlaceAndDateProbe.Of(plan));
        Assert.Equal(2026, plan.TitleYear);
        Assert.Equal(DocumentKind.FestivalPlan, plan.DocumentKind);
        Assert.StartsWith("Quy mô:", plan.ScopeText?.Text, StringComparison.Ordinal);
        Assert.Contains(VenueKind.ResidentialArea, plan.Scope);
        var codes = new PlanValidator().Check(plan).Findings.Where(f => f.Severity != FindingSeverity.Info).Select(f => f.Code.Value);
        Assert.Empty(codes);
    }

    [Fact]
    public void A_province_police_plan_under_the_province_committees_plan_with_a_ranked_signer_reads_whole_and_sound()
    {
        var plan = Read("province-police-plan-2026.txt");
        Assert.Equal((AdministrativeLevel.Province, IssuerKind.Police), (plan.Issuer.Level, plan.Issuer.Kind));
        Assert.Equal("1520/KH-CAT-PV05", plan.NumberText);
        Assert.Equal(new PlaceAndDateProbe("Lào Cai", 10, 6, 2026), PlaceAndDateProbe.Of(plan));
        Assert.Equal(AdministrativeLevel.Province, plan.Parent!.IssuerLevel);
        Assert.Equal("Đại tá Trần Quốc Hưng", plan.Signature?.Signer?.Text);
        Assert.Contains(VenueKind.ResidentialArea, plan.Scope);
        var codes = new PlanValidator().Check(plan).Findings.Where(f => f.Severity != FindingSeverity.Info).Select(f => f.Code.Value);
        Assert.Empty(codes);
    }

    [Fact]
    public void A_legal_database_copy_with_a_metadata_table_and_a_split_national_name_gives_the_committee()
    {
        var plan = Read("legal-database-copy.txt");
        Assert.StartsWith("BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM", plan.Issuer.Name, StringComparison.Ordinal);
        Assert.EndsWith("TỈNH THANH HÓA", plan.Issuer.Name, StringComparison.Ordinal);
        Assert.Equal(AdministrativeLevel.Province, plan.Issuer.Level);
        Assert.Equal(IssuerKind.SteeringCommittee, plan.Issuer.Kind);
        Assert.Equal("1975/KH-BCĐ", plan.NumberText);
        Assert.Equal(new PlaceAndDateProbe("Thanh Hóa", 12, 4, 2024), PlaceAndDateProbe.Of(plan));
        Assert.Equal(2024, plan.TitleYear);
        Assert.Equal(AdministrativeLevel.Central, plan.Parent!.IssuerLevel);
        Assert.Contains(plan.ShowcaseSites, s => s.Text.Contains("xã Quảng Tân, huyện Quảng Xương", StringComparison.Ordinal));
    }

    [Fact]
    public void A_web_post_of_the_body_takes_the_issuer_from_the_enacting_sentence_and_the_year_from_the_plain_title()
    {
        var plan = Read("web-post-body-only.txt");
        Assert.Equal("Sở Giáo dục và Đào tạo", plan.Issuer.Name);
        Assert.Equal(AdministrativeLevel.Sector, plan.Issuer.Level);
        Assert.Equal(2023, plan.TitleYear);
        Assert.Equal(DocumentKind.FestivalPlan, plan.DocumentKind);
        Assert.Equal(AdministrativeLevel.Province, plan.Parent!.IssuerLevel);
        Assert.StartsWith("Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội", plan.Parent.Issuer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_of_the_movement_that_is_not_about_the_festival_gets_only_the_form_and_cascade_rules()
    {
        var plan = Read("movement-plan.txt");
        Assert.Equal(DocumentKind.MovementPlan, plan.DocumentKind);
        var codes = new PlanValidator().Check(plan).Findings.Select(f => f.Code.Value).ToList();
        Assert.All(codes, c => Assert.True(c.StartsWith("ANTQ1", StringComparison.Ordinal) || c.StartsWith("ANTQ5", StringComparison.Ordinal), c));
    }

    [Theory]
    [InlineData("QUYẾT ĐỊNH", false)]
    [InlineData("THÔNG BÁO", false)]
    [InlineData("HƯỚNG DẪN", false)]
    [InlineData("QUYẾT ĐỊNH", true)]
    [InlineData("THÔNG BÁO", true)]
    public void A_decision_or_notice_about_the_movement_is_another_document_checked_for_its_form_only(string type, bool namesTheFestival)
    {
        // A commune chairman's decision commending the movement's best: its symbol is QĐ, it signs "CHỦ TỊCH" without
        // "TM.", and it implements no plan of the level above — even when its title names the festival.
        string text = Fixture("commune-decision-commendation-2026.txt").ReplaceLineEndings("\n").Replace("\nQUYẾT ĐỊNH\n", "\n" + type + "\n", StringComparison.Ordinal);
        if (namesTheFestival)
        {
            text = text.Replace("\nVề việc khen thưởng", "\nVề việc khen thưởng nhân Ngày hội toàn dân bảo vệ an ninh Tổ quốc,", StringComparison.Ordinal);
            Assert.Contains("nhân Ngày hội", text, StringComparison.Ordinal);
        }

        var plan = PlanTextReader.Default.Read(text).Plan!;

        Assert.Equal(DocumentKind.Other, plan.DocumentKind);
        Assert.StartsWith(type, plan.Title?.Text, StringComparison.Ordinal);
        Assert.Empty(new PlanValidator().Check(plan).Findings);
        Assert.Empty(new AntqDomain.Fixing.PlanFixer().Fix(text).Applied);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_official_letter_about_the_festival_is_another_document_its_subject_the_title(bool noBlankBeforeAddressees)
    {
        // "Số: 2315/UBND-NC" (a letter's number has no type), "V/v tổ chức Ngày hội …" over two lines, "Kính gửi: …".
        string text = Fixture("province-official-letter-2026.txt").ReplaceLineEndings("\n");
        if (noBlankBeforeAddressees)
        {
            text = text.Replace("năm 2026\n\nKính gửi:", "năm 2026\nKính gửi:", StringComparison.Ordinal);
            Assert.Contains("năm 2026\nKính gửi:", text, StringComparison.Ordinal);
        }

        var plan = PlanTextReader.Default.Read(text).Plan!;

        Assert.Equal(DocumentKind.Other, plan.DocumentKind);
        Assert.Equal("V/v tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2026", plan.Title?.Text);
        Assert.StartsWith("Kính gửi", plan.Basis[0].Text, StringComparison.Ordinal);
        Assert.Empty(new PlanValidator().Check(plan).Findings);
        Assert.Empty(new AntqDomain.Fixing.PlanFixer().Fix(text).Applied);
    }

    [Fact]
    public void A_results_report_is_read_as_a_report_and_its_year_is_not_invented_from_its_date()
    {
        var plan = Read("results-report.txt");
        Assert.Equal(DocumentKind.Report, plan.DocumentKind);
        Assert.Equal(2024, plan.TitleYear);
        Assert.DoesNotContain(new PlanValidator().Check(plan).Findings, f => f.Code.Value is "ANTQ304" or "ANTQ301" or "ANTQ108" or "ANTQ109");
    }

    [Fact]
    public void A_news_article_is_refused_saying_it_looks_like_news()
    {
        var r = PlanTextReader.Default.Read(Fixture("news-article.txt"));
        Assert.False(r.Success);
        var d = Assert.Single(r.Diagnostics, d => d.Severity == FindingSeverity.Error);
        Assert.Contains("news article", d.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("web-portal-copy.txt")]
    [InlineData("legal-database-copy.txt")]
    [InlineData("web-post-body-only.txt")]
    [InlineData("ward-portal-copy-2026.txt")]
    [InlineData("province-police-plan-2026.txt")]
    public void No_word_of_the_input_is_lost(string name)
    {
        string text = Fixture(name);
        var plan = PlanTextReader.Default.Read(text).Plan!;
        var kept = string.Join(' ', plan.AllText().Select(t => t.Text.Text)
            .Concat(plan.Recipients?.Lines.Select(l => l.Text) ?? [])
            .Concat(plan.Signature?.Lines.Select(l => l.Text) ?? [])
            .Append(plan.Signature?.Signer?.Text ?? string.Empty)
            .Append(plan.Issuer.Name ?? string.Empty)
            .Append(plan.NumberText ?? string.Empty)
            .Append(plan.Dated?.ToString() ?? string.Empty));
        string[] words = ["Lượt", "Chia", "Góp", "Lĩnh", "Tú", "Đoạn", "cụ", "CAT", "CAH"];
        foreach (string w in words.Where(w => text.Contains(w, StringComparison.Ordinal)))
        {
            Assert.Contains(w, kept, StringComparison.Ordinal);
        }
    }

    /// <summary>The place and date parts compared at once.</summary>
    private sealed record PlaceAndDateProbe(string Place, int? Day, int? Month, int? Year)
    {
        public static PlaceAndDateProbe? Of(FestivalPlan p) => p.Dated is { } d ? new(d.Place, d.Day, d.Month, d.Year) : null;
    }
}
