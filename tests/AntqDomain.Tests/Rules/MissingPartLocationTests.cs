using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>A finding about a missing part points at the line where the part belongs, and keeps its JSON path.</summary>
public class MissingPartLocationTests
{
    private static readonly PlanValidator Validator = new();

    private static string Without(string from, string to)
    {
        string text = Examples.CleanProvincePlanText;
        int a = text.IndexOf(from, StringComparison.Ordinal);
        int b = to.Length == 0 ? text.Length : text.IndexOf(to, StringComparison.Ordinal);
        Assert.True(a >= 0 && b > a);
        return text[..a] + text[b..];
    }

    [Fact]
    public void A_missing_part_points_at_the_heading_of_the_part_that_should_follow_it()
    {
        string text = Without("III. KHEN THƯỞNG", "IV. TỔ CHỨC THỰC HIỆN");
        var f = Assert.Single(Validator.Check(Examples.Read(text)).Findings, f => f.Code.Value == "ANTQ308");
        Assert.Equal(("$.sections", Examples.LineOf(text, "IV. TỔ CHỨC THỰC HIỆN")), (f.Location!.Path, f.Location.Line));
    }

    [Fact]
    public void A_missing_last_part_points_at_the_last_paragraph_of_the_body()
    {
        string text = Without("IV. TỔ CHỨC THỰC HIỆN", "Nơi nhận:");
        var f = Assert.Single(Validator.Check(Examples.Read(text)).Findings, f => f.Code.Value == "ANTQ309");
        Assert.Equal("$.sections", f.Location!.Path);
        Assert.Equal(Examples.LineOf(text, "Công an tỉnh phối hợp Sở Nội vụ"), f.Location.Line);
    }

    [Fact]
    public void A_missing_signature_points_after_the_recipients()
    {
        string text = Without("KT. TRƯỞNG BAN", "");
        var f = Assert.Single(Validator.Check(Examples.Read(text)).Findings, f => f.Code.Value == "ANTQ106");
        Assert.Equal(("$.signature", Examples.LineOf(text, "- Lưu: VT, CAT.")), (f.Location!.Path, f.Location.Line));
    }

    [Fact]
    public void A_plan_read_from_json_without_positions_gets_the_path_only()
    {
        var plan = Examples.Read(Without("III. KHEN THƯỞNG", "IV. TỔ CHỨC THỰC HIỆN"));
        var bare = plan with { Sections = [.. plan.Sections.Select(s => s with { Heading = new(s.Heading.Text), Paragraphs = [.. s.Paragraphs.Select(p => new AntqDomain.Documents.PlanText(p.Text))] })] };
        var f = Assert.Single(Validator.Check(bare).Findings, f => f.Code.Value == "ANTQ308");
        Assert.Equal(("$.sections", (int?)null), (f.Location!.Path, f.Location.Line));
    }

    [Fact]
    public void A_missing_statement_of_a_missing_part_points_at_the_heading_of_the_part_after_it()
    {
        // Without "II. NỘI DUNG" and its scope line, the scope belongs where the content part would have been: before III.
        string text = Examples.CleanProvincePlanText
            .Replace("II. NỘI DUNG\n", string.Empty, StringComparison.Ordinal)
            .Replace("- Phạm vi: khu dân cư, xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục trên địa bàn tỉnh. Ban Chỉ đạo 138 tỉnh chọn xã Phương Độ tổ chức điểm.\n", string.Empty, StringComparison.Ordinal);
        var f = Assert.Single(Validator.Check(Examples.Read(text)).Findings, f => f.Code.Value == "ANTQ306");
        Assert.Equal(("$.scope", Examples.LineOf(text, "III. KHEN THƯỞNG")), (f.Location!.Path, f.Location.Line));
    }

    [Fact]
    public void A_missing_closing_block_of_a_one_part_plan_points_at_that_parts_last_paragraph()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        var only = plan.Sections[0];
        var f = Assert.Single(Validator.Check(plan with { Sections = [only], Recipients = null }).Findings, f => f.Code.Value == "ANTQ105");
        Assert.Equal(("$.recipients", only.Paragraphs[^1].At!.Line), (f.Location!.Path, f.Location.Line));
    }

    [Fact]
    public void A_plan_whose_parts_are_left_unset_is_told_they_are_missing_without_a_line()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText) with { Sections = default, Recipients = null };
        var findings = Validator.Check(plan).Findings;
        Assert.Equal(("$.sections", (int?)null), (Assert.Single(findings, f => f.Code.Value == "ANTQ309").Location!.Path, findings.Single(f => f.Code.Value == "ANTQ309").Location!.Line));
        Assert.Null(Assert.Single(findings, f => f.Code.Value == "ANTQ105").Location!.Line);
    }

    [Fact]
    public void A_missing_closing_block_after_a_part_without_paragraphs_points_at_its_heading()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        var bare = plan.Sections[0] with { Paragraphs = [] };
        var f = Assert.Single(Validator.Check(plan with { Sections = [bare], Recipients = null }).Findings, f => f.Code.Value == "ANTQ105");
        Assert.Equal(bare.Heading.At!.Line, f.Location!.Line);
    }
}
