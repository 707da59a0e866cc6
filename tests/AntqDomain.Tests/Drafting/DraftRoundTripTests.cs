using AntqDomain.Administration;
using AntqDomain.Docx;
using AntqDomain.Drafting;
using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;
using AntqDomain.Writing;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Drafting;

/// <summary>What a writer emits for a draft reads back to the same plan, as text, as JSON and as a Word file.</summary>
public class DraftRoundTripTests
{
    private static readonly PlanValidator Validator = new();

    public static TheoryData<AdministrativeLevel, IssuerKind, int> Sample()
    {
        var data = new TheoryData<AdministrativeLevel, IssuerKind, int>();
        foreach (var (level, body, year) in DraftedPlansValidateCleanTests.Cases().Select(r => ((AdministrativeLevel)r[0], (IssuerKind)r[1], (int)r[2])))
        {
            if (year % 3 == 0 || year is 2005 or 2025)
            {
                data.Add(level, body, year);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sample))]
    public void Writing_the_drafted_plan_as_text_gives_the_drafted_text(AdministrativeLevel level, IssuerKind body, int year)
    {
        var draft = PlanDrafter.Draft(DraftedPlansValidateCleanTests.RequestFor(level, body, year));

        Assert.Equal(draft.Text, PlanTextWriter.Write(draft.Plan));
    }

    [Theory]
    [MemberData(nameof(Sample))]
    public void The_drafted_plan_survives_a_JSON_round_trip(AdministrativeLevel level, IssuerKind body, int year)
    {
        var draft = PlanDrafter.Draft(DraftedPlansValidateCleanTests.RequestFor(level, body, year));
        string json = PlanJson.Write(draft.Plan);

        var back = PlanJson.Read(json).GetPlanOrThrow();

        Assert.Equal(json, PlanJson.Write(back));
    }

    [Theory]
    [MemberData(nameof(Sample))]
    public void The_drafted_plan_written_to_Word_reads_back_to_the_same_parts_and_validates_clean(AdministrativeLevel level, IssuerKind body, int year)
    {
        var draft = PlanDrafter.Draft(DraftedPlansValidateCleanTests.RequestFor(level, body, year));

        byte[] file = DocxPlanWriter.Write(draft.Plan);
        var read = DocxPlanReader.Default.Read(file);

        Assert.True(read.Success, string.Join("; ", read.Result.Diagnostics));
        var plan = read.Result.Plan!;
        Assert.Equal(draft.Text, PlanTextWriter.Write(plan));
        var bad = Validator.Check(plan).Findings.Where(f => f.Severity != FindingSeverity.Info).ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad));
        Assert.Empty(DocxPresentationChecker.Check(file, plan.EffectiveDate!.Value).Findings);
    }

    [Fact]
    public void The_text_writer_keeps_every_part_of_a_plan_it_did_not_draft()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);

        var again = PlanTextReader.Default.Read(PlanTextWriter.Write(plan)).GetPlanOrThrow();

        Assert.Equal(plan.NumberText, again.NumberText);
        Assert.Equal(plan.Issuer.Name, again.Issuer.Name);
        Assert.Equal(plan.Dated, again.Dated);
        Assert.Equal(plan.Title?.Text, again.Title?.Text);
        Assert.Equal(plan.Basis.Select(b => b.Text), again.Basis.Select(b => b.Text));
        Assert.Equal(plan.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Text).Prepend(s.Heading.Text)), again.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Text).Prepend(s.Heading.Text)));
        Assert.Equal(plan.Recipients!.Lines.Select(l => l.Text), again.Recipients!.Lines.Select(l => l.Text));
        Assert.Equal(plan.Signature!.Lines.Select(l => l.Text), again.Signature!.Lines.Select(l => l.Text));
        Assert.Equal(plan.Signature.Signer?.Text, again.Signature.Signer?.Text);
        Assert.Equal(Validator.Check(plan).Findings.Select(f => f.Code), Validator.Check(again).Findings.Select(f => f.Code));
    }
}
