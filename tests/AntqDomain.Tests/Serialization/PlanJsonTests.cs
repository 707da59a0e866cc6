using AntqDomain.Serialization;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Serialization;

public class PlanJsonTests
{
    [Fact]
    public void Text_to_json_to_plan_round_trips_byte_for_byte()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        string json = PlanJson.Write(plan);
        var back = PlanJson.Read(json);
        Assert.True(back.Success);
        Assert.Equal(json, PlanJson.Write(back.Plan));
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    [InlineData("")]
    public void Json_is_identical_whatever_the_culture(string culture)
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        string reference = PlanJson.Write(plan);
        using var _ = new CultureScope(culture);
        Assert.Equal(reference, PlanJson.Write(Examples.Read(Examples.CleanProvincePlanText)));
    }

    [Fact]
    public void A_plan_read_from_json_validates_like_the_text_and_points_at_json_paths()
    {
        var text = Examples.CleanProvincePlanText.Replace("kỷ niệm 81 năm Ngày truyền thống", "kỷ niệm 80 năm Ngày truyền thống", StringComparison.Ordinal);
        var fromJson = PlanJson.Read(PlanJson.Write(Examples.Read(text))).Plan!;
        var f = Assert.Single(new AntqDomain.Rules.PlanValidator().Check(fromJson).Findings);
        Assert.Equal("ANTQ201", f.Code.Value);
        Assert.StartsWith("$.sections[0].paragraphs[", f.Location!.Path);
    }

    [Theory]
    [InlineData("{ \"year\": \"two thousand\" }", "$.year")]
    [InlineData("{ \"surprise\": 1 }", "surprise")]
    [InlineData("{ \"window\": { \"start\": \"2026-02-30\" } }", "$.window.start")]
    [InlineData("[1, 2, 3]", "")]
    [InlineData("{ \"title\": ", "")]
    [InlineData("null", "")]
    [InlineData("{ \"numberText\": \"214/KH-BCĐ\", \"numberLabel\": {} }", "$.numberLabel.text")]
    [InlineData("{ \"title\": { \"text\": null } }", "$.title.text")]
    [InlineData("{ \"scopeText\": {} }", "$.scopeText.text")]
    [InlineData("{ \"participants\": {} }", "$.participants.text")]
    [InlineData("{ \"funding\": { \"text\": null } }", "$.funding.text")]
    [InlineData("{ \"parent\": { \"numberText\": \"5/KH-BCĐ\", \"issuerLevel\": \"Province\", \"text\": {} } }", "$.parent.text.text")]
    [InlineData("{ \"window\": { \"start\": \"2026-07-01\", \"text\": {} } }", "$.window.text.text")]
    public void Bad_json_is_a_typed_error_naming_the_place(string json, string where)
    {
        var r = PlanJson.Read(json);
        Assert.False(r.Success);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("ANTQ008", d.Code);
        Assert.Contains(where, d.MessageEn);
    }

    [Fact]
    public void Deep_json_is_refused_at_the_depth_limit()
    {
        string json = new string('[', 10_000) + new string(']', 10_000);
        var r = PlanJson.Read("{ \"basis\": " + json + " }");
        Assert.False(r.Success);
        Assert.Contains("depth", r.Diagnostics[0].MessageEn, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_empty_object_is_an_empty_plan()
    {
        var r = PlanJson.Read("{}");
        Assert.True(r.Success);
        Assert.Empty(r.Plan.Sections);
        Assert.Contains(new AntqDomain.Rules.PlanValidator().Check(r.Plan, on: new NodaTime.LocalDate(2026, 6, 1)).Findings, f => f.Code.Value == "ANTQ301");
    }
}
