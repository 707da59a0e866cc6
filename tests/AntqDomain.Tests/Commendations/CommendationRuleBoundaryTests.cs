using AntqDomain.Commendations;
using AntqDomain.Rules;
using NodaTime;

namespace AntqDomain.Tests.Commendations;

/// <summary>
/// The commendation rules at the edges of their facts: the day an earlier award or service counts, the law in force on
/// a proposal's date, the wording of each outcome, and the plausibility of the dates a proposal gives.
/// </summary>
public class CommendationRuleBoundaryTests
{
    private static readonly LocalDate ProposedOn = new(2025, 8, 1);

    private static Finding[] Findings(AwardProposal p) => [.. Proposals.Validator.Check(p).Findings];

    private static Finding[] Findings(AwardProposal p, string code) => [.. Findings(p).Where(f => f.Code.Value == code)];

    private static AwardProposal WithPriorAwards(AwardProposal p, params PriorAward[] awards) => p with { Nominee = p.Nominee with { PriorAwards = [.. awards] } };

    [Fact]
    public void A_medal_received_on_the_proposal_day_is_already_held()
    {
        var medal = new PriorAward(CommendationForm.CommemorativeMedal, ProposedOn);
        var f = Assert.Single(Findings(WithPriorAwards(Proposals.GrassrootsMedal(), medal), "ANTQ601"));
        Assert.Equal("$.nominee.priorAwards[0]", f.Location!.Path);
    }

    [Fact]
    public void Two_earlier_medals_are_reported_once_at_the_first()
    {
        var first = new PriorAward(CommendationForm.CommemorativeMedal, new LocalDate(2015, 8, 19));
        var second = new PriorAward(CommendationForm.CommemorativeMedal, new LocalDate(2019, 8, 19));
        var f = Assert.Single(Findings(WithPriorAwards(Proposals.GrassrootsMedal(), first, second), "ANTQ601"));
        Assert.Equal("$.nominee.priorAwards[0]", f.Location!.Path);
    }

    [Fact]
    public void A_medal_already_held_does_not_concern_a_proposal_for_another_form()
    {
        var medal = new PriorAward(CommendationForm.CommemorativeMedal, new LocalDate(2019, 8, 19));
        var certificate = Proposals.CommuneCertificate() with { Nominee = new Nominee { Name = "Nguyễn Văn Bình", PriorAwards = [medal] } };
        Assert.Empty(Findings(certificate, "ANTQ601"));
    }

    [Fact]
    public void A_leaders_earlier_movement_award_must_come_before_the_proposal_day()
    {
        var leader = Proposals.LeaderMedal();
        var sameDay = new PriorAward(CommendationForm.CommendationCertificate, ProposedOn, AwardKind.EmulationMovement, ForMovement: true);
        var notForMovement = new PriorAward(CommendationForm.CommendationCertificate, new LocalDate(2020, 8, 19), AwardKind.EmulationMovement, ForMovement: false);
        var dayBefore = sameDay with { On = ProposedOn.PlusDays(-1) };

        Assert.Single(Findings(WithPriorAwards(leader, sameDay), "ANTQ605"));
        Assert.Single(Findings(WithPriorAwards(leader, notForMovement), "ANTQ605"));
        Assert.Empty(Findings(WithPriorAwards(leader, dayBefore), "ANTQ605"));
        Assert.Empty(Findings(WithPriorAwards(leader, notForMovement, dayBefore), "ANTQ605"));
    }

    [Theory]
    [InlineData(true, false, "$.nominee.unitHadSeriousIncident")]
    [InlineData(false, true, "$.nominee.unitWasHotspot")]
    [InlineData(true, true, "$.nominee.unitHadSeriousIncident")]
    public void A_leaders_unit_with_an_incident_or_a_hotspot_is_reported_at_the_fact_given(bool incident, bool hotspot, string path)
    {
        var leader = Proposals.LeaderMedal();
        var p = leader with { Nominee = leader.Nominee with { UnitHadSeriousIncident = incident, UnitWasHotspot = hotspot } };
        var f = Assert.Single(Findings(p, "ANTQ605"));
        Assert.Equal(path, f.Location!.Path);
    }

    [Fact]
    public void An_authority_beyond_its_power_is_told_who_may_decide_citing_the_grants_source()
    {
        var p = Proposals.CommuneCertificate() with { Form = CommendationForm.CertificateOfMerit };
        var f = Assert.Single(Findings(p, "ANTQ606"));
        Assert.Equal("$.authority", f.Location!.Path);
        Assert.DoesNotContain("not in the authority table", f.MessageEn, StringComparison.Ordinal);
        Assert.Null(f.Citation.Provision);
        Assert.Contains(Authority.ProvinceChair.NameEn, f.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain(Authority.CommuneChair.NameEn + ",", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_authority_defined_by_the_user_and_absent_from_the_table_is_said_to_be_so()
    {
        var club = Authority.Define("ClubPresident", "Chủ nhiệm câu lạc bộ", "a club president");
        var f = Assert.Single(Findings(Proposals.CommuneCertificate() with { Authority = club }, "ANTQ606"));
        Assert.Contains("(not in the authority table)", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains("(không có trong bảng thẩm quyền)", f.MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AwardKind.AdHoc, "ad-hoc", "đột xuất")]
    [InlineData(AwardKind.Thematic, "thematic", "theo chuyên đề")]
    public void A_counted_ad_hoc_or_thematic_award_is_named_by_its_kind(AwardKind kind, string en, string vi)
    {
        var counted = new PriorAward(CommendationForm.CommendationCertificate, new LocalDate(2025, 7, 1), kind);
        var p = Proposals.CommuneCertificate() with { Kind = AwardKind.RegularAchievement, CountedAwards = [counted] };
        var f = Assert.Single(Findings(p, "ANTQ607"));
        Assert.StartsWith($"The {en} award", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains($"Khen thưởng {vi} ngày", f.MessageVi, StringComparison.Ordinal);
        Assert.Empty(Findings(p with { Kind = AwardKind.EmulationMovement }, "ANTQ607"));
    }

    [Fact]
    public void Old_wording_at_the_very_start_of_the_text_is_found_once()
    {
        var p = Proposals.CommuneCertificate() with { Wording = "Khen thưởng theo đợt và khen thưởng chuyên đề năm 2025" };
        var f = Assert.Single(Findings(p, "ANTQ608"));
        Assert.Equal("Khen thưởng theo đợt", f.Excerpt);
    }

    public static TheoryData<string, bool> ProposalDates() => new()
    {
        { "1944-12-31", true },
        { "1945-01-01", false },
        { "2026-11-22", false },
        { "2026-11-23", true },
    };

    [Theory]
    [MemberData(nameof(ProposalDates))]
    public void A_proposal_dated_before_1945_or_after_today_is_implausible(string date, bool implausible)
    {
        var on = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var p = Proposals.CommuneCertificate() with { Date = on };
        var found = Findings(p, "ANTQ609").Where(f => f.Location!.Path == "$.proposedOn");
        Assert.Equal(implausible, found.Any());
    }

    [Fact]
    public void Service_must_start_before_the_proposal_day_and_from_1945()
    {
        var g = Proposals.GrassrootsMedal();
        ServicePeriod Starting(LocalDate from) => new(ServiceRole.GrassrootsForce, from, ProposedOn, Post: "Tổ bảo vệ ANTT thôn Đông");
        AwardProposal With(params ServicePeriod[] service) => g with { Nominee = g.Nominee with { Service = [.. service] } };

        var sameDay = Findings(With(g.Nominee.Service[0], Starting(ProposedOn)), "ANTQ609");
        Assert.Equal("$.nominee.service[1]", Assert.Single(sameDay).Location!.Path);
        Assert.Empty(Findings(With(g.Nominee.Service[0], Starting(ProposedOn.PlusDays(-1))), "ANTQ609"));

        Assert.Equal("$.nominee.service[0].from", Assert.Single(Findings(With(Starting(new LocalDate(1944, 12, 31))), "ANTQ609")).Location!.Path);
        Assert.Empty(Findings(With(Starting(new LocalDate(1945, 1, 1))), "ANTQ609"));
    }

    [Fact]
    public void A_prior_award_must_fall_between_1945_and_the_proposal_day()
    {
        var g = Proposals.GrassrootsMedal();
        PriorAward On(LocalDate d) => new(CommendationForm.CommendationCertificate, d, AwardKind.EmulationMovement);

        Assert.Equal("$.nominee.priorAwards[0]", Assert.Single(Findings(WithPriorAwards(g, On(ProposedOn.PlusDays(1))), "ANTQ609")).Location!.Path);
        Assert.Empty(Findings(WithPriorAwards(g, On(ProposedOn)), "ANTQ609"));
        Assert.Equal("$.nominee.priorAwards[0].awardedOn", Assert.Single(Findings(WithPriorAwards(g, On(new LocalDate(1944, 12, 31))), "ANTQ609")).Location!.Path);
        Assert.Empty(Findings(WithPriorAwards(g, On(new LocalDate(1945, 1, 1))), "ANTQ609"));
    }

    [Fact]
    public void Overlapping_service_periods_of_a_medal_nominee_are_pointed_out()
    {
        var g = Proposals.GrassrootsMedal();
        var first = new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2005, 1, 1), new LocalDate(2015, 12, 31), Post: "Tổ bảo vệ ANTT thôn Đông");
        var overlapping = new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2015, 1, 1), null, Post: "Tổ bảo vệ ANTT thôn Tây");
        var following = overlapping with { From = new LocalDate(2016, 1, 1) };

        Assert.Single(Findings(g with { Nominee = g.Nominee with { Service = [first, overlapping] } }, "ANTQ610"));
        Assert.Empty(Findings(g with { Nominee = g.Nominee with { Service = [first, following] } }, "ANTQ610"));
        Assert.Empty(Findings(g with { Nominee = g.Nominee with { Service = [first] } }, "ANTQ610"));

        var leader = Proposals.LeaderMedal();
        var post = leader.Nominee.Service[0];
        Assert.Single(Findings(leader with { Nominee = leader.Nominee with { Service = [post, post with { From = new LocalDate(2020, 1, 1) }] } }, "ANTQ610"));
    }
}
