using System.Text.RegularExpressions;
using AntqDomain.Rules;

namespace AntqDomain.Tests.Rules;

/// <summary>Every rule's wording is written down in its definition, so the catalogue page shows all of it.</summary>
public partial class RuleWordingTests
{
    public static TheoryData<string> Codes() => [.. RuleCatalogue.Default.Rules.Select(r => r.Code.Value)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void No_message_template_is_only_a_placeholder(string code)
    {
        var rule = RuleCatalogue.Default.Find(code)!;
        var templates = new List<(string Where, string Text)> { ("vi", rule.MessageVi), ("en", rule.MessageEn) };
        templates.AddRange(rule.Outcomes.SelectMany(o => new[] { (o.Key + " vi", o.MessageVi), (o.Key + " en", o.MessageEn) }));
        foreach (var (where, text) in templates)
        {
            string words = Placeholder().Replace(text, string.Empty);
            Assert.True(words.Count(char.IsLetter) >= 8, $"{code} ({where}): \"{text}\" says nothing beyond its placeholders.");
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Outcome_keys_are_unique_within_a_rule_and_both_languages_use_the_same_values(string code)
    {
        var rule = RuleCatalogue.Default.Find(code)!;
        Assert.Equal(rule.Outcomes.Length, rule.Outcomes.Select(o => o.Key).Distinct(StringComparer.Ordinal).Count());
        foreach (var o in rule.Outcomes)
        {
            // A value named in one language appears in the other (as itself or as its "…En" twin).
            var vi = Names(o.MessageVi);
            var en = Names(o.MessageEn).Select(n => n.EndsWith("En", StringComparison.Ordinal) ? n[..^2] : n).ToHashSet(StringComparer.Ordinal);
            Assert.True(vi.SetEquals(en), $"{code}/{o.Key}: vi uses {string.Join(", ", vi)}; en uses {string.Join(", ", en)}");
        }
    }

    [Fact]
    public void A_rule_reporting_an_outcome_it_does_not_declare_is_a_programming_error_that_says_so()
    {
        var rule = RuleCatalogue.Default.Find("ANTQ105")!;
        var e = Assert.Throws<KeyNotFoundException>(() => rule.Outcome("noSuchOutcome"));
        Assert.Contains("ANTQ105", e.Message, StringComparison.Ordinal);
        Assert.Equal("noRecipients", rule.Outcome("noRecipients").Key);
    }

    private static HashSet<string> Names(string template) => [.. Placeholder().Matches(template).Select(m => m.Groups["n"].Value)];

    [GeneratedRegex(@"\{(?<n>[A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
