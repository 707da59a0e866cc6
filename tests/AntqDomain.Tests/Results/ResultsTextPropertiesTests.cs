using System.Globalization;
using AntqDomain.Results;
using AntqDomain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using AntqDomain.Reading;
using AntqDomain.Rules;

namespace AntqDomain.Tests.Results;

/// <summary>
/// Properties of reading figures: any count written the Vietnamese way with any bound reads back to its value and
/// bound; any text inserted into a report never makes the reader throw, and every figure it reads points into the text.
/// </summary>
public class ResultsTextPropertiesTests
{
    private static readonly string Template = File.ReadAllText(Repo.PathOf("docs", "examples", "province-report-2026.txt"));

    private static string Vietnamese(long n) => n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    [Fact]
    public void A_count_with_dot_thousands_and_a_bound_reads_back()
    {
        var bounds = new[] { ("", FigureBound.Exact), ("hơn ", FigureBound.MoreThan), ("trên ", FigureBound.MoreThan), ("gần ", FigureBound.LessThan), ("khoảng ", FigureBound.About) };
        var gen = from value in Gen.Choose(0, int.MaxValue).Select(v => (long)v)
                  from b in Gen.Elements(bounds)
                  select (value, b);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            string text = Template.Replace("treo 6.229 băng rôn", "treo " + c.b.Item1 + Vietnamese(c.value) + " băng rôn", StringComparison.Ordinal);

            var banners = ResultsTextReader.Read(text).Report!.Of(Indicator.Banners)!;

            Assert.Equal((c.value, c.b.Item2), (banners.Value, banners.Bound));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Inserted_text_never_makes_the_reader_throw_and_figures_point_into_the_text()
    {
        var pieces = Gen.Elements("1.340", "hơn", "/", "%", "mô hình", "lượt người", "cho", "(đạt 97,8%)", "12/10", "0", "99999999999999999999", "tổ chức Ngày hội", ",", ".", " ", "\n", "ba", "năm");
        Prop.ForAll(pieces.ArrayOf().Select(p => string.Concat(p)).ToArbitrary(), insert =>
        {
            string text = Template.Replace("II. ĐÁNH GIÁ CHUNG", insert + "\nII. ĐÁNH GIÁ CHUNG", StringComparison.Ordinal);
            string[] lines = text.Split('\n');

            var result = ResultsTextReader.Read(text);

            Assert.True(result.Success);
            foreach (var f in result.Report!.Figures)
            {
                Assert.InRange(f.At!.Line!.Value, 1, lines.Length);
                Assert.True(f.At.Column!.Value - 1 + f.At.Length!.Value <= lines[f.At.Line.Value - 1].Length);
            }

            _ = new ResultsReportValidator().Check(result.Report);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }
}
