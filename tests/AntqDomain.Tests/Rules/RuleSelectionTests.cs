using AntqDomain.Rules;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using AntqDomain.Reading;
using AntqDomain.Language;

namespace AntqDomain.Tests.Rules;

public class RuleSelectionTests
{
    [Fact]
    public void The_rules_chosen_for_a_date_are_exactly_those_whose_period_contains_it()
    {
        var catalogue = RuleCatalogue.Default;
        var boundaries = catalogue.Rules.SelectMany(r => new[] { r.Period.From, r.Period.To }).OfType<LocalDate>()
            .SelectMany(d => new[] { d.PlusDays(-1), d, d.PlusDays(1) });
        var dates = boundaries.Concat([new LocalDate(2005, 1, 1), new LocalDate(2024, 12, 31), new LocalDate(2100, 6, 1), LocalDate.MinIsoValue, LocalDate.MaxIsoValue.PlusDays(-1)]);
        foreach (var date in dates)
        {
            var expected = catalogue.PlanRules.All.Where(r => r.Definition.Period.Contains(date)).Select(r => r.Definition.Code.Value).ToArray();
            var actual = catalogue.PlanRules.On(date).Select(r => r.Definition.Code.Value).ToArray();
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void The_year_after_nam_scanner_finds_what_the_year_pattern_finds()
    {
        var alphabet = Gen.Elements('n', 'a', 'm', ' ', '\t', '0', '1', '2', '9', 'x', '_', '.', 'ă');
        var texts = Gen.ArrayOf(alphabet).Select(cs => new string(cs)).ToArbitrary();
        Prop.ForAll(texts, text =>
        {
            var expected = AntqDomain.Language.TextPatterns.YearAfterNam().Matches(text).Select(m => int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var actual = new List<int>();
            for (int from = 0; CalendarRules.NextYearAfterNam(text, ref from) is { } y;)
            {
                actual.Add(y);
            }

            return expected.SequenceEqual(actual);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }
}
