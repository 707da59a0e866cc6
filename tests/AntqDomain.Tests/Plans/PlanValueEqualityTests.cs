using AntqDomain.Serialization;
using AntqDomain.Tests.Support;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Plans;

/// <summary>A plan is a value: read twice, or written to JSON and read back, it is equal with the same hash code.</summary>
public class PlanValueEqualityTests
{
    public static TheoryData<string> Examples_() => ["province-plan-2026.txt", "commune-plan-2025-defects.txt"];

    [Theory]
    [MemberData(nameof(Examples_))]
    public void The_same_text_read_twice_gives_equal_plans(string file)
    {
        string text = File.ReadAllText(Repo.PathOf("docs", "examples", file));

        var a = PlanTextReader.Default.Read(text).GetPlanOrThrow();
        var b = PlanTextReader.Default.Read(text).GetPlanOrThrow();

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(Examples_))]
    public void A_plan_equals_its_JSON_round_trip(string file)
    {
        var plan = Examples.Read(File.ReadAllText(Repo.PathOf("docs", "examples", file)));

        var back = PlanJson.Read(PlanJson.Write(plan)).GetPlanOrThrow();

        Assert.Equal(plan, back);
        Assert.Equal(plan.GetHashCode(), back.GetHashCode());
    }

    [Fact]
    public void Plans_that_differ_in_one_paragraph_are_not_equal()
    {
        var plan = Examples.Read(Examples.CleanProvincePlanText);
        var changed = Examples.Read(Examples.CleanProvincePlanText.Replace("tránh hình thức", "tránh phô trương", StringComparison.Ordinal));

        Assert.NotEqual(plan, changed);
    }
}

/// <summary>The other documents are values too: each equals its JSON round trip.</summary>
public class SubjectValueEqualityTests
{
    [Theory]
    [InlineData("award-proposal-medal.json")]
    [InlineData("award-proposal-defects.json")]
    [InlineData("movement-model.json")]
    [InlineData("safety-assessment.json")]
    public void A_document_read_twice_or_round_tripped_is_equal(string file)
    {
        string json = File.ReadAllText(Repo.PathOf("docs", "examples", file));
        var a = SubjectJson.Read(json);
        var b = SubjectJson.Read(json);

        object? first = (object?)a.AwardProposal ?? (object?)a.Model?.Model ?? a.SafetyAssessment;
        object? second = (object?)b.AwardProposal ?? (object?)b.Model?.Model ?? b.SafetyAssessment;
        Assert.NotNull(first);
        Assert.Equal(first, second);
        Assert.Equal(first!.GetHashCode(), second!.GetHashCode());
        string written = a.AwardProposal is { } p ? SubjectJson.Write(p) : a.Model is { } m ? SubjectJson.Write(m) : SubjectJson.Write(a.SafetyAssessment!);
        var again = SubjectJson.Read(written);
        Assert.Equal(first, (object?)again.AwardProposal ?? (object?)again.Model?.Model ?? again.SafetyAssessment);
    }
}
