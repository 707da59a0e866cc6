using AntqDomain.Commendations;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Commendations;

/// <summary>
/// Which medal rules apply to whom and what they say: the service rule for individuals proposed for the medal only,
/// the note on posts below a division, the team rating for those who do not qualify as leaders, earlier awards that
/// all count, overlapping periods only when they overlap, and the authority rule's law, list and unknown-authority note.
/// </summary>
public class CommendationRuleOutcomesTests
{
    private static Finding[] Findings(AwardProposal p, string code, AwardValidator? validator = null)
        => [.. (validator ?? Proposals.Validator).Check(p).Findings.Where(f => f.Code.Value == code)];

    [Fact]
    public void The_service_rule_judges_individuals_proposed_for_the_medal_only()
    {
        var certificate = Proposals.CommuneCertificate();
        Assert.Empty(Findings(certificate with { Nominee = new Nominee { Name = "Lê Văn An", Kind = NomineeKind.Individual } }, "ANTQ602"));
        var medal = Proposals.GrassrootsMedal();
        Assert.Empty(Findings(medal with { Nominee = medal.Nominee with { Kind = NomineeKind.Collective, Service = [] } }, "ANTQ602"));
        Assert.Single(Findings(medal with { Nominee = medal.Nominee with { Service = [] } }, "ANTQ602"));
    }

    [Fact]
    public void A_shortfall_says_that_posts_below_a_division_were_left_out()
    {
        var p = Proposals.LeaderMedal();
        var service = new[]
        {
            new ServicePeriod(ServiceRole.Leader, new LocalDate(2010, 1, 1), new LocalDate(2019, 12, 31), Post: "Trưởng thôn", BelowDivisionLevel: true),
            new ServicePeriod(ServiceRole.Leader, new LocalDate(2020, 1, 1), Post: "Chủ tịch UBND xã"),
        };
        var f = Assert.Single(Findings(p with { Nominee = p.Nominee with { Service = [.. service] } }, "ANTQ602"));
        Assert.Contains("Posts below a division or board (team or village heads) do not count.", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains("dưới cấp phòng, ban", f.MessageVi, StringComparison.Ordinal);

        var plain = Assert.Single(Findings(p with { Nominee = p.Nominee with { Service = [service[1]] } }, "ANTQ602"));
        Assert.DoesNotContain("Posts below", plain.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("dưới cấp phòng, ban", plain.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void The_team_rating_is_asked_only_of_those_who_do_not_qualify_as_leaders()
    {
        var p = Proposals.LeaderMedal();
        var team = new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2022, 1, 1), Post: "Tổ bảo vệ ANTT thôn Đông");
        var leaderAndMember = p with { Nominee = p.Nominee with { Service = p.Nominee.Service.Add(team), CompletedTasksWell = false } };
        Assert.Empty(Findings(leaderAndMember, "ANTQ611"));

        var shortLeader = leaderAndMember with { Nominee = leaderAndMember.Nominee with { Service = [new ServicePeriod(ServiceRole.Leader, new LocalDate(2023, 1, 1), Post: "Chủ tịch UBND xã"), team] } };
        Assert.Single(Findings(shortLeader, "ANTQ611"));
    }

    [Fact]
    public void Two_earlier_movement_awards_are_still_an_earlier_award()
    {
        var p = Proposals.LeaderMedal();
        var second = new PriorAward(CommendationForm.CommendationCertificate, new LocalDate(2022, 8, 19), AwardKind.EmulationMovement, ForMovement: true);
        Assert.Empty(Findings(p with { Nominee = p.Nominee with { PriorAwards = p.Nominee.PriorAwards.Add(second) } }, "ANTQ605"));
    }

    [Fact]
    public void Two_service_periods_that_do_not_overlap_are_not_reported_as_overlapping()
    {
        var p = Proposals.GrassrootsMedal();
        ServicePeriod[] service =
        [
            new(ServiceRole.GrassrootsForce, new LocalDate(2009, 7, 1), new LocalDate(2015, 6, 30), Post: "Công an viên"),
            new(ServiceRole.GrassrootsForce, new LocalDate(2015, 7, 1), Post: "Tổ bảo vệ ANTT thôn Đông"),
        ];
        Assert.Empty(Findings(p with { Nominee = p.Nominee with { Service = [.. service] } }, "ANTQ610"));
    }

    [Theory]
    [InlineData("2023-12-31", "TĐKT2003")]
    [InlineData("2024-01-01", "TĐKT")]
    public void A_form_no_authority_may_decide_cites_the_emulation_law_of_the_day(string day, string law)
    {
        var none = new AwardValidator(clock: FixedClock.At(2026, 11, 22), authorities: new AuthorityTable([]));
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        var f = Assert.Single(Findings(Proposals.CommuneCertificate() with { Date = date }, "ANTQ606", none));
        Assert.Equal(law, f.Citation.Abbreviation);
        Assert.Contains("no longer exists", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_authority_beyond_its_power_is_told_who_may_decide_that_form_on_that_day()
    {
        var f = Assert.Single(Findings(Proposals.CommuneCertificate() with { Authority = Authority.PrimeMinister }, "ANTQ606"));
        Assert.Contains("it is for: ", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains(Authority.CommuneChair.NameEn, f.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain(Authority.PrimeMinister.NameEn + ",", f.MessageEn.Split("it is for: ")[1], StringComparison.Ordinal);
        Assert.DoesNotContain(Authority.DistrictChair.NameEn, f.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("not in the authority table", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_authority_the_table_does_not_know_is_said_to_be_unknown()
    {
        var school = Authority.Define("SchoolPrincipal", "Hiệu trưởng", "a school principal");
        var f = Assert.Single(Findings(Proposals.CommuneCertificate() with { Authority = school }, "ANTQ606"));
        Assert.Contains("(not in the authority table)", f.MessageEn, StringComparison.Ordinal);

        var known = new AuthorityTable([.. AuthorityTable.Default.Grants, new AuthorityGrant(school, CommendationForm.CertificateOfMerit, Legal.EffectivePeriod.Always, Legal.Citations.EmulationLaw())]);
        var g = Assert.Single(Findings(Proposals.CommuneCertificate() with { Authority = school }, "ANTQ606", new AwardValidator(clock: FixedClock.At(2026, 11, 22), authorities: known)));
        Assert.DoesNotContain("not in the authority table", g.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_medal_only_rules_leave_other_forms_alone()
    {
        ServicePeriod[] overlapping =
        [
            new(ServiceRole.GrassrootsForce, new LocalDate(2009, 7, 1), new LocalDate(2016, 6, 30), Post: "Công an viên"),
            new(ServiceRole.GrassrootsForce, new LocalDate(2015, 7, 1), Post: "Tổ bảo vệ ANTT thôn Đông"),
        ];
        var person = new Nominee { Name = "Lê Văn An", Kind = NomineeKind.Individual, Service = [.. overlapping], Exclusions = [Exclusion.Prosecuted] };
        var certificate = Proposals.CommuneCertificate() with { Nominee = person };
        Assert.Empty(Findings(certificate, "ANTQ603"));
        Assert.Empty(Findings(certificate, "ANTQ610"));

        var medal = Proposals.GrassrootsMedal() with { Nominee = person with { Sex = Sex.Male } };
        Assert.Single(Findings(medal, "ANTQ603"));
        Assert.Single(Findings(medal, "ANTQ610"));
    }

    [Fact]
    public void An_overlap_among_three_periods_is_reported()
    {
        var p = Proposals.GrassrootsMedal();
        ServicePeriod[] service =
        [
            new(ServiceRole.GrassrootsForce, new LocalDate(2005, 1, 1), new LocalDate(2008, 12, 31), Post: "Bảo vệ dân phố"),
            new(ServiceRole.GrassrootsForce, new LocalDate(2009, 7, 1), new LocalDate(2016, 6, 30), Post: "Công an viên"),
            new(ServiceRole.GrassrootsForce, new LocalDate(2015, 7, 1), Post: "Tổ bảo vệ ANTT thôn Đông"),
        ];
        Assert.Single(Findings(p with { Nominee = p.Nominee with { Service = [.. service] } }, "ANTQ610"));
    }
}
