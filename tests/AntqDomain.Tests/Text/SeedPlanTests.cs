using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Text;

/// <summary>The real 2024 district plan (seed 001) in ../shared/domain reads whole and validates as an unnumbered draft.</summary>
public class SeedPlanTests
{
    private static FestivalPlan ReadSeed()
    {
        string text = File.ReadAllText(SharedDomain.Seed("001_")!);
        return Examples.Read(text);
    }

    [SharedDomainFact]
    public void The_seed_plan_validates_to_exactly_the_draft_findings()
    {
        var report = new PlanValidator().Check(ReadSeed());
        Assert.Equal(["ANTQ101", "ANTQ103"], report.Findings.Select(f => f.Code.Value).Order().ToArray());
        Assert.False(report.HasErrors);
    }

    [SharedDomainFact]
    public void Every_part_of_the_seed_plan_is_found()
    {
        var plan = ReadSeed();
        Assert.Empty(plan.Unplaced);
        Assert.Equal("/KH-BCĐ", plan.NumberText);
        Assert.Equal(2024, plan.TitleYear);
        Assert.Equal(AntqDomain.Administration.AdministrativeLevel.District, plan.Issuer.Level);
        Assert.Equal("1975/KH-BCĐ", plan.Parent!.NumberText);
        Assert.Equal(new NodaTime.LocalDate(2024, 4, 12), plan.Parent.Date);
        Assert.Equal(AntqDomain.Administration.AdministrativeLevel.Province, plan.Parent.IssuerLevel);
        Assert.Equal([SectionKind.Purposes, SectionKind.Content, SectionKind.Commendation, SectionKind.Implementation], plan.Sections.Select(s => s.Kind).ToArray());
        Assert.Equal(11, plan.Ceremony!.Steps.Length);
        Assert.Equal(CeremonyStepKind.Closing, plan.Ceremony.Steps[^1].Kind);
        Assert.Equal(4, plan.BackdropTitle.Length);
        Assert.Equal(3, plan.FestivalActivities.Length);
        Assert.Equal(new NodaTime.LocalDate(2024, 7, 1), plan.Window!.Start);
        Assert.Equal(new NodaTime.LocalDate(2024, 8, 19), plan.Window.End);
        Assert.Equal(new NodaTime.LocalDate(2024, 7, 18), plan.FlagsFrom);
        Assert.Equal("xã Tân Hương", Assert.Single(plan.ShowcaseSites).Text);
        Assert.NotNull(plan.Participants);
        Assert.Equal([FundingSource.Budget, FundingSource.Socialised], plan.FundingSources.ToArray());
        Assert.Equal("Lưu: VT, CAH.", plan.Recipients!.ArchiveLine!.Text);
        Assert.Equal("Phùng Thị Thanh Nga", plan.Signature!.Signer!.Text);
        Assert.Equal(7, plan.LeadUpActivities.Length); // five bullets and two continuation paragraphs
    }

    [SharedDomainFact]
    public void The_seed_plan_reads_the_same_from_NFD_and_CRLF_text()
    {
        string text = File.ReadAllText(SharedDomain.Seed("001_")!);
        string variant = text.Normalize(System.Text.NormalizationForm.FormD).Replace("\n", "\r\n", StringComparison.Ordinal);
        var result = PlanTextReader.Default.Read(variant);
        Assert.Contains(result.Diagnostics, d => d.Code == "ANTQ005");
        Assert.Equal(PlanJson.Write(ReadSeed()), PlanJson.Write(result.Plan!));
    }
}
