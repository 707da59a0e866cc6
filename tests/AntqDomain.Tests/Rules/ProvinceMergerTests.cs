using AntqDomain.Administration;
using AntqDomain.Language;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using Severity = AntqDomain.Rules.FindingSeverity;

namespace AntqDomain.Tests.Rules;

/// <summary>A plan dated on or after 1 July 2025 cannot name one of the 29 provinces merged away as an existing unit.</summary>
public class ProvinceMergerTests
{
    private static readonly PlanValidator Validator = new();

    private static string[] Codes(string text) => [.. Validator.Check(Examples.Read(text)).Findings.Select(f => f.Code.Value)];

    [Fact]
    public void The_reorganisation_leaves_34_provinces()
    {
        Assert.Equal(63 - 34, ProvinceMergers.All.Length);
        Assert.Equal(ProvinceMergers.All.Length, ProvinceMergers.All.Select(m => m.Former).Distinct().Count());
    }

    [Theory]
    [InlineData("Hà Giang", "Tuyên Quang")]
    [InlineData("Quảng Nam", "Đà Nẵng")]
    [InlineData("Bà Rịa - Vũng Tàu", "Hồ Chí Minh")]
    [InlineData("Kiên Giang", "An Giang")]
    public void A_2026_plan_issued_by_a_merged_province_is_an_error_naming_its_successor(string former, string successor)
    {
        string text = Examples.CleanProvincePlanText.Replace("UBND TỈNH TUYÊN QUANG", "UBND TỈNH " + former.ToUpperInvariant(), StringComparison.Ordinal);
        var f = Assert.Single(Validator.Check(Examples.Read(text)).Findings, f => f.Code.Value == "ANTQ508");
        Assert.Contains(successor, f.MessageEn, StringComparison.Ordinal);
        Assert.Equal(FindingSeverity.Error, f.Severity);
    }

    [Fact]
    public void A_merged_province_named_in_the_body_is_found_at_its_line()
    {
        string text = Examples.CleanProvincePlanText.Replace("trên địa bàn tỉnh.", "trên địa bàn tỉnh Hà Giang.", StringComparison.Ordinal);
        var f = Assert.Single(Validator.Check(Examples.Read(text)).Findings, f => f.Code.Value == "ANTQ508");
        Assert.NotNull(f.Location?.Line);
        Assert.Equal("tỉnh Hà Giang", f.Excerpt);
    }

    public static TheoryData<string, string> EveryMerger()
    {
        var data = new TheoryData<string, string>();
        foreach (var m in ProvinceMergers.All)
        {
            data.Add(m.Former, m.Successor);
        }

        data.Add("Bà Rịa Vũng Tàu", "Hồ Chí Minh");
        data.Add("Bà Rịa – Vũng Tàu", "Hồ Chí Minh");
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMerger))]
    public void Every_former_province_named_after_tinh_is_found_wherever_the_sentence_puts_it(string former, string successor)
    {
        // Other uses of "tỉnh", "tình" and "tính" come first in the sentence; the name is found after them, in any case.
        string text = VietnameseText.Fold($"Nắm tình hình, tính toán kỹ; Ban Chỉ đạo tỉnh giao Công an TỈNH {former.ToUpperInvariant()} chủ trì.");
        var hit = ProvinceMergers.FindFormerProvince(text);
        Assert.NotNull(hit);
        Assert.Equal(former == "Bà Rịa Vũng Tàu" || former == "Bà Rịa – Vũng Tàu" ? "Bà Rịa - Vũng Tàu" : former, hit.Value.Merger.Former);
        Assert.Equal(successor, hit.Value.Merger.Successor);
        Assert.Equal("tinh " + VietnameseText.Fold(former), text.Substring(hit.Value.Index, hit.Value.Length));
    }

    [Theory]
    [InlineData("trên địa bàn tỉnh Hà Giang (cũ).")]
    [InlineData("trên địa bàn tỉnh Hà Giang cũ.")]
    [InlineData("trên địa bàn tỉnh Tuyên Quang.")]
    public void A_former_province_marked_as_former_or_a_current_one_is_not_reported(string phrase)
        => Assert.DoesNotContain("ANTQ508", Codes(Examples.CleanProvincePlanText.Replace("trên địa bàn tỉnh.", phrase, StringComparison.Ordinal)));

    [Fact]
    public void Before_1_July_2025_the_former_provinces_existed()
    {
        string text = Examples.CleanProvincePlanText.Replace("UBND TỈNH TUYÊN QUANG", "UBND TỈNH HÀ GIANG", StringComparison.Ordinal)
            .Replace("ngày 05 tháng 6 năm 2026", "ngày 05 tháng 6 năm 2025", StringComparison.Ordinal);
        Assert.DoesNotContain("ANTQ508", Codes(text));
    }
}
