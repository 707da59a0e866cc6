using System.Collections.Immutable;
using AntqDomain.Rules;
using NodaTime;
using AntqDomain.Legal;

namespace AntqDomain.Commendations;

/// <summary>
/// Who may decide which commendation, as dated data (<em>thẩm quyền quyết định khen thưởng</em>), and which forms exist
/// on a date. The built-in table follows the 2022 Law on Emulation and Commendation and the medal circulars; build
/// your own with <see cref="AuthorityTable(IEnumerable{AuthorityGrant})"/> when a province delegates differently.
/// </summary>
public sealed class AuthorityTable
{
    private static readonly LocalDate LawOf2022 = new(2024, 1, 1);
    private static readonly LocalDate LastDistrictDay = new(2025, 6, 30);

    /// <summary>A table of <paramref name="grants"/>.</summary>
    /// <param name="grants">Who may decide which form, and when.</param>
    public AuthorityTable(IEnumerable<AuthorityGrant> grants)
    {
        ArgumentNullException.ThrowIfNull(grants);
        Grants = [.. grants];
    }

    /// <summary>
    /// The built-in table: until 2023-12-31 the 2003 Law on Emulation and Commendation (amended 2005, 2013), from
    /// 2024-01-01 the 2022 Law (06/2022/QH15), whose art. 80 gives a Giấy khen to the heads of province departments,
    /// of units with legal status under a ministry and of enterprises as well as to district and commune chairs;
    /// the medal by the Minister of Public Security under the medal circular in force.
    /// </summary>
    public static AuthorityTable Default { get; } = new(BuiltInGrants());

    private static IEnumerable<AuthorityGrant> BuiltInGrants()
    {
        var oldLaw = new EffectivePeriod(To: LawOf2022.PlusDays(-1));
        var newLaw = new EffectivePeriod(From: LawOf2022);
        foreach (var (who, form, oldProvision, newProvision) in (IEnumerable<(Authority, CommendationForm, string?, string?)>)
        [
            (Authority.President, CommendationForm.Order, null, null),
            (Authority.President, CommendationForm.OtherOrder, null, null),
            (Authority.President, CommendationForm.GloriousFighterMedal, null, null),
            (Authority.President, CommendationForm.ForNationalSecurityMedal, null, null),
            (Authority.PrimeMinister, CommendationForm.CertificateOfMerit, null, null),
            (Authority.PrimeMinister, CommendationForm.EmulationFlag, null, null),
            (Authority.MinisterOfPublicSecurity, CommendationForm.CertificateOfMerit, null, null),
            (Authority.MinisterOfPublicSecurity, CommendationForm.EmulationFlag, null, null),
            (Authority.ProvinceChair, CommendationForm.CertificateOfMerit, null, null),
            (Authority.ProvinceChair, CommendationForm.EmulationFlag, null, null),
            (Authority.ProvincePoliceDirector, CommendationForm.CommendationCertificate, null, null),
            (Authority.DepartmentHead, CommendationForm.CommendationCertificate, "Điều 80", "Điều 80 khoản 1"),
            (Authority.LegalEntityHead, CommendationForm.CommendationCertificate, "Điều 80", "Điều 80 khoản 1"),
            (Authority.EnterpriseHead, CommendationForm.CommendationCertificate, "Điều 80 (doanh nghiệp nhà nước)", "Điều 80 khoản 4"),
            (Authority.CommuneChair, CommendationForm.CommendationCertificate, "Điều 81", "Điều 80 khoản 3"),
        ])
        {
            yield return new(who, form, oldLaw, Citations.EmulationLaw2003(oldProvision));
            yield return new(who, form, newLaw, Citations.EmulationLaw(newProvision));
        }

        // The district People's Committees ended with the two-tier reform (2025-07-01).
        yield return new(Authority.DistrictChair, CommendationForm.CommendationCertificate, oldLaw, Citations.EmulationLaw2003("Điều 80"));
        yield return new(Authority.DistrictChair, CommendationForm.CommendationCertificate, new EffectivePeriod(LawOf2022, LastDistrictDay), Citations.EmulationLaw("Điều 80 khoản 2"));

        // The Huy hiệu is no longer a form of commendation under the 2022 Law.
        yield return new(Authority.MinisterOfPublicSecurity, CommendationForm.Badge, oldLaw, Citations.EmulationLaw2003());

        yield return new(Authority.MinisterOfPublicSecurity, CommendationForm.CommemorativeMedal, new EffectivePeriod(To: MedalThresholds.Circular20From.PlusDays(-1)), Citations.Circular11());
        yield return new(Authority.MinisterOfPublicSecurity, CommendationForm.CommemorativeMedal, new EffectivePeriod(From: MedalThresholds.Circular20From), Citations.Circular20());
    }

    /// <summary>Every grant.</summary>
    public ImmutableArray<AuthorityGrant> Grants { get; }

    /// <summary>Whether <paramref name="authority"/> may decide <paramref name="form"/> on <paramref name="date"/>.</summary>
    /// <param name="authority">The deciding authority.</param>
    /// <param name="form">The form of commendation.</param>
    /// <param name="date">The day of the decision.</param>
    /// <returns>True when a grant of the table covers it.</returns>
    public bool MayDecide(Authority authority, CommendationForm form, LocalDate date) => GrantFor(authority, form, date) is not null;

    /// <summary>Whether any authority may decide <paramref name="form"/> on <paramref name="date"/> (the form exists then).</summary>
    /// <param name="form">The form of commendation.</param>
    /// <param name="date">The day asked about.</param>
    /// <returns>True when the form can be decided on that day.</returns>
    public bool Exists(CommendationForm form, LocalDate date)
    {
        foreach (var g in Grants)
        {
            if (g.Form == form && g.Period.Contains(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The grant that lets <paramref name="authority"/> decide <paramref name="form"/> on <paramref name="date"/>, if any.</summary>
    /// <param name="authority">The deciding authority.</param>
    /// <param name="form">The form of commendation.</param>
    /// <param name="date">The day of the decision.</param>
    /// <returns>The grant, or null when none covers it.</returns>
    public AuthorityGrant? GrantFor(Authority authority, CommendationForm form, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(authority);
        foreach (var g in Grants)
        {
            if (g.Authority == authority && g.Form == form && g.Period.Contains(date))
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>The authorities that may decide <paramref name="form"/> on <paramref name="date"/>.</summary>
    /// <param name="form">The form of commendation.</param>
    /// <param name="date">The day of the decision.</param>
    /// <returns>The authorities, in the table's order.</returns>
    public ImmutableArray<Authority> AuthoritiesFor(CommendationForm form, LocalDate date)
        => [.. Grants.Where(g => g.Form == form && g.Period.Contains(date)).Select(g => g.Authority).Distinct()];
}
