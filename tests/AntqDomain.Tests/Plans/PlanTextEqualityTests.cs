using AntqDomain.Documents;
using AntqDomain.Plans;

namespace AntqDomain.Tests.Plans;

public class PlanTextEqualityTests
{
    [Fact]
    public void Texts_are_equal_whether_or_not_their_folded_form_was_computed()
    {
        var a = new PlanText("Công an xã", new Location(3, 1, 10), "-");
        var b = new PlanText("Công an xã", new Location(3, 1, 10), "-");
        _ = a.Folded;

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void A_copy_with_new_text_folds_the_new_text()
    {
        var a = new PlanText("Ngày hội");
        Assert.Equal("ngay hoi", a.Folded);

        var b = a with { Text = "Phần lễ" };

        Assert.Equal("phan le", b.Folded);
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("Công an", "cong an")]
    [InlineData("ĐỒNG", "dong")]
    [InlineData("Lưu: VT", "luu: vt")]
    [InlineData("KHÁNH TIẾT", "khanh tiet")]
    public void Folded_text_is_lower_case_without_diacritics(string text, string folded)
        => Assert.Equal(folded, new PlanText(text).Folded);
}
