using AntqDomain.Reading;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Serialization;

/// <summary>
/// A JSON document is one document: whatever follows its end (a second plan pasted after the first, a stray bracket,
/// words) is an error naming its line, never dropped unseen; white space and comments may follow.
/// </summary>
public class TrailingContentTests
{
    private static string Example(string name) => File.ReadAllText(Repo.PathOf("docs", "examples", name));

    public static TheoryData<string> Tails() => new()
    {
        " garbage",
        "\n]",
        "\n{\"numberText\": \"215/KH-BCĐ\"}",
        "\n" + Example("province-plan-2026.json"),
        "\n// a note\n,",
    };

    [Theory]
    [MemberData(nameof(Tails))]
    public void Content_after_a_plan_is_an_error_on_its_line(string tail)
    {
        string json = Example("province-plan-2026.json").TrimEnd();
        int lastLine = json.Split('\n').Length;
        var r = PlanJson.Read(json + tail);

        Assert.Null(r.Plan);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("ANTQ008", d.Code);
        Assert.Contains("content follows the end of the JSON document", d.MessageEn, StringComparison.Ordinal);
        Assert.Contains("còn nội dung sau khi tài liệu JSON đã kết thúc", d.MessageVi, StringComparison.Ordinal);
        Assert.Matches(@"\(line ([0-9]+), column [0-9]+\)", d.MessageEn);
        int line = int.Parse(System.Text.RegularExpressions.Regex.Match(d.MessageEn, @"line ([0-9]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(line, lastLine, lastLine + 2);
    }

    [Theory]
    [MemberData(nameof(Tails))]
    public void Content_after_any_other_document_is_an_error_too(string tail)
    {
        var r = SubjectJson.Read(Example("award-proposal-medal.json").TrimEnd() + tail);

        Assert.False(r.Success);
        Assert.Contains(r.Diagnostics, d => d.Code == "ANTQ008" && d.MessageEn.Contains("content follows the end", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\n\n   \t\n")]
    [InlineData("\n// read on 2026-06-05\n")]
    [InlineData("\n/* checked */\n")]
    public void White_space_and_comments_after_a_plan_are_fine(string tail)
    {
        var r = PlanJson.Read(Example("province-plan-2026.json") + tail);

        Assert.NotNull(r.Plan);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Content_after_a_plan_is_an_error_whatever_the_depth_limit()
    {
        var r = PlanJson.Read(Example("province-plan-2026.json") + " x", new ReaderLimits(MaxJsonDepth: 200));

        Assert.Null(r.Plan);
        Assert.Equal("ANTQ008", Assert.Single(r.Diagnostics).Code);
    }
}
