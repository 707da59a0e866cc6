using AntqDomain.Documents;
using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Reliability;

/// <summary>
/// A plan built carelessly in code — a list left unset, a null entry in a list, a null issuer or heading — is read as
/// the parts it does have: it is validated, compared and written to JSON like the same plan without the careless
/// part, never thrown at. (A JSON document with a null entry is refused instead: see the JSON reader's tests.)
/// </summary>
public class CarelessPlansAreCheckedNotThrownAtTests
{
    private static readonly PlanValidator Validator = new();

    private static FestivalPlan Sound => Examples.Read(Examples.CleanProvincePlanText);

    public static TheoryData<string> Careless() => new(Cases.Keys);

    private static readonly Dictionary<string, Func<FestivalPlan, FestivalPlan>> Cases = new()
    {
        ["a null part among the parts"] = p => p with { Sections = p.Sections.Insert(1, null!) },
        ["a null paragraph in a part"] = p => p with { Sections = p.Sections.SetItem(0, p.Sections[0] with { Paragraphs = p.Sections[0].Paragraphs.Add(null!) }) },
        ["a null basis line"] = p => p with { Basis = p.Basis.Add(null!) },
        ["a null backdrop line"] = p => p with { BackdropTitle = p.BackdropTitle.Add(null!) },
        ["a null unplaced line"] = p => p with { Unplaced = p.Unplaced.Add(null!) },
        ["a null recipient line"] = p => p with { Recipients = p.Recipients! with { Lines = p.Recipients.Lines.Insert(0, null!) } },
        ["a null signature line"] = p => p with { Signature = p.Signature! with { Lines = p.Signature.Lines.Add(null!) } },
    };

    [Theory]
    [MemberData(nameof(Careless))]
    public void A_careless_part_is_read_as_the_parts_it_does_have(string careless)
    {
        var sound = Sound;
        var plan = Cases[careless](sound);
        Assert.Equal(sound, plan);
        Assert.Equal(Validator.Check(sound).Findings.Select(f => f.Code.Value).ToArray(), Validator.Check(plan).Findings.Select(f => f.Code.Value).ToArray());
        Assert.Equal(PlanJson.Write(sound), PlanJson.Write(plan));
    }

    [Fact]
    public void An_unset_list_is_an_empty_one()
    {
        var sound = Sound;
        var unset = sound with { Basis = default, BackdropTitle = default, ShowcaseSites = default, Tasks = default, Sections = default };
        var empty = sound with { Basis = [], BackdropTitle = [], ShowcaseSites = [], Tasks = [], Sections = [] };
        Assert.Equal(empty, unset);
        Assert.Empty(unset.Sections);
        Assert.Equal(Validator.Check(empty).Findings.Select(f => f.Code.Value).ToArray(), Validator.Check(unset).Findings.Select(f => f.Code.Value).ToArray());
        Assert.Equal(PlanJson.Write(empty), PlanJson.Write(unset));
    }

    [Fact]
    public void A_plan_without_an_issuer_is_checked_as_one_whose_header_names_none()
    {
        var plan = Sound with { Issuer = null! };
        Assert.Equal(IssuerKind.Unknown, plan.Issuer.Kind);
        Assert.Null(plan.Issuer.Name);
        Assert.NotNull(Validator.Check(plan));
    }

    [Fact]
    public void A_part_without_a_heading_is_checked_on_its_paragraphs()
    {
        var sound = Sound;
        var part = sound.Sections[1] with { Heading = null! };
        var codes = Validator.Check(sound with { Sections = sound.Sections.SetItem(1, part) }).Findings.Select(f => f.Code.Value);
        Assert.Equal(Validator.Check(sound).Findings.Select(f => f.Code.Value), codes);
    }

    [Fact]
    public void A_ceremony_with_a_null_step_keeps_its_other_steps()
    {
        var steps = new CeremonyProgramme([null!, new CeremonyStep(CeremonyStepKind.FlagSalute, new PlanText("Chào cờ"), false)]);
        Assert.Single(steps.Steps);
        Assert.True(steps.Has(CeremonyStepKind.FlagSalute));
    }
}
