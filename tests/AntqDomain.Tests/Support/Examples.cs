using AntqDomain.Plans;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Support;

/// <summary>The plans shipped in docs/examples, read once.</summary>
public static class Examples
{
    public static string CleanProvincePlanText { get; } = File.ReadAllText(Repo.PathOf("docs", "examples", "province-plan-2026.txt"));

    public static FestivalPlan Read(string text)
    {
        var result = PlanTextReader.Default.Read(text);
        Assert.True(result.Success, string.Join("; ", result.Diagnostics.Select(d => d.MessageEn)));
        return result.Plan;
    }
}
