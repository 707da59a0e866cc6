using System.Text;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Serialization;

/// <summary>
/// A JSON file saved by a Windows editor starts with a UTF-8 byte-order mark: it is read like the same file without
/// one, as bytes or as text. A mark anywhere else is not skipped.
/// </summary>
public class ByteOrderMarkTests
{
    private static readonly byte[] Mark = [0xEF, 0xBB, 0xBF];

    private static string Example(string name) => File.ReadAllText(Repo.PathOf("docs", "examples", name));

    [Fact]
    public void A_plan_with_a_byte_order_mark_reads_as_without_one()
    {
        string json = Example("province-plan-2026.json");
        var plain = PlanJson.Read(Encoding.UTF8.GetBytes(json));
        var marked = PlanJson.Read([.. Mark, .. Encoding.UTF8.GetBytes(json)]);
        var markedText = PlanJson.Read("\uFEFF" + json);

        Assert.NotNull(plain.Plan);
        Assert.Empty(marked.Diagnostics);
        Assert.Equal(plain.Plan, marked.Plan);
        Assert.Equal(plain.Plan, markedText.Plan);
    }

    [Theory]
    [InlineData("award-proposal-medal.json")]
    [InlineData("province-plan-2026.json")]
    public void Any_document_with_a_byte_order_mark_reads_as_without_one(string file)
    {
        var bytes = Encoding.UTF8.GetBytes(Example(file));
        var plain = SubjectJson.Read(bytes);
        var marked = SubjectJson.Read([.. Mark, .. bytes]);

        Assert.True(marked.Success, string.Join("; ", marked.Diagnostics.Select(d => d.MessageEn)));
        Assert.Equal(plain.Kind, marked.Kind);
        Assert.Equal(SubjectJsonText(plain), SubjectJsonText(marked));
    }

    [Fact]
    public void A_byte_order_mark_inside_the_document_is_still_an_error()
    {
        string json = Example("province-plan-2026.json");
        var r = PlanJson.Read([.. Encoding.UTF8.GetBytes(" "), .. Mark, .. Encoding.UTF8.GetBytes(json)]);

        Assert.Null(r.Plan);
        Assert.Equal("ANTQ008", Assert.Single(r.Diagnostics).Code);
    }

    private static string SubjectJsonText(SubjectReadResult r)
        => r.Plan is { } p ? PlanJson.Write(p) : SubjectJson.Write(r.AwardProposal!);
}
