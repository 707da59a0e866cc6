using AntqDomain.Plans;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Support;

/// <summary>The plans shipped in docs/examples, read once.</summary>
public static class Examples
{
    public static string CleanProvincePlanText { get; } = File.ReadAllText(Repo.PathOf("docs", "examples", "province-plan-2026.txt"));

    /// <summary>The 1-based line of <paramref name="text"/> on which <paramref name="start"/> first appears.</summary>
    public static int LineOf(string text, string start) => text[..text.IndexOf(start, StringComparison.Ordinal)].Count(ch => ch == '\n') + 1;

    /// <summary>The sound example with <paramref name="from"/> (which must be there) replaced by <paramref name="to"/>.</summary>
    public static string CleanWith(string from, string to)
    {
        string text = CleanProvincePlanText;
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    public static FestivalPlan Read(string text)
    {
        var result = PlanTextReader.Default.Read(text);
        Assert.True(result.Success, string.Join("; ", result.Diagnostics.Select(d => d.MessageEn)));
        return result.Plan;
    }
}
