using AntqDomain.Commendations;
using NodaTime;

namespace AntqDomain.Tests.Commendations;

/// <summary>
/// Which roles count toward the medal (Circular 11/2021: part-time commune police, neighbourhood guards, guards of
/// agencies and state enterprises — not civil defence; Circular 20/2025: members of the grassroots team, earlier roles
/// added), and which orders exclude it (those for police service only).
/// </summary>
public class MedalRolesTests
{
    private static AwardProposal Grassroots(LocalDate on, params ServicePeriod[] service) => new()
    {
        Nominee = new Nominee { Name = "Đinh Văn Sơn", Sex = Sex.Male, Service = [.. service] },
        Form = CommendationForm.CommemorativeMedal,
        Authority = Authority.MinisterOfPublicSecurity,
        Date = on,
    };

    [Theory]
    [InlineData(ServiceRole.PartTimeCommunePolice, true)]
    [InlineData(ServiceRole.NeighbourhoodGuard, true)]
    [InlineData(ServiceRole.AgencyGuard, true)]
    [InlineData(ServiceRole.GrassrootsForce, true)]
    [InlineData(ServiceRole.CivilDefence, false)]
    [InlineData(ServiceRole.Other, false)]
    public void Under_circular_11_these_roles_count_and_civil_defence_does_not(ServiceRole role, bool counts)
    {
        var p = Grassroots(new LocalDate(2024, 8, 1), new ServicePeriod(role, new LocalDate(2005, 1, 1), new LocalDate(2024, 6, 30)));
        Assert.Equal(counts, !Proposals.Codes(p).Contains("ANTQ602"));
    }

    [Fact]
    public void Under_circular_20_a_period_in_the_grassroots_team_is_needed_and_earlier_roles_add_to_it()
    {
        var earlier = new ServicePeriod(ServiceRole.PartTimeCommunePolice, new LocalDate(2005, 1, 1), new LocalDate(2024, 6, 30));
        var onlyEarlier = Grassroots(new LocalDate(2025, 8, 1), earlier);
        var f = Assert.Single(Proposals.Validator.Check(onlyEarlier).Findings);
        Assert.Equal("ANTQ602", f.Code.Value);
        Assert.Contains("grassroots security team", f.MessageEn, StringComparison.Ordinal);

        var withTeam = Grassroots(new LocalDate(2025, 8, 1), earlier, new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2024, 7, 1)));
        Assert.Empty(Proposals.Codes(withTeam));
    }

    [Theory]
    [InlineData(2025, 4, 27, "CommuneChair", true)]
    [InlineData(2025, 4, 27, "DistrictChair", false)]
    [InlineData(2025, 4, 27, "ProvincePoliceDirector", false)]
    [InlineData(2025, 4, 28, "CommuneChair", false)]
    public void Under_circular_11_a_commune_chairs_award_is_not_the_earlier_commendation_a_leader_needs(int y, int m, int d, string by, bool reported)
    {
        var l = Proposals.LeaderMedal();
        var p = l with
        {
            Date = new LocalDate(y, m, d),
            Nominee = l.Nominee with { PriorAwards = [new PriorAward(CommendationForm.CommendationCertificate, new LocalDate(2020, 8, 19), AwardKind.EmulationMovement, ForMovement: true, DecidedBy: Authority.FromCode(by))] },
        };
        Assert.Equal(reported, Proposals.Codes(p).Contains("ANTQ605"));
    }

    [Fact]
    public void Only_an_order_for_police_service_excludes_the_medal()
    {
        var l = Proposals.LeaderMedal();
        var labour = l with { Nominee = l.Nominee with { PriorAwards = [.. l.Nominee.PriorAwards, new PriorAward(CommendationForm.OtherOrder, new LocalDate(2020, 1, 1))] } };
        Assert.DoesNotContain("ANTQ603", Proposals.Codes(labour));
        var police = l with { Nominee = l.Nominee with { PriorAwards = [.. l.Nominee.PriorAwards, new PriorAward(CommendationForm.Order, new LocalDate(2020, 1, 1))] } };
        Assert.Contains("ANTQ603", Proposals.Codes(police));
    }
}
