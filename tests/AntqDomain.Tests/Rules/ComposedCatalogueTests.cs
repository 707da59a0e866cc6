using AntqDomain.Docx;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Rules;

/// <summary>A catalogue can be narrowed to some rules or spared some, and every validator honours it.</summary>
public class ComposedCatalogueTests
{
    private static readonly string Defective = Examples.CleanProvincePlanText
        .Replace("Số: 214/KH-BCĐ", "Số 214/KH-BCĐ", StringComparison.Ordinal)
        .Replace("- Lưu: VT, CAT.", "- Lưu: HSCV.", StringComparison.Ordinal);

    private static string[] Codes(RuleCatalogue catalogue) => [.. new PlanValidator(catalogue).Check(Examples.Read(Defective)).Findings.Select(f => f.Code.Value).Distinct()];

    [Fact]
    public void Without_silences_the_rules_named_and_keeps_the_others()
    {
        Assert.Equal(["ANTQ105", "ANTQ111"], Codes(RuleCatalogue.Default).Order());
        Assert.Equal(["ANTQ105"], Codes(RuleCatalogue.Default.Without("ANTQ111")));
        Assert.Null(RuleCatalogue.Default.Without("ANTQ111").Find("ANTQ111"));
    }

    [Fact]
    public void Only_keeps_just_the_rules_named_for_every_subject()
    {
        var only = RuleCatalogue.Default.Only("ANTQ111", "ANTQ602");
        Assert.Equal(["ANTQ111"], Codes(only));
        Assert.Equal(["ANTQ111", "ANTQ602"], only.Rules.Select(r => r.Code.Value));
        var short1 = AntqDomain.Tests.Commendations.Proposals.GrassrootsMedal() with { Nominee = AntqDomain.Tests.Commendations.Proposals.GrassrootsMedal().Nominee with { CompletedTasksWell = false } };
        Assert.Empty(new AwardValidator(only, FixedClock.At(2026, 1, 1)).Check(short1).Findings);
    }

    [Fact]
    public void A_code_the_catalogue_lacks_is_refused()
    {
        Assert.Throws<ArgumentException>(() => RuleCatalogue.Default.Only("ANTQ999"));
        Assert.Throws<ArgumentException>(() => RuleCatalogue.Default.Without("antq111"));
    }

    [Fact]
    public void The_word_checker_skips_presentation_rules_the_catalogue_lacks()
    {
        var bytes = DocxFixtures.FromPlanText(Examples.CleanProvincePlanText);
        var on = new LocalDate(2026, 6, 5);
        var all = DocxPresentationChecker.Check(bytes, on).Findings.Select(f => f.Code.Value).Distinct().ToList();
        Assert.NotEmpty(all);
        var spared = DocxPresentationChecker.Check(bytes, on, RuleCatalogue.Default.Without([.. all])).Findings;
        Assert.Empty(spared);
    }
}
