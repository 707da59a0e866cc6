using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// A header whose place-and-date line gives the date in figures ("Tuyên Quang, ngày 05/6/2026") is read: the plan has
/// its date of issue (no false ANTQ103 saying the line is missing, no cascade findings from an unknown date), and
/// ANTQ113 says Decree 30 writes it in words, its fix writing it so. A web page's stamp in figures ("Thứ Hai, ngày
/// 15/7/2026") is not the plan's date, and a line in words wins over one in figures.
/// </summary>
public class PlaceDateInFiguresTests
{
    private const string DateLine = "Tuyên Quang, ngày 05 tháng 6 năm 2026";

    private static readonly PlanValidator Validator = new();

    private static AntqDomain.Plans.FestivalPlan ReadWith(string line)
    {
        Assert.Contains(DateLine, Examples.CleanProvincePlanText, StringComparison.Ordinal);
        return Examples.Read(Examples.CleanWith(DateLine, line));
    }

    [Theory]
    [InlineData("Tuyên Quang, ngày 05/6/2026", "05/6/2026")]
    [InlineData("Tuyên Quang, ngày 5/6/2026", "5/6/2026")]
    [InlineData("Tuyên Quang, ngày 05-06-2026", "05-06-2026")]
    [InlineData("Tuyên Quang, ngày 05.6.2026", "05.6.2026")]
    public void A_date_in_figures_is_the_plans_date_and_draws_only_ANTQ113(string line, string figures)
    {
        var plan = ReadWith(line);

        Assert.Equal(new NodaTime.LocalDate(2026, 6, 5), plan.IssueDate);
        Assert.Equal(("Tuyên Quang", figures), (plan.Dated!.Place, plan.Dated.InFigures));
        var findings = Validator.Check(plan).Findings;
        Assert.Equal(["ANTQ113"], findings.Select(f => f.Code.Value));
        Assert.Equal(DateLine, findings[0].Fix!.Edits.Single().Replacement);
    }

    [Fact]
    public void A_web_pages_stamp_in_figures_is_not_the_plans_date()
    {
        var plan = ReadWith("Thứ Hai, ngày 05/6/2026");

        Assert.Null(plan.Dated);
        Assert.Contains(Validator.Check(plan).Findings, f => f.Code.Value == "ANTQ103");
    }

    [Fact]
    public void A_line_in_words_wins_over_a_stamp_in_figures_above_it()
    {
        var plan = Examples.Read(Examples.CleanWith("UBND TỈNH TUYÊN QUANG", "Hà Nội, ngày 01/7/2026\nUBND TỈNH TUYÊN QUANG"));

        Assert.Equal((new NodaTime.LocalDate(2026, 6, 5), null), (plan.IssueDate, plan.Dated?.InFigures));
    }

    [Fact]
    public void A_date_in_words_has_no_figures()
        => Assert.Null(ReadWith(DateLine).Dated!.InFigures);
}
