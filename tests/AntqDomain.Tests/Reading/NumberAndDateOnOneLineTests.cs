using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// The number and the place-and-date line of a header copied from a web page often share one line, the table's two
/// columns left apart by spaces instead of a tab: the number keeps its whole symbol and the place starts after it.
/// </summary>
public class NumberAndDateOnOneLineTests
{
    private const string HeaderLine = "Số: 214/KH-BCĐ\tTuyên Quang, ngày 05 tháng 6 năm 2026";

    [Theory]
    [InlineData("Số: 214/KH-BCĐ\tTuyên Quang, ngày 05 tháng 6 năm 2026", "Tuyên Quang")]
    [InlineData("Số: 214/KH-BCĐ          Tuyên Quang, ngày 05 tháng 6 năm 2026", "Tuyên Quang")]
    [InlineData("Số: 214/KH-BCĐ Tuyên Quang, ngày 05 tháng 6 năm 2026", "Tuyên Quang")]
    [InlineData("Số: 214/KH-BCĐ    Hà Giang 1, ngày 05 tháng 6 năm 2026", "Hà Giang 1")]
    [InlineData("Số:214/KH-BCĐ   Tuyên Quang, ngày 05 tháng 6 năm 2026", "Tuyên Quang")]
    public void The_number_keeps_its_symbol_and_the_place_starts_after_it(string line, string place)
    {
        Assert.Contains(HeaderLine, Examples.CleanProvincePlanText, StringComparison.Ordinal);
        var plan = Examples.Read(Examples.CleanWith(HeaderLine, line));

        Assert.Equal("214/KH-BCĐ", plan.NumberText);
        Assert.Equal((place, 5, 6, 2026), (plan.Dated?.Place, plan.Dated?.Day, plan.Dated?.Month, plan.Dated?.Year));
        Assert.DoesNotContain(new PlanValidator().Check(plan).Findings, f => f.Code.Value is "ANTQ102" or "ANTQ103");
    }
}
