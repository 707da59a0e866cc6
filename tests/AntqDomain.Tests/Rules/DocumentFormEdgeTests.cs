using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// The Decree 30 form rules on one defect of the sound example at a time: which part of the place-and-date line is
/// missing, the type a report's or a plan's symbol must carry, where the archive-line finding points and how it is
/// repaired, blanks left in the recipients and the signature, and a committee numbering in its host's series.
/// </summary>
public class DocumentFormEdgeTests
{
    private static readonly PlanValidator Validator = new();

    private static string Edit(string from, string to) => Examples.CleanWith(from, to);

    private static Finding[] Findings(string text, string code) => [.. Validator.Check(Examples.Read(text)).Findings.Where(f => f.Code.Value == code)];

    [Fact]
    public void A_plan_without_a_number_line_is_an_unnumbered_draft()
    {
        var f = Assert.Single(Findings(Edit("Số: 214/KH-BCĐ\t", "\t"), "ANTQ101"));
        Assert.Equal("$.numberText", f.Location!.Path);
    }

    [Theory]
    [InlineData("Tuyên Quang, ngày 05 tháng 6 năm 2026", "Tuyên Quang, ngày 05 tháng    năm 2026", "(missing month)")]
    [InlineData("Tuyên Quang, ngày 05 tháng 6 năm 2026", "ngày 05 tháng 6 năm 2026", "(missing place)")]
    [InlineData("Tuyên Quang, ngày 05 tháng 6 năm 2026", "Tuyên Quang, ngày    tháng    năm 2026", "(missing day, month)")]
    public void The_place_and_date_finding_names_each_missing_part(string from, string to, string named)
    {
        var f = Assert.Single(Findings(Edit(from, to), "ANTQ103"));
        Assert.Contains(named, f.MessageEn, StringComparison.Ordinal);
        Assert.Equal("$.dated", f.Location!.Path);
        Assert.Equal(4, f.Location.Line);
    }

    [Fact]
    public void A_date_line_without_its_place_is_read_as_the_date_and_its_place_is_asked_for()
    {
        string text = Edit("Tuyên Quang, ngày 05 tháng 6 năm 2026", "ngày 05 tháng 6 năm 2026");
        var plan = Examples.Read(text);
        Assert.Equal(new NodaTime.LocalDate(2026, 6, 5), plan.Dated!.Date);
        Assert.Equal("ngày 05 tháng 6 năm 2026", plan.Dated.ToString());
        Assert.Empty(plan.Unplaced);
    }

    [Fact]
    public void A_plan_without_a_place_and_date_line_is_told_the_line_is_missing()
    {
        var f = Assert.Single(Findings(Edit("\tTuyên Quang, ngày 05 tháng 6 năm 2026", string.Empty), "ANTQ103"));
        Assert.Contains("(the line is missing)", f.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BC")]
    [InlineData("QĐ")]
    public void A_plan_numbered_with_another_type_is_told_that_type_and_repaired_to_KH(string type)
    {
        var f = Assert.Single(Findings(Edit("214/KH-BCĐ", $"214/{type}-BCĐ"), "ANTQ102"));
        Assert.Contains($"the type is {type}, not KH", f.MessageEn, StringComparison.Ordinal);
        Assert.Equal("214/KH-BCĐ", Assert.Single(f.Fix!.Edits).Replacement);
    }

    [Fact]
    public void A_report_numbered_as_a_plan_is_told_its_type_should_be_BC()
    {
        string text = Edit("KẾ HOẠCH\nTổ chức", "BÁO CÁO\nKết quả tổ chức");
        var f = Assert.Single(Findings(text, "ANTQ102"));
        Assert.Contains("the type is KH, not BC", f.MessageEn, StringComparison.Ordinal);
        Assert.Equal("214/BC-BCĐ", Assert.Single(f.Fix!.Edits).Replacement);
    }

    [Fact]
    public void A_missing_archive_line_points_at_the_recipients_and_is_repaired_by_adding_it()
    {
        string text = Edit("- Các thành viên Ban Chỉ đạo 138 tỉnh;\n- Lưu: VT, CAT.", "- Các thành viên Ban Chỉ đạo 138 tỉnh.");
        var f = Assert.Single(Findings(text, "ANTQ105"));
        Assert.Equal(Examples.LineOf(text, "Nơi nhận:"), f.Location!.Line);
        Assert.StartsWith("Add the line", f.Fix!.DescriptionEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_archive_line_without_its_full_stop_points_at_that_line()
    {
        string text = Edit("- Lưu: VT, CAT.", "- Lưu: VT, CAT");
        var f = Assert.Single(Findings(text, "ANTQ105"));
        Assert.Equal(Examples.LineOf(text, "- Lưu: VT, CAT"), f.Location!.Line);
        Assert.Equal("End the archive line with a full stop", f.Fix!.DescriptionEn);
        Assert.Equal("Lưu: VT, CAT", f.Excerpt);
    }

    [Fact]
    public void Blanks_left_in_the_recipients_and_the_signature_are_listed()
    {
        string text = Edit("- Thường trực Tỉnh ủy;", "- [tên cơ quan];").Replace("Nguyễn Văn Minh", "[Họ và tên]", StringComparison.Ordinal);
        var f = Assert.Single(Findings(text, "ANTQ110"));
        Assert.Contains("[tên cơ quan]", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains("[Họ và tên]", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains("2 blank(s)", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_committee_numbering_in_its_hosts_series_is_reminded_of_its_own()
    {
        var f = Assert.Single(Findings(Edit("214/KH-BCĐ", "214/KH-UBND"), "ANTQ107"));
        Assert.Equal("$.issuer.name", f.Location!.Path);
        Assert.Contains("its own series", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_peoples_committee_plan_numbered_as_a_committees_is_not_told_about_a_host()
    {
        string text = Edit("UBND TỈNH TUYÊN QUANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHỈ ĐẠO 138\t", "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH TUYÊN QUANG\t");
        Assert.Equal(AntqDomain.Plans.IssuerKind.PeoplesCommittee, Examples.Read(text).Issuer.Kind);
        var f = Assert.Single(Findings(text, "ANTQ107"));
        Assert.Contains("the header shows a People's Committee", f.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("its own series", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_without_its_title_lines_or_its_name_is_told_which_is_missing()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        var s = plan.Signature!;

        var noTitle = Assert.Single(Validator.Check(plan with { Signature = s with { Lines = [] } }).Findings, f => f.Code.Value == "ANTQ106");
        Assert.Equal("The signature block has no authority or title line.", noTitle.MessageEn);
        Assert.Equal(s.Signer!.At!.Line, noTitle.Location!.Line);

        var noName = Assert.Single(Validator.Check(plan with { Signature = s with { Signer = null } }).Findings, f => f.Code.Value == "ANTQ106");
        Assert.Equal("The signature block has no signer's name.", noName.MessageEn);
        Assert.Equal(("$.signature.signer", s.Lines[^1].At!.Line), (noName.Location!.Path, noName.Location.Line));
    }

    [Theory]
    [InlineData("2004", true)]
    [InlineData("2005", false)]
    [InlineData("2026", false)]
    [InlineData("9999", false)]
    public void An_issue_year_before_the_first_festival_is_implausible(string year, bool reported)
    {
        string text = Edit("ngày 05 tháng 6 năm 2026", "ngày 05 tháng 6 năm " + year);
        var issueYear = Findings(text, "ANTQ108").Where(f => f.MessageEn.Contains("issue year", StringComparison.Ordinal));
        Assert.Equal(reported, issueYear.Any());
    }
}
