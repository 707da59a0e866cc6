using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// A steering committee that sits under a People's Committee or a police body and uses its seal (Decree 30/2020,
/// Phụ lục I, mục II item 7): the signer's post in the host body under the committee title, and the committee's
/// own numbering series.
/// </summary>
public class CommitteeUnderHostSealTests
{
    private static readonly AntqDomain.Rules.PlanValidator Validator = new();

    private static System.Collections.Immutable.ImmutableArray<AntqDomain.Rules.Finding> Findings(string text) => Validator.Check(Examples.Read(text)).Findings;

    private static IEnumerable<string> Codes(string text) => Findings(text).Select(f => f.Code.Value);

    [Theory]
    [InlineData("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGIÁM ĐỐC CÔNG AN TỈNH\n")]
    [InlineData("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nPHÓ CHỦ TỊCH UBND TỈNH\n")]
    [InlineData("TRƯỞNG BAN\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\n")]
    [InlineData("TRƯỞNG BAN\nPHÓ CHỦ TỊCH UBND TỈNH\n")]
    public void A_signature_with_the_post_in_the_host_body_passes(string signature)
    {
        string text = Examples.CleanProvincePlanText.Replace("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGIÁM ĐỐC CÔNG AN TỈNH\n", signature, StringComparison.Ordinal);
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void Without_the_post_in_the_host_body_the_finding_names_the_host_and_a_fitting_post()
    {
        string text = Examples.CleanProvincePlanText.Replace("TRƯỞNG BAN\nGIÁM ĐỐC CÔNG AN TỈNH\n", "TRƯỞNG BAN\n", StringComparison.Ordinal);
        var f = Assert.Single(Findings(text));
        Assert.Equal("ANTQ112", f.Code.Value);
        Assert.Contains("UBND TỈNH TUYÊN QUANG", f.MessageVi, StringComparison.Ordinal);
        Assert.Contains("PHÓ CHỦ TỊCH UBND TỈNH TUYÊN QUANG", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_committee_whose_header_names_it_alone_is_not_asked_for_a_host_post()
    {
        string text = Examples.CleanProvincePlanText
            .Replace("UBND TỈNH TUYÊN QUANG\tCỘNG HÒA", "BAN CHỈ ĐẠO 138 TỈNH TUYÊN QUANG\tCỘNG HÒA", StringComparison.Ordinal)
            .Replace("BAN CHỈ ĐẠO 138\tĐộc lập", "\tĐộc lập", StringComparison.Ordinal)
            .Replace("TRƯỞNG BAN\nGIÁM ĐỐC CÔNG AN TỈNH\n", "TRƯỞNG BAN\n", StringComparison.Ordinal);
        Assert.DoesNotContain("ANTQ112", Codes(text));
    }

    [Fact]
    public void A_committee_numbering_in_its_hosts_series_is_told_to_keep_its_own()
    {
        string text = Examples.CleanProvincePlanText.Replace("214/KH-BCĐ", "214/KH-UBND", StringComparison.Ordinal);
        var f = Assert.Single(Findings(text), f => f.Code.Value == "ANTQ107");
        Assert.Contains("own series (…/KH-BCĐ)", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_host_post_does_not_make_a_committee_head_a_deputy_or_a_chair()
    {
        var s = Examples.Read(Examples.CleanProvincePlanText.Replace("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGIÁM ĐỐC CÔNG AN TỈNH\n", "TRƯỞNG BAN\nPHÓ CHỦ TỊCH UBND TỈNH\n", StringComparison.Ordinal)).Signature!;
        Assert.Equal("PHÓ CHỦ TỊCH UBND TỈNH", s.HostPost?.Text);
        Assert.False(s.NamesDeputy);
        Assert.False(s.DeputySignsWithoutKt);
        Assert.True(s.NamesCommitteeHead);
    }
}
