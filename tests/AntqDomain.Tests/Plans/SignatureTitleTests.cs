using System.Collections.Immutable;
using AntqDomain.Documents;

namespace AntqDomain.Tests.Plans;

/// <summary>
/// A signature block's titles say who signs: the head of a committee, the chair of a People's Committee or a deputy,
/// in the issuing body itself; a later line that names a body (or is a blank to fill) is the signer's post there, not a
/// title in the issuing body. Titles are compared as Decree 30 writes them, in capitals, whatever the case typed.
/// </summary>
public class SignatureTitleTests
{
    private static SignatureBlock Block(params string[] lines)
        => new([.. lines.Select(l => new PlanText(l))], new PlanText("Nguyễn Văn A"));

    [Theory]
    [InlineData("TRƯỞNG BAN|CHỦ TỊCH UBND HUYỆN", "CHỦ TỊCH UBND HUYỆN")]
    [InlineData("TRƯỞNG BAN|GIÁM ĐỐC SỞ Y TẾ", "GIÁM ĐỐC SỞ Y TẾ")]
    [InlineData("TRƯỞNG BAN|BỘ TRƯỞNG BỘ CÔNG AN", "BỘ TRƯỞNG BỘ CÔNG AN")]
    [InlineData("TRƯỞNG BAN|[chức vụ tại cơ quan]", "[chức vụ tại cơ quan]")]
    [InlineData("TRƯỞNG BAN|GIÁM ĐỐC SOẠN THẢO", null)]
    [InlineData("TRƯỞNG BAN|KT. CHỦ TỊCH UBND TỈNH", null)]
    [InlineData("CHỦ TỊCH UBND HUYỆN", null)]
    public void A_later_line_naming_a_body_is_the_signer_s_post_there(string lines, string? hostPost)
        => Assert.Equal(hostPost, Block(lines.Split('|')).HostPost?.Text);

    [Theory]
    [InlineData("TRƯỞNG BAN|CHỦ TỊCH UBND HUYỆN", true, false, false)]
    [InlineData("KT. TRƯỞNG BAN|PHÓ TRƯỞNG BAN", true, false, true)]
    [InlineData("TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH", false, true, false)]
    [InlineData("Trưởng ban", true, false, false)]
    [InlineData("TRƯỞNG BAN CHỈ ĐẠO", true, false, false)]
    [InlineData("TRƯỞNG BANG", false, false, false)]
    [InlineData("PHÓ", false, false, false)]
    [InlineData("KT. CHỦ TỊCH|PHÓ CHỦ TỊCH", false, true, true)]
    public void The_titles_in_the_issuing_body_name_the_head_the_chair_or_a_deputy(string lines, bool head, bool chair, bool deputy)
    {
        var block = Block(lines.Split('|'));

        Assert.Equal((head, chair, deputy), (block.NamesCommitteeHead, block.NamesChair, block.NamesDeputy));
    }

    [Theory]
    [InlineData("PHÓ TRƯỞNG BAN", true)]
    [InlineData("KT. TRƯỞNG BAN|PHÓ TRƯỞNG BAN", false)]
    [InlineData("TRƯỞNG BAN", false)]
    public void A_deputy_signing_without_KT_is_noticed(string lines, bool withoutKt)
        => Assert.Equal(withoutKt, Block(lines.Split('|')).DeputySignsWithoutKt);

    [Fact]
    public void The_titles_are_the_lines_without_their_prefixes_in_capitals()
        => Assert.Equal<string>(["ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"], Block("TM. ỦY BAN NHÂN DÂN", "KT. Chủ tịch", " PHÓ CHỦ TỊCH ").Titles);
}
