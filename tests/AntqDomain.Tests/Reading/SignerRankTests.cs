using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// Police plans write the signer's rank before the name ("Đại tá Trần Quốc Hưng"): the line is still the signer, so the
/// signature has its name (no ANTQ106) and the line is not left outside every part; a rank with no name after it is not
/// a signer.
/// </summary>
public class SignerRankTests
{
    private const string SignerLine = "Nguyễn Văn Minh";

    private static readonly PlanValidator Validator = new();

    private static (string? Signer, string[] Codes) Read(string signer)
    {
        string text = Examples.CleanProvincePlanText.ReplaceLineEndings("\n");
        Assert.EndsWith("\n" + SignerLine, text.TrimEnd(), StringComparison.Ordinal);
        var plan = Examples.Read(text.TrimEnd()[..^SignerLine.Length] + signer + "\n");
        return (plan.Signature?.Signer?.Text, [.. Validator.Check(plan).Findings.Select(f => f.Code.Value)]);
    }

    [Theory]
    [InlineData("Đại tá Trần Quốc Hưng")]
    [InlineData("Thiếu tướng Nguyễn Văn Minh")]
    [InlineData("Thượng tá  Lê Thị Hoa")]
    [InlineData("Trung uý Hà Văn Bắc")]
    [InlineData("Đại úy Hoàng Minh")]
    public void A_name_after_a_rank_is_the_signer(string line)
    {
        var (signer, codes) = Read(line);

        Assert.Equal(line, signer);
        Assert.DoesNotContain("ANTQ106", codes);
        Assert.DoesNotContain("ANTQ007", codes);
    }

    [Theory]
    [InlineData("Đại tá")]
    [InlineData("Trung tâm Hưng")]
    [InlineData("Đại tá trần quốc hưng")]
    public void A_rank_without_a_name_is_not_a_signer(string line)
    {
        var (signer, codes) = Read(line);

        Assert.Null(signer);
        Assert.Contains("ANTQ106", codes);
    }
}
