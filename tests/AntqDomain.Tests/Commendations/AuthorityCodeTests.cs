using AntqDomain.Commendations;

namespace AntqDomain.Tests.Commendations;

/// <summary>An authority a user defines: its code's form and length, its names, and how authorities compare.</summary>
public class AuthorityCodeTests
{
    [Theory]
    [InlineData("A", true)]
    [InlineData("Z9", true)]
    [InlineData("HospitalDirector", true)]
    [InlineData("hospitalDirector", false)]
    [InlineData("9Director", false)]
    [InlineData("Hospital Director", false)]
    [InlineData("Hospital-Director", false)]
    [InlineData("", false)]
    public void A_code_is_ascii_letters_and_digits_starting_with_a_capital(string code, bool accepted)
    {
        if (accepted)
        {
            Assert.Equal(code, Authority.Define(code, "Giám đốc bệnh viện", "a hospital director").Code);
        }
        else
        {
            Assert.Throws<ArgumentException>(() => Authority.Define(code, "Giám đốc bệnh viện", "a hospital director"));
        }
    }

    [Fact]
    public void A_code_is_at_most_64_characters()
    {
        Assert.Equal(64, Authority.Define("H" + new string('x', 63), "Tên", "Name").Code.Length);
        Assert.Throws<ArgumentException>(() => Authority.Define("H" + new string('x', 64), "Tên", "Name"));
        Assert.Throws<ArgumentException>(() => Authority.FromCode("H" + new string('x', 64)));
    }

    [Theory]
    [InlineData("", "a hospital director")]
    [InlineData("  ", "a hospital director")]
    [InlineData("Giám đốc bệnh viện", "")]
    [InlineData("Giám đốc bệnh viện", " ")]
    public void A_defined_authority_needs_both_names(string vi, string en)
        => Assert.ThrowsAny<ArgumentException>(() => Authority.Define("HospitalDirector", vi, en));

    [Fact]
    public void Authorities_compare_by_code_and_null_equals_only_null()
    {
        Authority? none = null;
        var chair = Authority.FromCode("CommuneChair");
        Assert.True(chair == Authority.CommuneChair);
        Assert.False(chair != Authority.CommuneChair);
        Assert.False(none == Authority.CommuneChair);
        Assert.False(Authority.CommuneChair == none);
        Assert.True(none == null);
        Assert.Same(Authority.CommuneChair, Authority.Define("CommuneChair", "Tên khác", "Another name"));
    }
}
