using System.Text.RegularExpressions;
using AntqDomain.Language;
using AntqDomain.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// A statement's pattern is run only around the occurrences of its cues, from its declared lead before a cue to a
/// fixed reach after it: the matches are exactly those of the pattern run over the whole text, and the leads are honest.
/// </summary>
public class StatementWindowTests
{
    private static readonly string[] Pieces =
    [
        "81", "7", "2024", "19", "8", "123", " ", "/", ".", "-", ",", ";", "\"", "“", "”", "(", ")", "a", "b c d e f g h",
        " nam ", "nam ngay ", "ngay ", " truyen thong ", "truyen thong", "luc luong ", "cong an nhan dan", "cand", " qua ",
        " trong ", "viet nam ", "xay dung", "chien dau", "le ky niem ", " cach mang thang ", "tam", " quoc khanh",
        "ngay hoi toan dan bao ve ", "an ninh to quoc", "antq", " lan thu ", "(antq)", "duoc to chuc ", "dien ra ", "vao ",
        "cach mang, ", "chinh quy, ", "tinh nhue, ", "tung buoc hien dai", "huong toi ", "ngay hoi ", "“toan dan bao ve ",
        " thanh lap ", " vu trang",
        "mot doan van ban dai khong noi gi ve ngay hoi ma chi de lap day khoang cach giua hai cum tu can tim",
    ];

    /// <summary>Statements at the bounds of their leads and lengths, and cues that start no statement before one that does.</summary>
    private static readonly string[] Extremes =
    [
        "123 nam ngay truyen thong luc luong cong an nhan dan",
        "123 nam ngay thanh lap luc luong cong an nhan dan",
        "123 nam ngay cach mang thang tam, 123 nam ngay quoc khanh",
        "123 nam “ngay hoi toan dan bao ve an ninh to quoc",
        "123 nam “ngay hoi “toan dan bao ve an ninh to quoc",
        "ngay hoi toan dan bao ve an ninh to quoc” " + new string('a', 38) + " lan thu 21",
        "ngay hoi “toan dan bao ve an ninh to quoc” " + new string('a', 38) + " lan thu 21",
        "xay dung luc luong cach mang, chinh quy, tinh nhue, tung buoc hien dai",
        "ngay hoi toan dan bao ve an ninh to quoc” (antq) nam 2024, duoc to chuc vao ngay 19 / 8 / 2024",
        "ngay hoi “toan dan bao ve an ninh to quoc” (antq) nam 2024, duoc to chuc vao ngay 19 / 8 / 2024",
        "ngay hoi toan dan bao ve " + new string('x', 110) + " ngay hoi toan dan bao ve an ninh to quoc ngay 19/8/2024",

        // The second statement starts inside the first cue's window, which ends inside its year: it is found whole, from its own cue.
        "ngay hoi toan dan bao ve " + new string('x', StatementPattern.Reach - 78) + " ngay hoi toan dan bao ve an ninh to quoc ngay 19/8/2024",
        "lan thu nhat; " + new string('y', 90) + " ngay hoi toan dan bao ve an ninh to quoc lan thu 21",

        // Statements whose first digit lies as far from their start as the pattern allows.
        "cong an nhan dan viet nam trong 123 nam xay dung",
        "ngay hoi “toan dan bao ve an ninh to quoc” (antq) , duoc to chuc vao ngay 19/8/2024",
        "ngay hoi “toan dan bao ve an ninh to quoc” (antq) nam 2024 ngay 19/8/2024",
        "ngay hoi “toan dan bao ve an ninh to quoc” " + new string('a', 38) + " lan thu 21",
        "le ky niem 81 nam ngay truyen thong cong an nhan dan",

        // Cues whose windows hold no digit where a statement's number would be, before one whose window does.
        "cong an nhan dan qua nhieu nam; ngay hoi toan dan bao ve an ninh to quoc; 80 nam ngay truyen thong cand",
    ];

    private static string Squeezed(string text)
    {
        char[] folded = VietnameseText.Fold(text).ToCharArray();
        return new string(folded, 0, SqueezedSpaces.Squeeze(folded));
    }

    private static List<(int Index, int Length)> Windowed(StatementPattern pattern, string folded)
    {
        var found = new List<(int, int)>();
        foreach (var m in pattern.Matches(folded))
        {
            found.Add(m);
        }

        return found;
    }

    private static List<(int Index, int Length)> Whole(Regex regex, string folded)
    {
        var found = new List<(int, int)>();
        foreach (var m in regex.EnumerateMatches(folded))
        {
            found.Add((m.Index, m.Length));
        }

        return found;
    }

    private static IEnumerable<string> Corpus() => StatementCueTests.Corpus().Concat(Extremes).Select(Squeezed);

    public static TheoryData<int> Patterns() => StatementCueTests.Patterns();

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Every_match_holds_a_cue_within_its_lead_its_first_digit_within_its_declared_distance_and_ends_within_the_reach(int index)
    {
        var p = PlanScanner.Patterns.ElementAt(index);
        var random = new Random(19 + index);
        var texts = Corpus().Concat(Enumerable.Range(0, 3000).Select(_ => Squeezed(string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => Pieces[random.Next(Pieces.Length)])))));
        int matches = 0;
        foreach (string text in texts)
        {
            foreach (var m in p.Regex.EnumerateMatches(text))
            {
                matches++;
                string match = text.Substring(m.Index, m.Length);
                int cue = p.Cues.Select(c => match.IndexOf(c, StringComparison.Ordinal)).Where(at => at >= 0).DefaultIfEmpty(-1).Min();
                Assert.True(cue >= 0 && cue <= p.Lead, $"{p.Kind}: \"{match}\" has its first cue at {cue}, past its lead {p.Lead}");
                Assert.True(m.Length - cue < StatementPattern.Reach, $"{p.Kind}: \"{match}\" runs past the reach after its cue");
                int digit = match.AsSpan().IndexOfAnyInRange('0', '9');
                Assert.True(!p.StatesNumber || (digit >= 0 && digit < p.DigitWithin), $"{p.Kind}: \"{match}\" has its first digit at {digit}, past {p.DigitWithin}");
            }
        }

        Assert.True(matches > 0, $"{p.Kind}: nothing was matched to check its lead on");
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Matches_found_around_the_cues_are_the_patterns_own_matches(int index)
    {
        var p = PlanScanner.Patterns.ElementAt(index);
        foreach (string text in Corpus())
        {
            Assert.Equal(Whole(p.Regex, text), Windowed(p, text));
        }

        var texts = Gen.Elements(Pieces).ArrayOf().Select(parts => Squeezed(string.Concat(parts))).ToArbitrary();
        Prop.ForAll(texts, text => Assert.Equal(Whole(p.Regex, text), Windowed(p, text)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3_000).WithQuietOnSuccess(true));
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void A_line_crowded_with_cues_is_matched_as_the_pattern_matches_it(int index)
    {
        // So many cues that the windows around them would scan the line many times over: past a budget the rest of the
        // line is matched whole. Statements before, among and after the crowd are all found, once each.
        var p = PlanScanner.Patterns.ElementAt(index);
        string statement = Corpus().First(t => p.Regex.IsMatch(t));
        string crowd = string.Concat(Enumerable.Repeat(p.Cues[0] + " 1 ", 1_500));
        string line = statement + " " + crowd + statement + " " + crowd + " " + statement;

        var windowed = Windowed(p, line);
        Assert.Equal(Whole(p.Regex, line), windowed);
        Assert.True(windowed.Count >= 3, $"{p.Kind}: {windowed.Count} matches");
    }

    [Theory]
    [InlineData("ngay hoi toan dan bao ve an ninh to quoc lan thu 21, ngay hoi toan dan bao ve antq lan thu 22", 2)]
    [InlineData("cong an nhan dan cong an nhan dan qua 80 nam xay dung cand trong 81 nam truong thanh", 2)]
    [InlineData("ngay hoi toan dan bao ve an ninh to quoc mot doan van ban dai khong noi gi ve ngay hoi lan thu 21", 0)]
    public void Repeated_and_overlapping_cues_neither_hide_nor_repeat_a_match(string folded, int expected)
    {
        var p = PlanScanner.Patterns.First(q => folded.Contains(q.Cues[0], StringComparison.Ordinal) && (q.Kind == MentionKind.Edition || q.Cues.Contains("cand")));
        Assert.Equal(expected, Windowed(p, folded).Count);
        Assert.Equal(Whole(p.Regex, folded), Windowed(p, folded));
    }

    [Fact]
    public void A_pattern_declares_one_to_four_cues()
    {
        Assert.Throws<ArgumentException>(() => new StatementPattern(MentionKind.Edition, new Regex("x"), []));
        Assert.Throws<ArgumentException>(() => new StatementPattern(MentionKind.Edition, new Regex("x"), ["a", "b", "c", "d", "e"]));
    }
}
