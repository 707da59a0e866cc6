using AntqDomain.Documents;
using AntqDomain.Rules;

namespace AntqDomain.Tests.Fixing;

/// <summary>
/// The mechanical repairs behind the fixable rules, as tables: the number and symbol written the Decree 30 way, the
/// leading zero, the right name of the festival and the medal, and the spans of the digits and years a fix replaces.
/// </summary>
public class RepairTableTests
{
    [Theory]
    [InlineData("214 / kh - bcđ", "KH", "214/KH-BCĐ")]
    [InlineData("214/KH–BCĐ.", "KH", "214/KH-BCĐ")]
    [InlineData("214/KHBCĐ", "KH", "214/KH-BCĐ")]
    [InlineData("214/BC-BCĐ", "KH", "214/KH-BCĐ")]
    [InlineData("214/KH-BCĐ", "BC", "214/BC-BCĐ")]
    [InlineData("12/CTrUBND", "KH", "12/KH-UBND")]
    [InlineData("214/KH-BCĐ", "KH", null)]
    [InlineData("214", "KH", null)]
    [InlineData("214/", "KH", null)]
    [InlineData("214/XYZ", "KH", null)]
    [InlineData("/KHBCĐ", "KH", "/KH-BCĐ")]
    public void The_number_and_symbol_is_repaired_only_when_there_is_one_right_answer(string written, string type, string? repaired)
        => Assert.Equal(repaired, Fixes.Symbol(written, type));

    [Theory]
    [InlineData("5/KH-BCĐ", "05/KH-BCĐ")]
    [InlineData("5", "05")]
    [InlineData("15/KH-BCĐ", "15/KH-BCĐ")]
    [InlineData("/KH-BCĐ", "/KH-BCĐ")]
    [InlineData("", "")]
    public void A_number_below_ten_gets_its_leading_zero(string written, string repaired)
        => Assert.Equal(repaired, Fixes.LeadingZero(written));

    [Theory]
    [InlineData("Ngày hội toàn dân vì an ninh Tổ quốc", "Ngày hội toàn dân bảo vệ an ninh Tổ quốc")]
    [InlineData("vì an ninh Tổ quốc", "bảo vệ an ninh Tổ quốc")]
    [InlineData("Kỷ niệm chương Vì sự nghiệp bảo vệ an ninh Tổ quốc", "Kỷ niệm chương Bảo vệ an ninh Tổ quốc")]
    [InlineData("Mô hình Navi vì an ninh Tổ quốc", "Mô hình Navi bảo vệ an ninh Tổ quốc")]
    [InlineData("Ngày hội toàn dân bảo vệ an ninh Tổ quốc", null)]
    public void A_misnamed_festival_or_medal_gets_its_right_name_in_the_writers_case(string written, string? right)
        => Assert.Equal(right, Fixes.RightName(written));

    [Fact]
    public void The_digits_that_start_an_excerpt_are_the_span_a_count_fix_replaces()
    {
        Assert.Equal(Location.At(14, 37, 2), Fixes.LeadingDigits(Location.At(14, 37, 6), "76 năm"));
        Assert.Equal(Location.At(14, 37, 4), Fixes.LeadingDigits(Location.At(14, 37, 4), "2026"));
        Assert.Null(Fixes.LeadingDigits(Location.At(14, 37, 6), "năm 76"));
        Assert.Null(Fixes.LeadingDigits(Location.AtPath("$.title"), "76 năm"));
    }

    [Fact]
    public void The_last_four_digit_year_of_an_excerpt_is_the_span_a_year_fix_replaces()
    {
        Assert.Equal(Location.At(3, 10 + 12, 4), Fixes.LastYear(Location.At(3, 10, 16), "từ 2025 đến 2026"));
        Assert.Equal(Location.At(3, 10, 4), Fixes.LastYear(Location.At(3, 10, 4), "2026"));
        Assert.Null(Fixes.LastYear(Location.At(3, 10, 9), "năm 20261"));
        Assert.Null(Fixes.LastYear(Location.At(3, 10, 3), "202"));
        Assert.Null(Fixes.LastYear(Location.AtPath("$.title"), "năm 2026"));
    }

    [Fact]
    public void Every_standalone_occurrence_of_a_year_is_a_span_to_replace()
    {
        var spans = Fixes.Years(Location.At(5, 1, 40), "2025 và năm 2025, không phải 20251", 2025).ToList();
        Assert.Equal([Location.At(5, 1, 4), Location.At(5, 13, 4)], spans);
        Assert.Empty(Fixes.Years(Location.AtPath("$.title"), "2025", 2025));
        Assert.Equal(Location.At(5, 1, 4), Fixes.Year(Location.At(5, 1, 40), "2025 và 2025", 2025));
    }
}
