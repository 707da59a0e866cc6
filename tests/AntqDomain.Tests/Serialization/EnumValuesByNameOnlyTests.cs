using AntqDomain.Serialization;

namespace AntqDomain.Tests.Serialization;

/// <summary>An enum value in JSON is its name; a number is refused instead of silently standing for some member or none.</summary>
public class EnumValuesByNameOnlyTests
{
    [Theory]
    [InlineData("5")]
    [InlineData("99")]
    [InlineData("-1")]
    public void A_number_for_a_proposals_award_kind_is_refused_at_its_path(string number)
    {
        var r = SubjectJson.Read("{\"kind\":\"awardProposal\",\"nominee\":{\"name\":\"A\"},\"form\":\"CommendationCertificate\",\"proposedOn\":\"2025-08-01\",\"authority\":\"CommuneChair\",\"awardKind\":" + number + "}");
        Assert.False(r.Success);
        Assert.Equal(("ANTQ008", "$.awardKind"), (Assert.Single(r.Diagnostics).Code, r.Diagnostics[0].At?.Path));
    }

    [Fact]
    public void A_number_for_a_plans_document_kind_is_refused_and_its_name_is_read()
    {
        Assert.Equal("ANTQ008", Assert.Single(PlanJson.Read("{\"documentKind\": 1}").Diagnostics).Code);
        Assert.Equal(AntqDomain.Plans.DocumentKind.Report, PlanJson.Read("{\"documentKind\": \"Report\", \"numberText\": \"5/BC-UBND\"}").GetPlanOrThrow().DocumentKind);
    }
}
