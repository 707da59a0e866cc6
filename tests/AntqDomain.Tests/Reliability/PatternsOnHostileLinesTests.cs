using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using AntqDomain.Language;
using AntqDomain.Rules;

namespace AntqDomain.Tests.Reliability;

/// <summary>
/// The library's regular expressions carry no match timeout (a timed match reads the clock at every step): what keeps
/// a hostile line from hanging a reader or a validator is the shape of the patterns. Every pattern is run over lines
/// at the line limit built to make a backtracking matcher work hardest: its own words repeated, with their spaces
/// doubled, dates and numbers, runs of one character.
/// </summary>
public class PatternsOnHostileLinesTests
{
    /// <summary>Every source-generated pattern of the library, by its declaring type and name.</summary>
    public static TheoryData<string> Patterns()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in All())
        {
            data.Add(name);
        }

        return data;
    }

    private static IEnumerable<(string Name, Regex Regex)> All()
        => typeof(PlanValidator).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null && m.GetParameters().Length == 0)
            .Select(m => ($"{m.DeclaringType!.Name}.{m.Name}", (Regex)m.Invoke(null, null)!))
            .OrderBy(p => p.Item1, StringComparer.Ordinal);

    [Fact]
    public void The_library_has_patterns_to_check_and_none_carries_a_timeout()
    {
        var all = All().ToList();
        Assert.True(all.Count >= 30, $"only {all.Count} patterns found: the reflection no longer sees them");
        Assert.All(all, p => Assert.Equal(Regex.InfiniteMatchTimeout, p.Regex.MatchTimeout));
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void A_pattern_runs_through_hostile_lines_at_the_line_limit_and_ends(string name)
    {
        // The same pattern and options, matched here by the runtime's backtracking interpreter (the same search as the
        // generated code) with a timeout, so that a pattern whose work explodes with the line fails this test instead of
        // hanging it. Not a speed test (HostileInputBenchmarks measures speed): a line takes milliseconds, the
        // timeout is far above that.
        var generated = All().Single(p => p.Name == name).Regex;
        var timed = new Regex(generated.ToString(), generated.Options, TimeSpan.FromSeconds(20));
        foreach (string line in HostileLines(generated.ToString()))
        {
            Assert.Equal(TextPatterns.DefaultMaxLineChars, line.Length);
            int matches = timed.Count(line);
            Assert.InRange(matches, 0, line.Length);
        }
    }

    /// <summary>
    /// Lines of exactly the line limit that make a backtracking matcher try hardest on <paramref name="pattern"/>: each
    /// also with a last character no pattern expects, so that a match that took the whole line must give it all back.
    /// </summary>
    private static IEnumerable<string> HostileLines(string pattern)
    {
        string words = WordsOf(pattern);
        string[] units =
        [
            words + " ",
            words.Replace(" ", "  ", StringComparison.Ordinal) + "  ",
            words + ", ",
            words.Replace(" ", string.Empty, StringComparison.Ordinal),
            words + " 19/8/1945 – 19/8/2026 ngay 19/8 nam 2026 so 1975/kh-bcd ",
            "1/1/1111 - 1/1/1111 ",
            " ", "1", "a", "a ", ",", "(", "/", "\"", "-",
        ];
        foreach (string unit in units)
        {
            string line = Fill(unit);
            yield return line;
            yield return string.Concat(line.AsSpan(0, line.Length - 1), "\u0007");
        }
    }

    /// <summary>The literal words of a pattern: what is left when its syntax is blanked out.</summary>
    private static string WordsOf(string pattern)
    {
        string text = Regex.Replace(pattern, @"\(\?<\w+>|\(\?[:=!<>]+|\\[sSwWbBpP](\{\w+\})?|\[[^\]]*\]|\{[0-9,]+\}|[()|?*+^$\\]", " ");
        text = Regex.Replace(text, " +", " ").Trim();
        return text.Length == 0 ? "a" : text;
    }

    private static string Fill(string unit)
    {
        var sb = new StringBuilder(TextPatterns.DefaultMaxLineChars + unit.Length);
        while (sb.Length < TextPatterns.DefaultMaxLineChars)
        {
            sb.Append(unit);
        }

        return sb.ToString(0, TextPatterns.DefaultMaxLineChars);
    }
}
