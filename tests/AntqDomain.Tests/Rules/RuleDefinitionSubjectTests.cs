using AntqDomain.Legal;
using AntqDomain.Rules;

namespace AntqDomain.Tests.Rules;

/// <summary>A rule's subject follows from its code's hundred (the 900s split at 950), and its outcomes are found by key.</summary>
public class RuleDefinitionSubjectTests
{
    private static RuleDefinition Rule(string code) => new(new RuleCode(code), FindingSeverity.Warning, EffectivePeriod.Always, new Citation("X", "Văn bản"), "Tiêu đề", "Title", "Thông báo", "Message");

    [Theory]
    [InlineData("ANTQ101", RuleSubject.Plan)]
    [InlineData("ANTQ399", RuleSubject.Plan)]
    [InlineData("ANTQ601", RuleSubject.AwardProposal)]
    [InlineData("ANTQ701", RuleSubject.MovementModel)]
    [InlineData("ANTQ801", RuleSubject.SafetyAssessment)]
    [InlineData("ANTQ949", RuleSubject.ResultsReport)]
    [InlineData("ANTQ950", RuleSubject.SteeringCommittee)]
    [InlineData("ANTQ999", RuleSubject.SteeringCommittee)]
    public void The_subject_follows_from_the_code(string code, RuleSubject subject)
        => Assert.Equal(subject, Rule(code).Subject);

    [Fact]
    public void An_outcome_is_found_by_its_key_and_an_unknown_key_is_refused()
    {
        var rule = Rule("ANTQ105") with { Outcomes = [new RuleOutcome("noFullStop", "Thiếu dấu chấm.", "No full stop.")] };
        Assert.Equal("No full stop.", rule.Outcome("noFullStop").MessageEn);
        Assert.Throws<KeyNotFoundException>(() => rule.Outcome("other"));
        Assert.Throws<KeyNotFoundException>(() => (Rule("ANTQ105") with { Outcomes = default }).Outcome("noFullStop"));
    }
}
