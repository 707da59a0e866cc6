using AntqDomain.Committees;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using AntqDomain.Documents;
using AntqDomain.Legal;

namespace AntqDomain.Tests.Rules;

/// <summary>Each rule fires on the clean example plan changed by one typical defect (and the clean plan is silent).</summary>
public class PlanRulesFireTests
{
    private static readonly PlanValidator Validator = new();

    public static TheoryData<string, string[]> Defects() => new()
    {
        { "ANTQ101", ["Số: 214/KH-BCĐ", "Số: /KH-BCĐ"] },
        { "ANTQ102", ["214/KH-BCĐ\t", "214/KHBCĐ\t"] },
        { "ANTQ102", ["214/KH-BCĐ\t", "214/QĐ-BCĐ\t"] },
        { "ANTQ102", ["214/KH-BCĐ\t", "214 / KH - BCĐ\t"] },
        { "ANTQ102", ["214/KH-BCĐ\t", "214/KH-bcđ\t"] },
        { "ANTQ102", ["214/KH-BCĐ\t", "214/KH–BCĐ\t"] },
        { "ANTQ103", ["ngày 05 tháng 6 năm 2026", "ngày tháng 6 năm 2026"] },
        { "ANTQ104", ["ngày 05 tháng 6 năm 2026", "ngày 5 tháng 6 năm 2026"] },
        { "ANTQ104", ["Số: 214/KH-BCĐ", "Số: 7/KH-BCĐ"] },
        { "ANTQ111", ["Số: 214/KH-BCĐ", "Số 214/KH-BCĐ"] },
        { "ANTQ113", ["Tuyên Quang, ngày 05 tháng 6 năm 2026", "Tuyên Quang, ngày 05/6/2026"] },
        { "ANTQ113", ["Tuyên Quang, ngày 05 tháng 6 năm 2026", "Tuyên Quang, ngày 5-6-2026"] },
        { "ANTQ112", ["GIÁM ĐỐC CÔNG AN TỈNH\n", ""] },
        { "ANTQ111", ["Số: 214/KH-BCĐ", "Số. 214/KH-BCĐ"] },
        { "ANTQ105", ["- Lưu: VT, CAT.", "- Sở Nội vụ."] },
        { "ANTQ105", ["- Lưu: VT, CAT.", "- Lưu: HSCV."] },
        { "ANTQ105", ["- Lưu: VT, CAT.", "- Lưu: VT."] },
        { "ANTQ105", ["- Lưu: VT, CAT.", "- Lưu: VT, CAT"] },
        { "ANTQ106", ["Nguyễn Văn Minh", ""] },
        { "ANTQ107", ["BAN CHỈ ĐẠO 138\tĐộc lập", "ỦY BAN NHÂN DÂN TỈNH\tĐộc lập"] },
        { "ANTQ108", ["ngày 05 tháng 6 năm 2026", "ngày 31 tháng 6 năm 2026"] },
        { "ANTQ109", ["ngày 05 tháng 6 năm 2026", "ngày 25 tháng 8 năm 2026"] },
        { "ANTQ510", ["ngày 20/5/2026 của", "ngày 20/5/2025 của"] },
        { "ANTQ110", ["Nguyễn Văn Minh", "[Họ và tên người ký]"] },
        { "ANTQ201", ["kỷ niệm 81 năm Ngày truyền thống", "kỷ niệm 80 năm Ngày truyền thống"] },
        { "ANTQ201", ["Công an nhân dân qua 81 năm", "Công an nhân dân qua 76 năm"] },
        { "ANTQ202", ["và 21 năm Ngày hội toàn dân", "và 20 năm Ngày hội toàn dân"] },
        { "ANTQ203", ["(19/8/1945 – 19/8/2026)", "(19/8/1945 – 19/8/2025)"] },
        { "ANTQ204", ["3. Tổ chức thiết thực", "3. Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” lần thứ 21 thiết thực"] },
        { "ANTQ205", ["AN NINH TỔ QUỐC NĂM 2026</p>", "AN NINH TỔ QUỐC NĂM 2025</p>"] },
        { "ANTQ206", ["3. Tổ chức thiết thực", "3. Tổ chức Ngày hội toàn dân vì an ninh Tổ quốc thiết thực"] },
        { "ANTQ206", ["3. Tổ chức thiết thực", "3. Đề nghị tặng Kỷ niệm chương Vì an ninh Tổ quốc; tổ chức thiết thực"] },
        { "ANTQ207", ["2026", "2025", "81 năm", "80 năm", "21 năm", "20 năm"] },
        { "ANTQ209", ["3. Tổ chức thiết thực", "3. Tổ chức Lễ kỷ niệm 81 năm Ngày truyền thống Công an nhân dân; tổ chức thiết thực"] },
        { "ANTQ208", ["3. Tổ chức thiết thực", "3. Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc vào ngày 20/8 thiết thực"] },
        { "ANTQ301", ["I. MỤC ĐÍCH, YÊU CẦU", "I. NHỮNG ĐIỀU CHUNG"] },
        { "ANTQ302", ["II. NỘI DUNG", "II. CÁC VIỆC KHÁC"] },
        { "ANTQ303", ["- Phần lễ:", "- Buổi lễ gồm:", "- Phần hội:", "- Các việc khác:"] },
        { "ANTQ314", ["đến ngày 19/8/2026", "đến ngày 20/8/2026"] },
        { "ANTQ304", ["- Thời gian: từ ngày 01/7/2026 đến ngày 19/8/2026.", ""] },
        { "ANTQ305", ["ngày 05 tháng 6 năm 2026", "ngày 05 tháng 7 năm 2026"] },
        { "ANTQ306", ["- Phạm vi: khu dân cư", "- Ghi chú: khu dân cư"] },
        { "ANTQ307", ["chọn xã Phương Độ tổ chức điểm", "khuyến khích các nơi tổ chức"] },
        { "ANTQ308", ["III. KHEN THƯỞNG", "III. CÔNG TÁC KHÁC"] },
        { "ANTQ309", ["chủ trì hướng dẫn, kiểm tra, đôn đốc và tổng hợp báo cáo kết quả", "phối hợp thực hiện"] },
        { "ANTQ309", ["IV. TỔ CHỨC THỰC HIỆN", "IV. CÁC VIỆC KHÁC"] },
        { "ANTQ310", ["- Kinh phí:", "- Nguồn lực:"] },
        { "ANTQ311", ["- Thành phần:", "- Khách mời:"] },
        { "ANTQ312", ["3. Tổ chức thiết thực", "3. Xây dựng lực lượng Công an cách mạng, chính quy, tinh nhuệ, từng bước hiện đại; tổ chức thiết thực"] },
        { "ANTQ313", ["3. Tổ chức thiết thực", "3. Thực hiện Thông tư số 23/2012/TT-BCA; tổ chức thiết thực"] },
        { "ANTQ316", ["3. Tổ chức thiết thực", "3. Huy động lực lượng bảo vệ dân phố; tổ chức thiết thực"] },
        { "ANTQ316", ["3. Tổ chức thiết thực", "3. Công an huyện phối hợp tổ chức thiết thực"] },
        { "ANTQ401", ["(12) Bế mạc.", "(12) Chụp ảnh lưu niệm."] },
        { "ANTQ402", ["(7) Công bố quyết định và trao thưởng;", "(7) Giao lưu;", "(12) Bế mạc.", "(12) Bế mạc; (13) Công bố quyết định và trao thưởng."] },
        { "ANTQ403", ["(7) Công bố quyết định và trao thưởng;", "(7) Giao lưu;"] },
        { "ANTQ404", ["<p>NGÀY HỘI</p> ", ""] },
        { "ANTQ405", ["(11) Ra mắt mô hình (nếu có); ", ""] },
        { "ANTQ501", ["Căn cứ Kế hoạch số 118/KH-BCĐ ngày 20/5/2026 của Ban Chỉ đạo thực hiện phong trào toàn dân bảo vệ ANTQ Trung ương về tổ chức Ngày hội năm 2026, ", "Căn cứ tình hình thực tế, "] },
        { "ANTQ502", ["ngày 20/5/2026 của", "ngày 20/6/2026 của"] },
        { "ANTQ503", ["Ban Chỉ đạo thực hiện phong trào toàn dân bảo vệ ANTQ Trung ương về", "Ban Chỉ đạo 138 xã Phương Độ về"] },
        { "ANTQ505", ["UBND TỈNH TUYÊN QUANG", "UBND HUYỆN VỊ XUYÊN"] },
        { "ANTQ505", ["UBND TỈNH TUYÊN QUANG", "UBND THỊ TRẤN VIỆT LÂM"] },
        { "ANTQ506", ["KT. TRƯỞNG BAN", "T/M. TRƯỞNG BAN"] },
        { "ANTQ506", ["KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"] },
        { "ANTQ506", ["BAN CHỈ ĐẠO 138\tĐộc lập", "ỦY BAN NHÂN DÂN\tĐộc lập", "214/KH-BCĐ", "214/KH-UBND", "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", "TM. ỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH"] },
        { "ANTQ506", ["KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"] },
    };

    private static string Apply(string[] replacements)
    {
        string text = Examples.CleanProvincePlanText;
        for (int i = 0; i < replacements.Length; i += 2)
        {
            Assert.Contains(replacements[i], text);
            text = text.Replace(replacements[i], replacements[i + 1], StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Rules whose findings cite the text that settles each one (see FindingCitationTests), not one citation for all.</summary>
    private static readonly HashSet<string> CitesPerFinding = ["ANTQ206", "ANTQ313"];

    [Theory]
    [MemberData(nameof(Defects))]
    public void The_rule_fires_on_its_defect(string code, string[] replacements)
    {
        var report = Validator.Check(Examples.Read(Apply(replacements)));
        var finding = Assert.Single(report.Findings, f => f.Code.Value == code);
        var rule = RuleCatalogue.Default.Find(code)!;
        Assert.Equal(rule.Severity, finding.Severity);
        if (!CitesPerFinding.Contains(code))
        {
            Assert.Equal(rule.Citation, finding.Citation);
        }

        Assert.False(string.IsNullOrWhiteSpace(finding.Citation.Document));
        Assert.False(string.IsNullOrWhiteSpace(finding.MessageVi));
        Assert.False(string.IsNullOrWhiteSpace(finding.MessageEn));
        Assert.DoesNotContain("{", finding.MessageVi);
        Assert.DoesNotContain("{", finding.MessageEn);
        Assert.NotNull(finding.Location);
    }

    [Fact]
    public void An_archive_line_that_is_not_the_last_recipient_is_reported()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        var lines = plan.Recipients!.Lines.Add(new AntqDomain.Documents.PlanText("Sở Nội vụ."));
        var f = Assert.Single(Validator.Check(plan with { Recipients = plan.Recipients with { Lines = lines } }).Findings);
        Assert.Equal("ANTQ105", f.Code.Value);
        Assert.Contains("last line", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clean_example_plan_has_no_finding()
        => Assert.Empty(Validator.Check(Examples.Read(Examples.CleanProvincePlanText)).Findings);

    [Fact]
    public void Every_rule_of_groups_1_to_5_has_a_defect_case_or_a_dedicated_test()
    {
        var covered = Defects().Select(row => (string)row[0]).ToHashSet();
        covered.UnionWith(["ANTQ504", "ANTQ507", "ANTQ315", "ANTQ508", "ANTQ509", "ANTQ511", "ANTQ512"]);
        covered.UnionWith(PresentationRules.All.Select(r => r.Code.Value)); // see Docx/PresentationRulesTests; PlanAndCommitteeTests (511, 512), WindowInsideParentTests, CommitteeRuleTests, CentralWindowTests and ProvinceMergerTests
        var missing = RuleCatalogue.Default.For(RuleSubject.Plan).Select(r => r.Code.Value).Where(c => !covered.Contains(c)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Evidence_points_at_the_wrong_number()
    {
        string text = Apply(["Công an nhân dân qua 81 năm", "Công an nhân dân qua 76 năm"]);
        var f = Validator.Check(Examples.Read(text)).Findings.Single(x => x.Code.Value == "ANTQ201");
        string line = text.Split('\n')[f.Location!.Line!.Value - 1];
        Assert.Equal("76 năm", line.Substring(f.Location.Column!.Value - 1, f.Location.Length!.Value));
        Assert.Equal("76 năm", f.Excerpt);
    }
}

public class WindowInsideParentTests
{
    [Fact]
    public void A_window_starting_before_the_parents_window_is_an_error()
    {
        var parent = Examples.Read(Examples.CleanProvincePlanText.Replace("từ ngày 01/7/2026", "từ ngày 10/7/2026", StringComparison.Ordinal));
        var child = Examples.Read(Examples.CleanProvincePlanText);
        var report = new PlanValidator().Check(child, parent);
        Assert.Contains(report.Findings, f => f.Code.Value == "ANTQ504");
    }

    [Fact]
    public void A_window_inside_the_parents_window_is_silent()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        Assert.DoesNotContain(new PlanValidator().Check(plan, plan).Findings, f => f.Code.Value == "ANTQ504");
    }
}

public class CommitteeRuleTests
{
    private static SteeringCommittee Committee(string agency, string headPost) => new(
        "Ban Chỉ đạo 138 tỉnh Tuyên Quang",
        AntqDomain.Administration.AdministrativeLevel.Province,
        "tỉnh Tuyên Quang",
        [new CommitteeMember("Nguyễn Văn A", headPost, CommitteeRole.Head), new CommitteeMember("Trần Văn B", "Giám đốc Công an tỉnh", CommitteeRole.StandingDeputy), new CommitteeMember("Nguyễn Văn Minh", "Phó Giám đốc Công an tỉnh", CommitteeRole.Deputy)],
        agency);

    [Fact]
    public void A_standing_agency_other_than_the_police_is_a_warning()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText) with { Committee = Committee("Sở Văn hóa", "Chủ tịch UBND tỉnh") };
        Assert.Single(new PlanValidator().Check(plan).Findings, f => f.Code.Value == "ANTQ507");
    }

    [Fact]
    public void A_head_who_is_not_the_chair_is_a_warning()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText) with { Committee = Committee("Công an tỉnh", "Giám đốc Sở Nội vụ") };
        Assert.Single(new PlanValidator().Check(plan).Findings, f => f.Code.Value == "ANTQ507");
    }

    [Fact]
    public void A_vice_chair_of_the_peoples_committee_may_head_the_committee()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText) with { Committee = Committee("Công an tỉnh", "Phó Chủ tịch UBND tỉnh") };
        Assert.DoesNotContain(new PlanValidator().Check(plan).Findings, f => f.Code.Value == "ANTQ507");
    }

    [Fact]
    public void A_committee_led_by_the_chair_with_the_police_as_standing_agency_is_silent()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText) with { Committee = Committee("Công an tỉnh", "Chủ tịch UBND tỉnh") };
        Assert.Empty(new PlanValidator().Check(plan).Findings);
    }
}
