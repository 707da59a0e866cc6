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
    public void The_role_error_names_the_role_signed_and_the_role_held()
    {
        string asHead = Examples.CleanProvincePlanText.Replace("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n", "TRƯỞNG BAN\n", StringComparison.Ordinal);
        Assert.Equal("Nguyễn Văn Minh signs as head but is a deputy head of Ban Chỉ đạo 138 tỉnh Tuyên Quang.", RoleMessage(asHead, CommitteeRulesTests.Example()));

        var ordinary = CommitteeRulesTests.Example();
        ordinary = ordinary with { Members = ordinary.Members.SetItem(2, ordinary.Members[2] with { Role = CommitteeRole.Member }) };
        Assert.Equal("Nguyễn Văn Minh signs as deputy head but is a member of Ban Chỉ đạo 138 tỉnh Tuyên Quang.", RoleMessage(Examples.CleanProvincePlanText, ordinary));
    }

    [Fact]
    public void Any_deputy_may_sign_for_the_head()
    {
        var standing = CommitteeRulesTests.Example();
        standing = standing with { Members = standing.Members.SetItem(2, standing.Members[2] with { Role = CommitteeRole.StandingDeputy }) };
        Assert.DoesNotContain("ANTQ511", Codes(Examples.CleanProvincePlanText, standing));
    }

    private static string RoleMessage(string text, SteeringCommittee committee)
        => Assert.Single(Validator.Check(Examples.Read(text) with { Committee = committee }).Findings, f => f.Code.Value == "ANTQ511").MessageEn;

    [Fact]
    public void A_standing_agency_not_charged_in_the_implementation_is_a_warning()
        => Assert.Contains("ANTQ512", Codes(Examples.CleanProvincePlanText, CommitteeRulesTests.Example() with { StandingAgency = "Văn phòng UBND tỉnh" }));
}
