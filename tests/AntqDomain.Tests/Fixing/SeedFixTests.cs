using AntqDomain.Fixing;
using AntqDomain.Tests.Support;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Fixing;

/// <summary>On the real documents, fixing leaves only what needs a person.</summary>
public class SeedFixTests
{
    [SharedDomainFact]
    public void Every_seed_plan_after_fixing_has_only_findings_without_a_fix()
    {
        foreach (string file in Directory.GetFiles(Path.Combine(SharedDomain.Directory!, "seeds"), "*.txt"))
        {
            string text = File.ReadAllText(file);
            if (!PlanTextReader.Default.Read(text).Success)
            {
                continue;
            }

            var result = new PlanFixer().Fix(text);

            Assert.DoesNotContain(result.Remaining.Findings, f => f.Fix is not null);
            Assert.False(new PlanFixer().Fix(result.Text).Changed);
        }
    }

    [Fact]
    public void The_defective_example_after_fixing_has_only_findings_that_need_a_person()
    {
        var result = new PlanFixer().Fix(File.ReadAllText(Repo.PathOf("docs", "examples", "commune-plan-2025-defects.txt")));

        Assert.DoesNotContain(result.Remaining.Findings, f => f.Fix is not null);
        Assert.DoesNotContain(result.Remaining.Findings, f => f.Code.Value is "ANTQ102" or "ANTQ104" or "ANTQ201" or "ANTQ203" or "ANTQ206" or "ANTQ312");
        Assert.Contains(result.Remaining.Findings, f => f.Code.Value == "ANTQ505");
    }
}
