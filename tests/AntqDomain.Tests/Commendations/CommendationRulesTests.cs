using AntqDomain.Commendations;
using AntqDomain.Rules;
using NodaTime;
using AntqDomain.Legal;

namespace AntqDomain.Tests.Commendations;

public class CommendationRulesTests
{
    private static readonly LocalDate D = new(2025, 8, 1);

    public static TheoryData<string, string> Defects() => new()
    {
        { "ANTQ601", "medal held" },
        { "ANTQ602", "short service" },
        { "ANTQ603", "holds Vì an ninh Tổ quốc" },
        { "ANTQ603", "prosecuted" },
        { "ANTQ604", "discipline pending" },
        { "ANTQ605", "leader without earlier award" },
        { "ANTQ605", "leader of a hotspot" },
        { "ANTQ605", "leader with a short grassroots stint and no earlier award" },
        { "ANTQ606", "commune chair gives Bằng khen" },
        { "ANTQ606", "badge after 2024" },
        { "ANTQ606", "district chair after the reform" },
        { "ANTQ607", "ad-hoc award counted" },
        { "ANTQ608", "old wording" },
        { "ANTQ609", "reversed period" },
        { "ANTQ609", "future proposal" },
        { "ANTQ609", "service from year 1" },
        { "ANTQ609", "prior award from 1900" },
        { "ANTQ610", "overlapping periods" },
        { "ANTQ611", "team member not rated well" },
    };

    private static AwardProposal Mutate(string defect)
    {
        var g = Proposals.GrassrootsMedal();
        var l = Proposals.LeaderMedal();
        var c = Proposals.CommuneCertificate();
        return defect switch
        {
            "medal held" => g with { Nominee = g.Nominee with { PriorAwards = [new PriorAward(CommendationForm.CommemorativeMedal, new LocalDate(2019, 8, 19))] } },
            "short service" => g with { Nominee = g.Nominee with { Service = [new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2015, 1, 1))] } },
            "holds Vì an ninh Tổ quốc" => g with { Nominee = g.Nominee with { PriorAwards = [new PriorAward(CommendationForm.ForNationalSecurityMedal, new LocalDate(2018, 1, 1))] } },
            "prosecuted" => g with { Nominee = g.Nominee with { Exclusions = [Exclusion.Prosecuted] } },
            "discipline pending" => c with { Nominee = c.Nominee with { Pending = [PendingMatter.Discipline] } },
            "leader without earlier award" => l with { Nominee = l.Nominee with { PriorAwards = [] } },
            "leader of a hotspot" => l with { Nominee = l.Nominee with { UnitWasHotspot = true } },
            "leader with a short grassroots stint and no earlier award" => l with
            {
                Nominee = l.Nominee with { PriorAwards = [], Service = [.. l.Nominee.Service, new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2001, 1, 1), new LocalDate(2002, 12, 31))] },
            },
            "commune chair gives Bằng khen" => c with { Form = CommendationForm.CertificateOfMerit },
            "badge after 2024" => c with { Form = CommendationForm.Badge, Authority = Authority.MinisterOfPublicSecurity },
            "district chair after the reform" => c with { Authority = Authority.DistrictChair },
            "ad-hoc award counted" => c with { Kind = AwardKind.RegularAchievement, CountedAwards = [new PriorAward(CommendationForm.CommendationCertificate, new LocalDate(2025, 3, 1), AwardKind.AdHoc)] },
            "old wording" => c with { Wording = "Đề nghị khen thưởng theo đợt năm 2025" },
            "reversed period" => g with { Nominee = g.Nominee with { Service = [.. g.Nominee.Service, new ServicePeriod(ServiceRole.Other, new LocalDate(2020, 5, 1), new LocalDate(2019, 5, 1))] } },
            "future proposal" => c with { Date = new LocalDate(2027, 1, 5) },
            "service from year 1" => g with { Nominee = g.Nominee with { Service = [.. g.Nominee.Service, new ServicePeriod(ServiceRole.Other, new LocalDate(1, 1, 1), new LocalDate(1, 12, 31))] } },
            "prior award from 1900" => c with { Nominee = c.Nominee with { PriorAwards = [new PriorAward(CommendationForm.CommendationCertificate, new LocalDate(1900, 1, 1))] } },
            "overlapping periods" => g with { Nominee = g.Nominee with { Service = [.. g.Nominee.Service, new ServicePeriod(ServiceRole.NeighbourhoodGuard, new LocalDate(2010, 1, 1), new LocalDate(2012, 1, 1))] } },
            "team member not rated well" => g with { Nominee = g.Nominee with { CompletedTasksWell = false } },
            _ => throw new ArgumentOutOfRangeException(nameof(defect)),
        };
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void Each_defect_raises_its_rule_and_no_other(string code, string defect)
    {
        var codes = Proposals.Codes(Mutate(defect));
        Assert.Contains(code, codes);
        Assert.All(codes, c => Assert.Equal(code, c));
    }

    [Fact]
    public void A_leader_who_qualifies_as_a_grassroots_member_is_not_held_to_the_leaders_conditions()
    {
        var l = Proposals.LeaderMedal();
        var p = l with
        {
            Nominee = l.Nominee with { Sex = Sex.Male, PriorAwards = [], Service = [.. l.Nominee.Service, new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(1990, 1, 1), new LocalDate(2009, 12, 31))] },
        };
        Assert.DoesNotContain("ANTQ605", Proposals.Codes(p));
    }

    [Fact]
    public void The_leaders_finding_names_the_route_it_judges()
    {
        var l = Proposals.LeaderMedal();
        var f = Assert.Single(Proposals.Validator.Check(l with { Nominee = l.Nominee with { PriorAwards = [] } }).Findings);
        Assert.Contains("judged as a leader", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains("diện cán bộ lãnh đạo", f.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sound_proposals_raise_nothing()
    {
        Assert.Empty(Proposals.Codes(Proposals.GrassrootsMedal()));
        Assert.Empty(Proposals.Codes(Proposals.LeaderMedal()));
        Assert.Empty(Proposals.Codes(Proposals.CommuneCertificate()));
    }

    [Fact]
    public void Every_commendation_rule_has_a_defect_case()
    {
        var covered = Defects().Select(row => (string)row[0]).ToHashSet();
        var missing = RuleCatalogue.Default.For(RuleSubject.AwardProposal).Select(r => r.Code.Value).Where(c => !covered.Contains(c)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Old_wording_is_not_reported_before_the_2022_law_took_effect()
    {
        var p = Proposals.CommuneCertificate() with { Wording = "khen thưởng theo đợt", Date = new LocalDate(2023, 8, 19) };
        Assert.DoesNotContain("ANTQ608", Proposals.Codes(p));
    }

    [Fact]
    public void An_ad_hoc_award_counted_before_decree_152_is_not_reported()
    {
        var p = (Mutate("ad-hoc award counted")) with { Date = new LocalDate(2025, 6, 13) };
        Assert.DoesNotContain("ANTQ607", Proposals.Codes(p));
    }

    [Fact]
    public void Medal_findings_cite_the_circular_in_force_on_the_proposal_date()
    {
        var before = Mutate("medal held") with { Date = new LocalDate(2025, 4, 27) };
        var after = Mutate("medal held") with { Date = new LocalDate(2025, 4, 28) };
        Assert.Equal("TT11", Proposals.Validator.Check(before).Findings.Single().Citation.Abbreviation);
        Assert.Equal("TT20", Proposals.Validator.Check(after).Findings.Single().Citation.Abbreviation);
    }

    [Fact]
    public void The_shortfall_is_written_in_words_in_both_languages()
    {
        // 2015-01-01 to 2025-07-31 counted: 10 years and 7 months; 15 years needed on 2025-08-01.
        var f = Proposals.Validator.Check(Mutate("short service")).Findings.Single();
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Contains("còn thiếu 4 năm 5 tháng", f.MessageVi, StringComparison.Ordinal);
        Assert.Contains("short by 4 years and 5 months", f.MessageEn, StringComparison.Ordinal);
        Assert.Equal("$.nominee.service", f.Location!.Path);
    }

    [Fact]
    public void The_fluent_validator_carries_the_rule_code_and_the_finding()
    {
        var result = Proposals.Validator.Validate(Mutate("prosecuted"));
        var failure = Assert.Single(result.Errors);
        Assert.Equal("ANTQ603", failure.ErrorCode);
        Assert.IsType<Finding>(failure.CustomState);
        Assert.Equal("$.nominee.exclusions[0]", failure.PropertyName);
    }
}

public class CarelessInputTests
{
    [Fact]
    public void A_proposal_without_nominee_or_with_null_entries_gets_findings_not_an_exception()
    {
        var p = new AwardProposal { Nominee = null!, Form = CommendationForm.CommemorativeMedal, Authority = Authority.CommuneChair, Date = new LocalDate(2025, 8, 1) };
        var codes = Proposals.Codes(p);
        Assert.Contains("ANTQ602", codes);
        Assert.Contains("ANTQ606", codes);

        var q = Proposals.GrassrootsMedal() with { Nominee = Proposals.GrassrootsMedal().Nominee with { Service = [null!], PriorAwards = default } };
        Assert.Contains("ANTQ602", Proposals.Codes(q));
    }

    [Fact]
    public void A_model_or_assessment_with_unset_parts_gets_findings_not_an_exception()
    {
        var m = new AntqDomain.Movement.MovementModel { Name = null!, Type = default, HasOperatingRules = false, History = [null!] };
        Assert.Contains("ANTQ704", new AntqDomain.Rules.ModelValidator().Check(m, new LocalDate(2025, 1, 1)).Findings.Select(f => f.Code.Value));
        var a = new AntqDomain.SafetyStandard.SafetyAssessment { Name = null!, Unit = default, Year = -5, Excluded = default };
        Assert.Contains("ANTQ806", new AntqDomain.Rules.SafetyValidator(clock: Support.FixedClock.At(2026, 1, 1)).Check(a).Findings.Select(f => f.Code.Value));
    }
}
