using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// What the Decree 30 form findings say, where they point and what they offer to repair, one defect of the sound
/// example at a time: the number's type and shape, the missing year, the leading zero, an impossible day, the example
/// post a committee under a host's seal is shown, which issuer a symbol names, and the blanks a draft leaves.
/// </summary>
public class DocumentFormWordingTests
{
    private static readonly PlanValidator Validator = new();

    private static FestivalPlan Clean => Examples.Read(Examples.CleanProvincePlanText);

    private static string Edit(string from, string to) => Examples.CleanWith(from, to);

    private static Finding[] Findings(FestivalPlan plan, string code) => [.. Validator.Check(plan).Findings.Where(f => f.Code.Value == code)];

    private static Finding[] Findings(string text, string code) => Findings(Examples.Read(text), code);

    [Fact]
    public void A_date_line_without_its_year_is_told_the_year_is_missing()
    {
        var plan = Clean with { Dated = Clean.Dated! with { Year = null } };
        var f = Assert.Single(Findings(plan, "ANTQ103"));
        Assert.Contains("(missing year)", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_without_its_leading_zero_is_reported_on_the_date_line()
    {
        var f = Assert.Single(Findings(Edit("ngày 05 tháng 6 năm 2026", "ngày 5 tháng 6 năm 2026"), "ANTQ104"), f => f.Location?.Path == "$.dated");
        Assert.Equal(4, f.Location!.Line);
    }

    [Fact]
    public void An_impossible_issue_date_is_quoted_day_month_and_year()
    {
        var f = Assert.Single(Findings(Edit("ngày 05 tháng 6 năm 2026", "ngày 31 tháng 6 năm 2026"), "ANTQ108"));
        Assert.Equal("The issue date 31/6/2026 does not exist.", f.MessageEn);
    }

    [Fact]
    public void A_number_with_a_dash_for_its_hyphen_is_repaired_to_the_hyphen()
    {
        var f = Assert.Single(Findings(Edit("214/KH-BCĐ", "214/KH–BCĐ"), "ANTQ102"));
        var edit = Assert.Single(f.Fix!.Edits);
        Assert.Equal("214/KH-BCĐ", edit.Replacement);
        Assert.Contains("214/KH-BCĐ", f.Fix.DescriptionEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_without_its_slash_is_reported_but_not_guessed_at()
    {
        var f = Assert.Single(Findings(Edit("Số: 214/KH-BCĐ", "Số: 214 KH-BCĐ"), "ANTQ102"));
        Assert.Contains("a missing hyphen or a wrong structure", f.MessageEn, StringComparison.Ordinal);
        Assert.Null(f.Fix);
    }

    [Fact]
    public void A_document_that_is_neither_plan_nor_report_gets_no_plan_symbol_as_repair()
    {
        var plan = Examples.Read(Edit("214/KH-BCĐ", "214/KH–BCĐ")) with { DocumentKind = DocumentKind.Other };
        var f = Assert.Single(Findings(plan, "ANTQ102"));
        Assert.Contains("a dash instead of the hyphen", f.MessageEn, StringComparison.Ordinal);
        Assert.Null(f.Fix);
    }

    [Theory]
    [InlineData("CÔNG AN TỈNH TUYÊN QUANG", "TRƯỞNG BAN\n", "GIÁM ĐỐC CÔNG AN TỈNH TUYÊN QUANG")]
    [InlineData("BỘ CÔNG AN", "TRƯỞNG BAN\n", "BỘ TRƯỞNG BỘ CÔNG AN")]
    [InlineData("UBND TỈNH TUYÊN QUANG", "TRƯỞNG BAN\n", "CHỦ TỊCH UBND TỈNH TUYÊN QUANG")]
    [InlineData("UBND TỈNH TUYÊN QUANG", "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n", "PHÓ CHỦ TỊCH UBND TỈNH TUYÊN QUANG")]
    public void A_committee_under_a_hosts_seal_is_shown_the_post_that_fits_its_host_and_signer(string host, string signature, string example)
    {
        string text = Edit("UBND TỈNH TUYÊN QUANG\tCỘNG HÒA", host + "\tCỘNG HÒA")
            .Replace("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGIÁM ĐỐC CÔNG AN TỈNH\n", signature, StringComparison.Ordinal);
        var f = Assert.Single(Findings(text, "ANTQ112"));
        Assert.Contains("(e.g. \"" + example + "\")", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_committee_whose_header_names_only_its_area_is_not_asked_for_a_host_post()
    {
        string text = Edit("UBND TỈNH TUYÊN QUANG\tCỘNG HÒA", "TỈNH TUYÊN QUANG\tCỘNG HÒA")
            .Replace("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGIÁM ĐỐC CÔNG AN TỈNH\n", "TRƯỞNG BAN\n", StringComparison.Ordinal);
        Assert.Empty(Findings(text, "ANTQ112"));
    }

    [Theory]
    [InlineData("214/KH-CAT", "the police")]
    [InlineData("214/KH-UBND", "a People's Committee")]
    public void The_issuer_a_symbol_names_is_compared_with_the_header(string number, string named)
    {
        var f = Assert.Single(Findings(Edit("214/KH-BCĐ", number), "ANTQ107"));
        Assert.Contains("names " + named + " as issuer", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbol_of_another_body_is_not_compared_with_the_header()
        => Assert.Empty(Findings(Edit("214/KH-BCĐ", "214/KH-SVHTTDL"), "ANTQ107"));

    [Fact]
    public void A_signature_that_names_another_issuer_than_the_symbol_is_reported_on_its_first_line()
    {
        // The header names no body the symbol could be compared with; the signature speaks for a People's Committee.
        var plan = Examples.Read(Edit("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGIÁM ĐỐC CÔNG AN TỈNH\n", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"));
        plan = plan with { Issuer = plan.Issuer with { Name = null, Kind = IssuerKind.Unknown } };
        var f = Assert.Single(Findings(plan, "ANTQ107"));
        Assert.Equal("$.signature.lines[0]", f.Location!.Path);
        Assert.Contains("the signature shows a People's Committee", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Blanks_left_in_a_paragraph_and_in_a_signature_line_are_listed()
    {
        string text = Edit("chủ trì hướng dẫn, kiểm tra", "chủ trì [nội dung] hướng dẫn, kiểm tra")
            .Replace("PHÓ TRƯỞNG BAN\n", "PHÓ TRƯỞNG BAN\n[CHỨC VỤ]\n", StringComparison.Ordinal);
        var f = Assert.Single(Findings(text, "ANTQ110"));
        Assert.Contains("[nội dung]", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains("[CHỨC VỤ]", f.MessageEn, StringComparison.Ordinal);
    }
}
