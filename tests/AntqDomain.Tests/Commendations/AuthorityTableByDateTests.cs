using AntqDomain.Commendations;
using NodaTime;

namespace AntqDomain.Tests.Commendations;

/// <summary>
/// Who may decide what, day by day, as the law gives it: the 2003 law until 31/12/2023 and the 2022 law from
/// 1/1/2024, the district chairs until the reform, the badge that the 2022 law ended, and the medal's two circulars.
/// </summary>
public class AuthorityTableByDateTests
{
    private static readonly AuthorityTable Table = AuthorityTable.Default;

    public static TheoryData<string, CommendationForm, string, string?, string?> Grants() => new()
    {
        { "CommuneChair", CommendationForm.CommendationCertificate, "2023-12-31", "TĐKT2003", "Điều 81" },
        { "CommuneChair", CommendationForm.CommendationCertificate, "2024-01-01", "TĐKT", "Điều 80 khoản 3" },
        { "ProvinceChair", CommendationForm.CertificateOfMerit, "2023-12-31", "TĐKT2003", null },
        { "ProvinceChair", CommendationForm.CertificateOfMerit, "2024-01-01", "TĐKT", null },
        { "DistrictChair", CommendationForm.CommendationCertificate, "2023-12-31", "TĐKT2003", "Điều 80" },
        { "DistrictChair", CommendationForm.CommendationCertificate, "2025-06-30", "TĐKT", "Điều 80 khoản 2" },
        { "DistrictChair", CommendationForm.CommendationCertificate, "2025-07-01", null, null },
        { "MinisterOfPublicSecurity", CommendationForm.Badge, "2023-12-31", "TĐKT2003", null },
        { "MinisterOfPublicSecurity", CommendationForm.Badge, "2024-01-01", null, null },
        { "MinisterOfPublicSecurity", CommendationForm.CommemorativeMedal, "2025-04-27", "TT11", null },
        { "MinisterOfPublicSecurity", CommendationForm.CommemorativeMedal, "2025-04-28", "TT20", null },
        { "CommuneChair", CommendationForm.CertificateOfMerit, "2026-01-01", null, null },
    };

    [Theory]
    [MemberData(nameof(Grants))]
    public void The_grant_in_force_on_a_day_cites_the_law_of_that_day(string authority, CommendationForm form, string day, string? law, string? provision)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        var grant = Table.GrantFor(Authority.FromCode(authority), form, date);
        Assert.Equal(law is not null, Table.MayDecide(Authority.FromCode(authority), form, date));
        Assert.Equal(law, grant?.Citation.Abbreviation);
        if (law is not null)
        {
            Assert.Equal(provision, grant!.Citation.Provision);
        }
    }

    [Fact]
    public void A_form_exists_on_a_day_only_if_someone_may_decide_it()
    {
        Assert.True(Table.Exists(CommendationForm.Badge, new LocalDate(2023, 12, 31)));
        Assert.False(Table.Exists(CommendationForm.Badge, new LocalDate(2024, 1, 1)));
        Assert.True(Table.Exists(CommendationForm.CommemorativeMedal, new LocalDate(2024, 1, 1)));
    }

    [Fact]
    public void The_authorities_for_a_form_are_those_granted_it_on_that_day()
    {
        var before = Table.AuthoritiesFor(CommendationForm.CommendationCertificate, new LocalDate(2025, 6, 30));
        var after = Table.AuthoritiesFor(CommendationForm.CommendationCertificate, new LocalDate(2025, 7, 1));
        Assert.Contains(Authority.DistrictChair, before);
        Assert.DoesNotContain(Authority.DistrictChair, after);
        Assert.Contains(Authority.CommuneChair, after);
        Assert.DoesNotContain(Authority.ProvinceChair, after);
        Assert.Equal(after.Distinct(), after);
        Assert.Empty(Table.AuthoritiesFor(CommendationForm.Badge, new LocalDate(2026, 1, 1)));
    }
}
