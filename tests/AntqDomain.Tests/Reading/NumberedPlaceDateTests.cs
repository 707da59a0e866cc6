using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// Since the 2025 reform many wards and communes carry a number in their name ("Hà Giang 1", "Phường 12"): the
/// place-and-date line of a plan issued there is read with its place whole, and the plan draws no ANTQ103 for it.
/// </summary>
public class NumberedPlaceDateTests
{
    private const string DateLine = "Tuyên Quang, ngày 05 tháng 6 năm 2026";

    [Theory]
    [InlineData("Hà Giang 1")]
    [InlineData("Phường 12")]
    [InlineData("Bình Phú 3")]
    [InlineData("Tuyên Quang")]
    public void A_place_ending_in_a_number_is_read_with_the_date(string place)
    {
        Assert.Contains(DateLine, Examples.CleanProvincePlanText, StringComparison.Ordinal);
        var plan = Examples.Read(Examples.CleanWith(DateLine, place + ", ngày 05 tháng 6 năm 2026"));

        var dated = Assert.IsType<AntqDomain.Documents.PlaceAndDate>(plan.Dated);
        Assert.Equal((place, 5, 6, 2026), (dated.Place, dated.Day, dated.Month, dated.Year));
        Assert.DoesNotContain(new PlanValidator().Check(plan).Findings, f => f.Code.Value == "ANTQ103");
    }

    [Fact]
    public void A_year_before_the_date_is_not_taken_for_a_place()
        => Assert.DoesNotMatch(AntqDomain.Language.TextPatterns.PlaceDate(), "nam 2026, ngay 05 thang 6 nam 2026");
}
