using AntqDomain.Results;
using AntqDomain.Tests.Support;
using AntqDomain.Reading;
using AntqDomain.Rules;

namespace AntqDomain.Tests.Results;

/// <summary>A results report read from text: every figure with its noun, bound and place; what is not understood is kept.</summary>
public class ResultsTextReaderTests
{
    private static ResultsReadResult ReadExample() => ResultsTextReader.Read(File.ReadAllText(Repo.PathOf("docs", "examples", "province-report-2026.txt")));

    public static TheoryData<Indicator, long, FigureBound> ExampleFigures() => new()
    {
        { Indicator.UnitsHeld, 122, FigureBound.Exact },
        { Indicator.UnitsInScope, 124, FigureBound.Exact },
        { Indicator.Participants, 85_000, FigureBound.MoreThan },
        { Indicator.Banners, 6_229, FigureBound.Exact },
        { Indicator.PropagandaClasses, 305, FigureBound.Exact },
        { Indicator.ClassAttendees, 673_364, FigureBound.Exact },
        { Indicator.NewsItems, 1_120, FigureBound.Exact },
        { Indicator.Contests, 3, FigureBound.Exact },
        { Indicator.ContestParticipants, 12_450, FigureBound.Exact },
        { Indicator.ModelsTotal, 1_340, FigureBound.Exact },
        { Indicator.ModelsNew, 86, FigureBound.Exact },
        { Indicator.ModelsEffective, 1_205, FigureBound.Exact },
        { Indicator.TypicalExamples, 500, FigureBound.MoreThan },
        { Indicator.CrimeTips, 412, FigureBound.Exact },
        { Indicator.WeaponsSurrendered, 37, FigureBound.Exact },
        { Indicator.ExplosivesSurrendered, 14, FigureBound.Exact },
        { Indicator.DisputesMediated, 356, FigureBound.Exact },
        { Indicator.CollectivesCommended, 48, FigureBound.Exact },
        { Indicator.IndividualsCommended, 95, FigureBound.Exact },
    };

    [Theory]
    [MemberData(nameof(ExampleFigures))]
    public void Each_figure_is_read_with_its_noun_and_bound(Indicator indicator, long value, FigureBound bound)
    {
        var figure = ReadExample().Report!.Of(indicator);

        Assert.NotNull(figure);
        Assert.Equal((value, bound), (figure.Value, figure.Bound));
    }

    [Theory]
    [MemberData(nameof(ExampleFigures))]
    public void Each_figure_of_a_copy_with_every_space_doubled_is_read_the_same_and_placed_on_its_digits(Indicator indicator, long value, FigureBound bound)
    {
        string text = File.ReadAllText(Repo.PathOf("docs", "examples", "province-report-2026.txt")).Replace(" ", "  ", StringComparison.Ordinal);

        var read = ResultsTextReader.Read(text);
        var figure = read.Report!.Of(indicator);

        Assert.NotNull(figure);
        Assert.Equal((value, bound), (figure.Value, figure.Bound));
        Assert.Equal(ReadExample().Diagnostics.Count(d => d.Code == "ANTQ014"), read.Diagnostics.Count(d => d.Code == "ANTQ014"));
        string Written(string source, AntqDomain.Documents.Location at) => source.Split('\n')[at.Line!.Value - 1].Substring(at.Column!.Value - 1, at.Length!.Value);
        string even = File.ReadAllText(Repo.PathOf("docs", "examples", "province-report-2026.txt"));
        Assert.Equal(Written(even, ReadExample().Report!.Of(indicator)!.At!), Written(text, figure.At!));
    }

    [Fact]
    public void The_header_gives_the_unit_level_number_date_and_year()
    {
        var report = ReadExample().Report!;

        Assert.Equal(("tỉnh Tuyên Quang", AntqDomain.Administration.AdministrativeLevel.Province, "312/BC-BCĐ", 2026), (report.Unit, report.Level, report.NumberText, report.Year));
        Assert.Equal(new NodaTime.LocalDate(2026, 9, 5), report.Dated);
    }

    [Fact]
    public void The_stated_share_is_read_and_checked_against_its_counts()
    {
        var report = ReadExample().Report!;

        var share = Assert.Single(report.Shares);
        Assert.Equal(98.4m, share.Percent);
        Assert.Empty(new ResultsReportValidator().Check(report).Findings);
    }

    [Fact]
    public void A_figure_points_at_its_digits_in_the_text()
    {
        string text = File.ReadAllText(Repo.PathOf("docs", "examples", "province-report-2026.txt"));
        var at = ReadExample().Report!.Of(Indicator.ClassAttendees)!.At!;

        string line = text.Split('\n')[at.Line!.Value - 1];
        Assert.Equal("673.364", line.Substring(at.Column!.Value - 1, at.Length!.Value));
    }

    [Fact]
    public void A_figure_the_reader_cannot_place_is_kept_with_a_diagnostic()
    {
        var result = ReadExample();

        var kept = Assert.Single(result.Report!.Unplaced);
        Assert.Contains("2 đơn vị", kept.Text, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == "ANTQ014");
    }

    [Theory]
    [InlineData("Có 9/10 thôn tổ chức Ngày hội (đạt 95%).", "ANTQ903")]
    [InlineData("Có 11/10 thôn tổ chức Ngày hội.", "ANTQ902")]
    public void Defects_in_text_are_found_by_the_rules(string sentence, string code)
    {
        string text = File.ReadAllText(Repo.PathOf("docs", "examples", "province-report-2026.txt"))
            .Replace("1. Có 122/124 xã, phường tổ chức Ngày hội (đạt 98,4%), thu hút hơn 85.000 lượt người tham gia.", "1. " + sentence, StringComparison.Ordinal);

        var findings = new ResultsReportValidator().Check(ResultsTextReader.Read(text).Report!).Findings;

        Assert.Contains(findings, f => f.Code.Value == code && f.Location?.Line == 12);
    }

    [Fact]
    public void Text_that_is_not_a_document_gives_no_report_and_an_error()
    {
        var result = ResultsTextReader.Read("Sáng 19/8, tại xã Đồng Tâm đã diễn ra Ngày hội.");

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Severity == AntqDomain.Rules.FindingSeverity.Error);
    }
}
