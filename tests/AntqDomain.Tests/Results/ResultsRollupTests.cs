using AntqDomain.Administration;
using AntqDomain.Results;
using AntqDomain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using AntqDomain.Rules;

namespace AntqDomain.Tests.Results;

/// <summary>Rolling up adds the children's figures exactly, keeps bounds as bounds, and does not depend on order or grouping.</summary>
public class ResultsRollupTests
{
    private static readonly Indicator[] Indicators = Enum.GetValues<Indicator>();

    private static Gen<ResultsReport> Child(int index)
        => from count in Gen.Choose(0, 5)
           from picks in Gen.Elements(Indicators).ArrayOf(count)
           from values in Gen.Choose(0, 100_000).ArrayOf(count)
           from bounds in Gen.Elements(FigureBound.Exact, FigureBound.Exact, FigureBound.MoreThan, FigureBound.LessThan, FigureBound.About).ArrayOf(count)
           select new ResultsReport
           {
               Unit = "xã " + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
               Level = AdministrativeLevel.Commune,
               Year = 2026,
               Figures = [.. picks.Select((p, i) => new Figure(p, values[i], bounds[i])).DistinctBy(f => f.Indicator)],
           };

    private static Arbitrary<ResultsReport[]> Children()
        => (from n in Gen.Choose(0, 12)
            from seeds in Child(0).ArrayOf(n)
            select seeds.Select((c, i) => c with { Unit = "xã " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray()).ToArbitrary();

    private static ResultsReport Roll(IEnumerable<ResultsReport> children) => ResultsRollup.Of("tỉnh Tuyên Quang", AdministrativeLevel.Province, 2026, children);

    [Fact]
    public void The_roll_up_of_the_union_is_the_roll_up_of_the_roll_ups()
        => Prop.ForAll(Children(), children =>
        {
            int half = children.Length / 2;
            var left = Roll(children.Take(half));
            var right = Roll(children.Skip(half)) with { Unit = "b" };
            var whole = Roll(children);

            Assert.Equal(whole.Figures.AsEnumerable(), ResultsRollup.Of("x", AdministrativeLevel.Central, 2026, [left with { Unit = "a" }, right]).Figures.AsEnumerable());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));

    [Fact]
    public void The_order_of_the_children_does_not_matter()
        => Prop.ForAll(Children(), children =>
            Assert.Equal(Roll(children).Figures.AsEnumerable(), Roll(children.Reverse()).Figures.AsEnumerable())).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));

    [Fact]
    public void A_bound_never_becomes_exact_and_exact_sums_are_exact()
        => Prop.ForAll(Children(), children =>
        {
            var parent = Roll(children);
            foreach (var f in parent.Figures)
            {
                var parts = parent.Contributions(f.Indicator);
                Assert.Equal(parts.Sum(p => p.Figure.Value), f.Value);
                Assert.Equal(parts.All(p => p.Figure.IsExact), f.IsExact);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));

    [Fact]
    public void A_rolled_up_report_passes_the_total_check()
        => Prop.ForAll(Children(), children =>
            Assert.DoesNotContain(new ResultsReportValidator().Check(Roll(children)).Findings, f => f.Code.Value == "ANTQ901")).Check(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true));

    [Fact]
    public void A_unit_counted_twice_or_another_year_is_refused()
    {
        var a = new ResultsReport { Unit = "xã A", Year = 2026 };

        Assert.Throws<ArgumentException>(() => Roll([a, a]));
        Assert.Throws<ArgumentException>(() => Roll([a, a with { Unit = "xã B", Year = 2025 }]));
    }

    [Fact]
    public void A_merged_communes_baseline_is_the_sum_of_the_communes_it_absorbed()
    {
        var previous = new[]
        {
            new ResultsReport { Unit = "xã A", Year = 2024, Figures = [new Figure(Indicator.Participants, 1000), new Figure(Indicator.Banners, 10)] },
            new ResultsReport { Unit = "xã B", Year = 2024, Figures = [new Figure(Indicator.Participants, 500, FigureBound.MoreThan)] },
            new ResultsReport { Unit = "xã C", Year = 2024, Figures = [new Figure(Indicator.Participants, 700)] },
        };

        var baselines = ResultsRollup.Baselines(previous, new Dictionary<string, IReadOnlyList<string>> { ["xã A B"] = ["xã A", "xã B"], ["xã C"] = ["xã C"] });

        Assert.Equal([new Figure(Indicator.Participants, 1500, FigureBound.MoreThan), new Figure(Indicator.Banners, 10)], baselines["xã A B"].OrderByDescending(f => f.Value));
        Assert.Equal([new Figure(Indicator.Participants, 700)], baselines["xã C"].AsEnumerable());
    }

    [Fact]
    public void A_results_report_survives_a_JSON_round_trip()
    {
        var report = ResultsRulesFireTests.Province();

        string json = SubjectJson.Write(report);
        var back = SubjectJson.Read(json).ResultsReport;

        Assert.Equal(json, SubjectJson.Write(back!));
        Assert.Equal(report, back);
    }

    [Fact]
    public void A_sum_past_the_range_of_a_long_stays_a_lower_bound_and_the_total_check_reports_it()
    {
        var huge = new ResultsReport { Unit = "xã A", Year = 2026, Figures = [new Figure(Indicator.Banners, long.MaxValue)] };

        var parent = Roll([huge, huge with { Unit = "xã B" }]);

        Assert.Equal(new Figure(Indicator.Banners, long.MaxValue, FigureBound.MoreThan), parent.Of(Indicator.Banners));
        var stated = parent with { Figures = [new Figure(Indicator.Banners, 5)] };
        Assert.Contains(new ResultsReportValidator().Check(stated).Findings, f => f.Code.Value == "ANTQ901");
    }
}
