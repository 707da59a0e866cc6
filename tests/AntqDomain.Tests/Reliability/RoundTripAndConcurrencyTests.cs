using AntqDomain.Commendations;
using AntqDomain.Movement;
using AntqDomain.Rules;
using AntqDomain.SafetyStandard;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Reliability;

public class RoundTripTests
{
    public static TheoryData<string> TextInputs()
    {
        var data = new TheoryData<string>();
        foreach (string f in Directory.GetFiles(Repo.PathOf("docs", "examples"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repo.Root, f));
        }

        if (SharedDomain.Directory is { } shared)
        {
            foreach (string f in Directory.GetFiles(Path.Combine(shared, "seeds"), "*.txt").Order(StringComparer.Ordinal))
            {
                data.Add(f);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextInputs))]
    public void Text_to_model_to_json_to_model_keeps_everything_and_the_findings(string file)
    {
        var read = PlanTextReader.Default.Read(File.ReadAllText(Path.IsPathRooted(file) ? file : Repo.PathOf(file)));
        if (!read.Success)
        {
            // Seeds that are not plans (conference reports) are refused as such, never half-read.
            Assert.Contains(read.Diagnostics, d => d.Code == "ANTQ003");
            return;
        }

        string json = PlanJson.Write(read.Plan);
        var back = PlanJson.Read(json);
        Assert.True(back.Success);
        Assert.Equal(json, PlanJson.Write(back.Plan));

        // model → JSON → model: every piece of text, unplaced text included, survives with its position.
        Assert.Equal(read.Plan.AllText().Select(t => (t.Text.Text, t.Text.At, t.Path)), back.Plan.AllText().Select(t => (t.Text.Text, t.Text.At, t.Path)));
        var validator = new PlanValidator();
        Assert.Equal(
            validator.Check(read.Plan).Findings.Select(f => (f.Code, f.Location?.Line, f.Location?.Column)),
            validator.Check(back.Plan).Findings.Select(f => (f.Code, f.Location?.Line, f.Location?.Column)));
    }
}

public class ConcurrencyTests
{
    [Fact]
    public void Shared_validators_give_the_sequential_results_from_16_threads_times_10000_validations()
    {
        var plans = new[] { Examples.Read(Examples.CleanProvincePlanText), Examples.Read(File.ReadAllText(Repo.PathOf("docs", "examples", "commune-plan-2025-defects.txt"))) };
        var proposal = SubjectJson.Read(File.ReadAllText(Repo.PathOf("docs", "examples", "award-proposal-defects.json"))).AwardProposal!;
        var model = SubjectJson.Read(File.ReadAllText(Repo.PathOf("docs", "examples", "movement-model.json"))).Model!;
        var clock = FixedClock.At(2026, 11, 22);
        var planValidator = new PlanValidator(clock: clock);
        var awardValidator = new AwardValidator(clock: clock);
        var modelValidator = new ModelValidator(clock: clock);
        var safetyValidator = new SafetyValidator(clock: clock);
        var safety = new SafetyAssessment { Name = "Xã A", Unit = AssessedUnitKind.Commune, Year = 2025, EffectiveModels = 0, UnitsTotal = 10, UnitsRegistered = 9, UnitsRecognised = 6 };

        string Sequential(int i) => Describe(i, plans, proposal, model, safety, planValidator, awardValidator, modelValidator, safetyValidator);
        var expected = Enumerable.Range(0, 8).Select(Sequential).ToArray();
        var failures = 0;
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, thread =>
        {
            for (int i = 0; i < 10_000; i++)
            {
                if (Describe(i, plans, proposal, model, safety, planValidator, awardValidator, modelValidator, safetyValidator) != expected[i % 8])
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        Assert.Equal(0, failures);
    }

    private static string Describe(int i, AntqDomain.Plans.FestivalPlan[] plans, AwardProposal proposal, ModelAssessment model, SafetyAssessment safety,
        PlanValidator pv, AwardValidator av, ModelValidator mv, SafetyValidator sv)
    {
        // Every other plan validation uses a fresh copy, so the per-plan caches are filled concurrently too.
        var plan = plans[i % 2];
        var report = (i % 8) switch
        {
            0 or 1 => pv.Check(plan),
            2 or 3 => pv.Check(plan with { TitleYear = plan.TitleYear }),
            4 => av.Check(proposal),
            5 => mv.Check(model.Model, model.On),
            6 => sv.Check(safety),
            _ => pv.Check(plans[1], plans[0]),
        };
        return string.Join("|", report.Findings.Select(f => $"{f.Code}@{f.Location}:{f.MessageVi}"));
    }
}
