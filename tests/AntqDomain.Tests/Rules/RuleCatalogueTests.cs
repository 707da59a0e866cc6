using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using NodaTime;
using AntqDomain.Legal;

namespace AntqDomain.Tests.Rules;

public class RuleCatalogueTests
{
    [Fact]
    public void The_generated_catalogue_in_docs_is_up_to_date()
    {
        string expected = RuleCatalogueMarkdown.Write(RuleCatalogue.Default);
        string actual = File.ReadAllText(Repo.PathOf("docs", "rules.md")).ReplaceLineEndings("\n");
        Assert.True(expected == actual, "docs/rules.md is stale: regenerate it with `dotnet run --project src/AntqDomain.Cli -- rules --format markdown > docs/rules.md`.");
    }

    [Fact]
    public void Every_rule_carries_code_severity_period_citation_and_both_messages()
    {
        foreach (var r in RuleCatalogue.Default.Rules)
        {
            Assert.True(RuleCode.IsValid(r.Code.Value));
            Assert.False(string.IsNullOrWhiteSpace(r.Citation.Document), r.Code.Value);
            Assert.False(string.IsNullOrWhiteSpace(r.TitleVi), r.Code.Value);
            Assert.False(string.IsNullOrWhiteSpace(r.TitleEn), r.Code.Value);
            Assert.False(string.IsNullOrWhiteSpace(r.MessageVi), r.Code.Value);
            Assert.False(string.IsNullOrWhiteSpace(r.MessageEn), r.Code.Value);
            Assert.True(r.MessageVi.IsNormalized(System.Text.NormalizationForm.FormC), r.Code.Value);
        }
    }

    [Fact]
    public void Codes_are_unique_and_in_order()
    {
        var codes = RuleCatalogue.Default.Rules.Select(r => r.Code.Number).ToList();
        Assert.Equal(codes.Distinct().Order(), codes);
    }

    [Theory]
    [InlineData(2022, 3, 15, false)]
    [InlineData(2022, 3, 16, true)]
    public void Rules_with_a_start_date_are_in_force_only_from_it(int y, int m, int d, bool inForce)
        => Assert.Equal(inForce, RuleCatalogue.Default.InForceOn(new LocalDate(y, m, d)).Any(r => r.Code.Value == "ANTQ312"));

    [Fact]
    public void Unknown_codes_are_not_found_and_malformed_codes_are_refused()
    {
        Assert.Null(RuleCatalogue.Default.Find("ANTQ999"));
        Assert.Throws<ArgumentException>(() => new RuleCode("X201"));
    }
}

/// <summary><c>antq rules --format markdown --on</c> lists only the rules in force on the date.</summary>
public class RuleCatalogueMarkdownOnDateTests
{
    [Fact]
    public void The_markdown_catalogue_on_a_date_keeps_only_the_rules_in_force()
    {
        var (code, output, _) = AntqDomain.Tests.Cli.CalendarCommandTests.Run("rules", "--format", "markdown", "--on", "2019-06-01");

        Assert.Equal(0, code);
        Assert.Contains("The rules in force on 2019-06-01.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("| ANTQ101 |", output, StringComparison.Ordinal); // Decree 30 is in force from 2020-03-05
        Assert.Contains("| ANTQ201 |", output, StringComparison.Ordinal);
    }
}
