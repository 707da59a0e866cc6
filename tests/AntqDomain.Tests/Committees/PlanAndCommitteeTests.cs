using AntqDomain.Committees;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Committees;

/// <summary>A plan issued by a committee whose record is given: the signer serves on it in the role signed, and its standing agency is charged.</summary>
public class PlanAndCommitteeTests
{
    private static readonly PlanValidator Validator = new();

    private static IEnumerable<string> Codes(string text, SteeringCommittee committee)
        => Validator.Check(Examples.Read(text) with { Committee = committee }).Findings.Select(f => f.Code.Value);

    [Fact]
    public void The_example_plan_fits_its_committee()
        => Assert.Empty(Codes(Examples.CleanProvincePlanText, CommitteeRulesTests.Example()));

    [Fact]
    public void A_signer_who_is_not_a_serving_member_is_an_error()
    {
        Assert.Contains("ANTQ511", Codes(Examples.CleanProvincePlanText.Replace("Nguyễn Văn Minh", "Phạm Văn Đức", StringComparison.Ordinal), CommitteeRulesTests.Example()));

        var left = CommitteeRulesTests.Example();
        left = left with { Members = left.Members.SetItem(2, left.Members[2] with { ServedTo = new LocalDate(2026, 3, 1) }) };
        Assert.Contains("ANTQ511", Codes(Examples.CleanProvincePlanText, left));
    }

    [Fact]
    public void A_member_signing_in_a_role_they_do_not_hold_is_an_error()
    {
        string text = Examples.CleanProvincePlanText.Replace("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n", "TRƯỞNG BAN\n", StringComparison.Ordinal);

        Assert.Contains("ANTQ511", Codes(text, CommitteeRulesTests.Example()));
    }

    [Fact]
    public void A_standing_agency_not_charged_in_the_implementation_is_a_warning()
        => Assert.Contains("ANTQ512", Codes(Examples.CleanProvincePlanText, CommitteeRulesTests.Example() with { StandingAgency = "Văn phòng UBND tỉnh" }));
}
