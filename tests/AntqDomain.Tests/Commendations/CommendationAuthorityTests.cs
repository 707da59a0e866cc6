using AntqDomain.Commendations;
using AntqDomain.Serialization;
using NodaTime;
using AntqDomain.Legal;
using AntqDomain.Rules;

namespace AntqDomain.Tests.Commendations;

/// <summary>Who may confer which form, as dated data a user can extend (Law 06/2022 art. 80; the 2003 law before it).</summary>
public class CommendationAuthorityTests
{
    private static AwardProposal Certificate(Authority by, LocalDate on) => Proposals.CommuneCertificate() with { Authority = by, Date = on };

    [Theory]
    [InlineData("DepartmentHead")]
    [InlineData("LegalEntityHead")]
    [InlineData("EnterpriseHead")]
    [InlineData("CommuneChair")]
    [InlineData("ProvincePoliceDirector")]
    public void Heads_of_departments_units_with_legal_status_and_enterprises_may_confer_a_giay_khen_under_the_2022_law(string code)
    {
        Assert.DoesNotContain("ANTQ606", Proposals.Codes(Certificate(Authority.FromCode(code), new LocalDate(2025, 8, 19))));
    }

    [Theory]
    [InlineData("DepartmentHead")]
    [InlineData("EnterpriseHead")]
    [InlineData("CommuneChair")]
    public void A_giay_khen_by_the_same_heads_before_2024_is_judged_under_the_2003_law(string code)
    {
        Assert.DoesNotContain("ANTQ606", Proposals.Codes(Certificate(Authority.FromCode(code), new LocalDate(2022, 8, 19))));
    }

    [Theory]
    [InlineData(2023, 12, 31, "TĐKT2003")]
    [InlineData(2024, 1, 1, "TĐKT")]
    public void A_form_beyond_the_authority_cites_the_emulation_law_in_force_on_the_proposal_date(int y, int m, int d, string abbreviation)
    {
        var p = Certificate(Authority.EnterpriseHead, new LocalDate(y, m, d)) with { Form = CommendationForm.CertificateOfMerit };
        var f = Assert.Single(Proposals.Validator.Check(p).Findings, f => f.Code.Value == "ANTQ606");
        Assert.Equal(abbreviation, f.Citation.Abbreviation);
        Assert.Contains("Chủ tịch UBND tỉnh", f.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void The_district_chair_lost_the_power_with_the_district_level_on_2025_07_01()
    {
        Assert.DoesNotContain("ANTQ606", Proposals.Codes(Certificate(Authority.DistrictChair, new LocalDate(2025, 6, 30))));
        Assert.Contains("ANTQ606", Proposals.Codes(Certificate(Authority.DistrictChair, new LocalDate(2025, 7, 1))));
    }

    [Fact]
    public void An_authority_the_table_does_not_know_is_reported_as_outside_the_table()
    {
        var f = Assert.Single(Proposals.Validator.Check(Certificate(Authority.FromCode("HospitalDirector"), new LocalDate(2025, 8, 19))).Findings);
        Assert.Equal("ANTQ606", f.Code.Value);
        Assert.Contains("not in the authority table", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_table_can_grant_a_new_authority_a_form_for_a_period()
    {
        var director = Authority.Define("HospitalDirector", "Giám đốc Bệnh viện tỉnh", "the director of the province hospital");
        var grant = new AuthorityGrant(director, CommendationForm.CommendationCertificate, new AntqDomain.Legal.EffectivePeriod(new LocalDate(2025, 1, 1)), AntqDomain.Legal.Citations.EmulationLaw("Điều 80 khoản 1"));
        var validator = new AwardValidator(clock: Support.FixedClock.At(2026, 11, 22), authorities: new AuthorityTable([.. AuthorityTable.Default.Grants, grant]));

        Assert.Empty(validator.Check(Certificate(director, new LocalDate(2025, 8, 19))).Findings);
        var before = Assert.Single(validator.Check(Certificate(director, new LocalDate(2024, 8, 19))).Findings);
        Assert.Contains("Giám đốc Bệnh viện tỉnh", before.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Authorities_are_equal_by_code_and_a_built_in_code_always_gives_the_built_in_authority()
    {
        Assert.Same(Authority.ProvinceChair, Authority.FromCode("ProvinceChair"));
        Assert.Same(Authority.ProvinceChair, Authority.Define("ProvinceChair", "khác", "other"));
        Assert.Equal(Authority.Define("HospitalDirector", "a", "b"), Authority.FromCode("HospitalDirector"));
        Assert.False(Authority.FromCode("HospitalDirector").IsBuiltIn);
        Assert.True(Authority.TryGetBuiltIn("CommuneChair", out var commune) && commune == Authority.CommuneChair);
    }

    [Theory]
    [InlineData("")]
    [InlineData("provinceChair")]
    [InlineData("Province Chair")]
    [InlineData("Chủtịch")]
    public void A_malformed_authority_code_is_refused_with_an_argument_error(string code)
    {
        Assert.Throws<ArgumentException>(() => Authority.FromCode(code));
        Assert.Throws<ArgumentException>(() => Authority.Define(code, "vi", "en"));
    }

    [Fact]
    public void A_json_proposal_names_its_authority_by_code_and_writes_it_back_the_same()
    {
        const string json = "{\"kind\":\"awardProposal\",\"nominee\":{\"name\":\"Tổ tự quản thôn Đông\",\"nomineeKind\":\"Collective\"},\"form\":\"CommendationCertificate\",\"awardKind\":\"EmulationMovement\",\"authority\":\"DepartmentHead\",\"proposedOn\":\"2025-08-19\"}";
        var read = SubjectJson.Read(json);
        Assert.True(read.Success, string.Join("; ", read.Diagnostics.Select(d => d.MessageEn)));
        var proposal = read.AwardProposal!;
        Assert.Same(Authority.DepartmentHead, proposal.Authority);
        Assert.Contains("\"authority\": \"DepartmentHead\"", SubjectJson.Write(proposal), StringComparison.Ordinal);
    }
}
