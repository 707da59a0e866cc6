using AntqDomain.Commendations;
using AntqDomain.Movement;
using AntqDomain.Rules;
using AntqDomain.SafetyStandard;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Rules;

/// <summary>Every message a user reads is a sentence: it starts with a capital letter, in both languages.</summary>
public class MessageFormTests
{
    private static IEnumerable<Finding> AllExampleFindings()
    {
        var clock = FixedClock.At(2026, 11, 22);
        string Example(string n) => File.ReadAllText(Repo.PathOf("docs", "examples", n));
        foreach (var f in new PlanValidator().Check(PlanTextReader.Default.Read(Example("commune-plan-2025-defects.txt")).Plan!).Findings)
        {
            yield return f;
        }

        foreach (var f in new AwardValidator(clock: clock).Check(SubjectJson.Read(Example("award-proposal-defects.json")).AwardProposal!).Findings)
        {
            yield return f;
        }

        var m = SubjectJson.Read(Example("movement-model.json")).Model!;
        foreach (var f in new ModelValidator(clock: clock).Check(m.Model, m.On).Findings)
        {
            yield return f;
        }

        var broken = new SafetyAssessment { Name = "Xã A", Unit = AssessedUnitKind.Commune, Year = 2025, UnitsTotal = -1 };
        foreach (var f in new SafetyValidator(clock: clock).Check(broken).Findings)
        {
            yield return f;
        }
    }

    [Fact]
    public void Every_message_starts_with_a_capital_letter_in_both_languages()
    {
        var findings = AllExampleFindings().ToList();
        Assert.True(findings.Count > 15);
        Assert.All(findings, f =>
        {
            Assert.False(char.IsLower(f.MessageEn[0]), f.MessageEn);
            Assert.False(char.IsLower(f.MessageVi[0]), f.MessageVi);
        });
    }
}
