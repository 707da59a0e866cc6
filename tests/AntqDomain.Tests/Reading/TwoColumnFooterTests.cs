using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// Decree 30 lays the recipients and the signature side by side; a copy from a web page or a Word table keeps the two
/// columns on the same lines, apart by a tab or by a run of spaces. The recipients and the signature are each read
/// whole, whichever separates them, and the plan draws the same findings as with the blocks one under the other.
/// </summary>
public class TwoColumnFooterTests
{
    private const string Footer = "Nơi nhận:\n- Ban Chỉ đạo Trung ương;\n- Thường trực Tỉnh ủy;\n- Các thành viên Ban Chỉ đạo 138 tỉnh;\n- Lưu: VT, CAT.\n\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGIÁM ĐỐC CÔNG AN TỈNH\nNguyễn Văn Minh";

    private static readonly string[] Recipients = ["Ban Chỉ đạo Trung ương;", "Thường trực Tỉnh ủy;", "Các thành viên Ban Chỉ đạo 138 tỉnh;", "Lưu: VT, CAT."];

    private static readonly string[] Signature = ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "GIÁM ĐỐC CÔNG AN TỈNH"];

    private static string SideBySide(string gap)
        => string.Join('\n',
            "Nơi nhận:" + gap + "KT. TRƯỞNG BAN",
            "- Ban Chỉ đạo Trung ương;" + gap + "PHÓ TRƯỞNG BAN",
            "- Thường trực Tỉnh ủy;" + gap + "GIÁM ĐỐC CÔNG AN TỈNH",
            "- Các thành viên Ban Chỉ đạo 138 tỉnh;" + gap + "(đã ký)",
            "- Lưu: VT, CAT.",
            gap + "Nguyễn Văn Minh");

    [Theory]
    [InlineData("\t")]
    [InlineData("                              ")]
    [InlineData("     ")]
    public void Recipients_and_signature_side_by_side_are_each_read_whole(string gap)
    {
        string normalized = Examples.CleanProvincePlanText.ReplaceLineEndings("\n");
        Assert.Contains(Footer, normalized, StringComparison.Ordinal);
        var plan = Examples.Read(normalized.Replace(Footer, SideBySide(gap), StringComparison.Ordinal));

        Assert.Equal(Recipients, plan.Recipients!.Lines.Select(l => l.Text));
        Assert.Equal(Signature, plan.Signature!.Lines.Select(l => l.Text));
        Assert.Equal("Nguyễn Văn Minh", plan.Signature.Signer?.Text);
        var codes = new PlanValidator().Check(plan).Findings.Select(f => f.Code.Value).ToHashSet();
        Assert.Equal(new PlanValidator().Check(Examples.Read(normalized)).Findings.Select(f => f.Code.Value).ToHashSet(), codes);
    }
}
