using AntqDomain.Plans;
using AntqDomain.Tests.Support;
using AntqDomain.Reading;
using AntqDomain.Rules;

namespace AntqDomain.Tests.Reading;

/// <summary>The real documents of ../shared/domain/seeds: the district plan is a festival plan; the four news reports are refused as news.</summary>
public class SeedDocumentKindTests
{
    [SharedDomainFact]
    public void The_real_district_plan_is_a_festival_plan()
    {
        var plan = PlanTextReader.Default.Read(File.ReadAllText(SharedDomain.Seed("001_")!)).Plan!;
        Assert.Equal(DocumentKind.FestivalPlan, plan.DocumentKind);
        Assert.Equal(2024, plan.TitleYear);
    }

    [SharedDomainTheory]
    [InlineData("000_")]
    [InlineData("002_")]
    [InlineData("003_")]
    [InlineData("004_")]
    public void A_real_news_report_is_refused_as_news(string seed)
    {
        var read = PlanTextReader.Default.Read(File.ReadAllText(SharedDomain.Seed(seed)!));
        Assert.False(read.Success);
        Assert.Contains("news article", Assert.Single(read.Diagnostics, d => d.Severity == FindingSeverity.Error).MessageEn, StringComparison.Ordinal);
    }
}
