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
}
