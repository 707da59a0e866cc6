using System.Text.RegularExpressions;
using AntqDomain.Language;
using AntqDomain.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// The numbers a statement states (the count of years, an edition, the dates of a range, the festival day, the day
/// flags go up) are read from the matched text's runs of digits, not from the patterns' groups: for every match, the
/// runs read are exactly the groups the pattern names.
/// </summary>
public class StatementNumberTests
{
    private static readonly string[] Pieces =
    [
        "81", "7", "2024", "1945", "19", "8", "2", "9", "123", " ", "  ", "/", ".", "-", "–", "(", ")", ",", ":", "\"",
        " nam ", "nam ngay ", " truyen thong ", "cong an nhan dan", "cand", " qua ", " trong ", "xay dung", "le ky niem ",
        " cach mang thang ", "tam", " quoc khanh", "ngay hoi toan dan bao ve ", "an ninh to quoc", "antq", " lan thu ",
        "ngay ", "duoc to chuc ", "vao ", "huong toi ",
    ];

    private static readonly string[] Statements =
    [
        "{n} nam ngay truyen thong cong an nhan dan",
        "{n}  nam truyen thong luc luong cand ",
        "cong an nhan dan viet nam qua {n} nam xay dung",
        "cand trong {n} nam truong thanh",
        "le ky niem {n} nam ngay truyen thong cong an nhan dan",
        "{n} nam cach mang thang 8",
        "{n} nam ngay cach mang thang tam",
        "{n} nam quoc khanh",
        "{n} nam \"ngay hoi toan dan bao ve an ninh to quoc",
        "ngay hoi toan dan bao ve an ninh to quoc nam {y} lan thu {n}",
        "ngay hoi toan dan bao ve antq\" {y} lan thu {n} ",
        "ngay hoi toan dan bao ve an ninh to quoc (ngay {n}/{y})",
        "ngay hoi toan dan bao ve antq nam {y} ngay {n}.8.{y}",
        "({n}/8/{y} – {n}/8/{y})",
        "19/8/{y} - 19/8/{y}",
    ];

    private static IEnumerable<string> Texts()
    {
        foreach (string text in StatementCueTests.Corpus())
        {
            yield return VietnameseText.Fold(text);
        }

        // Statements with numbers of one to four digits, between pieces of text that hold digits of their own.
        var random = new Random(20260819);
        string Noise() => string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        string Number()
        {
            int digits = random.Next(1, 5);
            return random.Next((int)Math.Pow(10, digits - 1), (int)Math.Pow(10, digits)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        for (int i = 0; i < 4000; i++)
        {
            string statement = Statements[random.Next(Statements.Length)].Replace("{n}", Number(), StringComparison.Ordinal).Replace("{y}", Number(), StringComparison.Ordinal);
            yield return Noise() + statement + Noise();
        }
    }

    /// <summary>Checks every match of <paramref name="regex"/> in <paramref name="texts"/>, and that there were more than <paramref name="atLeast"/>.</summary>
    private static void ForEveryMatch(Regex regex, IEnumerable<string> texts, int atLeast, Action<Match> check)
    {
        int checkedMatches = 0;
        foreach (string text in texts)
        {
            foreach (Match m in regex.Matches(text))
            {
                check(m);
                checkedMatches++;
            }
        }

        Assert.True(checkedMatches > atLeast, $"only {checkedMatches} matches of {regex} were checked");
    }

    [Fact]
    public void A_counted_statement_s_number_is_the_run_of_digits_its_pattern_names()
    {
        foreach (var pattern in PlanScanner.Patterns.Where(p => p.Regex.GetGroupNames().Contains("n")))
        {
            ForEveryMatch(pattern.Regex, Texts(), atLeast: 100, m =>
            {
                var n = m.Groups["n"];
                var run = TextPatterns.NumberIn(m.ValueSpan, pattern.NumberLast);
                Assert.Equal((n.Index - m.Index, n.Length), (run.Start.Value, run.End.Value - run.Start.Value));
            });
        }
    }

    [Fact]
    public void A_date_range_s_six_numbers_are_its_six_runs_of_digits_in_order()
    {
        var runs = new System.Range[6];
        string[] names = ["da", "ma", "a", "db", "mb", "b"];
        ForEveryMatch(PlanScanner.AnniversaryRange(), Texts().Append("19/8/1945 – 19/8/2026").Append("02.9.1945-02.9.2025"), atLeast: 40, m =>
        {
            Assert.Equal(6, TextPatterns.DigitRuns(m.ValueSpan, runs));
            for (int i = 0; i < 6; i++)
            {
                Assert.Equal(m.Groups[names[i]].Value, m.ValueSpan[runs[i]].ToString());
            }
        });
    }

    [Fact]
    public void The_festival_day_is_the_day_and_month_its_pattern_names_with_or_without_a_year_before_it()
    {
        var runs = new System.Range[6];
        string[] named =
        [
            "ngay hoi toan dan bao ve an ninh to quoc nam 2024 ngay 19/8",
            "ngay hoi toan dan bao ve an ninh to quoc nam 2024 (ngay 19/8/2024)",
            "ngay hoi toan dan bao ve antq duoc to chuc vao ngay 9.8",
        ];
        ForEveryMatch(PlanScanner.Patterns.Single(p => p.Kind == MentionKind.FestivalDay).Regex, Texts().Concat(named), atLeast: 100, m =>
        {
            var (day, month) = PlanScanner.FestivalDayParts(m.ValueSpan, runs);
            Assert.Equal(m.Groups["d"].Value, m.ValueSpan[day].ToString());
            Assert.Equal(m.Groups["m"].Value, m.ValueSpan[month].ToString());
        });
    }

    [Fact]
    public void A_from_day_s_day_month_and_year_are_its_runs_of_digits_in_order()
    {
        int checkedMatches = 0;
        Span<System.Range> runs = stackalloc System.Range[3];
        var random = new Random(819);
        string[] separators = ["/", ".", "-", " / ", " - "];
        for (int i = 0; i < 2000; i++)
        {
            string sep = separators[random.Next(separators.Length)];
            string text = "treo co tu  ngay " + random.Next(0, 120) + sep + random.Next(0, 130) + (random.Next(2) == 0 ? sep + random.Next(0, 30000) : "") + " den het ngay 20/8";
            foreach (Match m in TextPatterns.FromDay().Matches(text))
            {
                int count = TextPatterns.DigitRuns(m.ValueSpan, runs);
                Assert.Equal(m.Groups["d"].Value, m.ValueSpan[runs[0]].ToString());
                Assert.Equal(m.Groups["m"].Value, m.ValueSpan[runs[1]].ToString());
                Assert.Equal(m.Groups["y"].Value, count > 2 ? m.ValueSpan[runs[2]].ToString() : "");
                checkedMatches++;
            }
        }

        Assert.True(checkedMatches > 500, $"only {checkedMatches} matches were checked");
    }

    [Fact]
    public void The_first_or_last_run_of_digits_of_any_text_is_found()
    {
        var pieces = Gen.Elements("1", "23", "456", "a", " ", "/", "nam");
        Prop.ForAll(pieces.ArrayOf().Select(p => string.Concat(p)).ToArbitrary(), text =>
        {
            var all = Regex.Matches(text, "[0-9]+");
            var first = TextPatterns.NumberIn(text, last: false);
            var last = TextPatterns.NumberIn(text, last: true);
            Assert.Equal(all.Count == 0 ? "" : all[0].Value, text[first]);
            Assert.Equal(all.Count == 0 ? "" : all[^1].Value, text[last]);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true));
    }
}
