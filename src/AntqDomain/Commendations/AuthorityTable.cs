using System.Collections.Immutable;
using AntqDomain.Rules;
using NodaTime;

namespace AntqDomain.Commendations;

/// <summary>One row of the authority table: <paramref name="Authority"/> may decide <paramref name="Form"/> during <paramref name="Period"/>.</summary>
/// <param name="Authority">Who decides.</param>
/// <param name="Form">The form.</param>
/// <param name="Period">When the power holds.</param>
/// <param name="Citation">Where it is written.</param>
public sealed record AuthorityGrant(Authority Authority, CommendationForm Form, EffectivePeriod Period, Citation Citation);

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
    public AuthorityTable(IEnumerable<AuthorityGrant> grants)
    {
        ArgumentNullException.ThrowIfNull(grants);
        Grants = [.. grants];
    }

    /// <summary>The built-in table.</summary>
    public static AuthorityTable Default { get; } = new(
    [
        new(Authority.President, CommendationForm.Order, EffectivePeriod.Always, Citations.EmulationLaw()),
        new(Authority.President, CommendationForm.OtherOrder, EffectivePeriod.Always, Citations.EmulationLaw()),
        new(Authority.President, CommendationForm.GloriousFighterMedal, EffectivePeriod.Always, Citations.EmulationLaw()),
        new(Authority.President, CommendationForm.ForNationalSecurityMedal, EffectivePeriod.Always, Citations.EmulationLaw()),
        new(Authority.PrimeMinister, CommendationForm.CertificateOfMerit, EffectivePeriod.Always, Citations.EmulationLaw()),
        new(Authority.PrimeMinister, CommendationForm.EmulationFlag, EffectivePeriod.Always, Citations.EmulationLaw()),
        new(Authority.MinisterOfPublicSecurity, CommendationForm.CertificateOfMerit, EffectivePeriod.Always, Citations.EmulationLaw()),
        new(Authority.MinisterOfPublicSecurity, CommendationForm.EmulationFlag, EffectivePeriod.Always, Citations.EmulationLaw()),
        new(Authority.MinisterOfPublicSecurity, CommendationForm.CommemorativeMedal, EffectivePeriod.Always, Citations.Circular20()),
        new(Authority.MinisterOfPublicSecurity, CommendationForm.Badge, new EffectivePeriod(To: LawOf2022.PlusDays(-1)), Citations.EmulationLaw()),
        new(Authority.ProvinceChair, CommendationForm.CertificateOfMerit, EffectivePeriod.Always, Citations.EmulationLaw()),
        new(Authority.ProvinceChair, CommendationForm.EmulationFlag, EffectivePeriod.Always, Citations.EmulationLaw()),
        new(Authority.ProvincePoliceDirector, CommendationForm.Certificate, EffectivePeriod.Always, Citations.EmulationLaw()),
        new(Authority.DistrictChair, CommendationForm.Certificate, new EffectivePeriod(To: LastDistrictDay), Citations.EmulationLaw()),
        new(Authority.CommuneChair, CommendationForm.Certificate, EffectivePeriod.Always, Citations.EmulationLaw()),
    ]);

    /// <summary>Every grant.</summary>
    public ImmutableArray<AuthorityGrant> Grants { get; }

    /// <summary>Whether <paramref name="authority"/> may decide <paramref name="form"/> on <paramref name="date"/>.</summary>
    public bool MayDecide(Authority authority, CommendationForm form, LocalDate date)
    {
        foreach (var g in Grants)
        {
            if (g.Authority == authority && g.Form == form && g.Period.Contains(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any authority may decide <paramref name="form"/> on <paramref name="date"/> (the form exists then).</summary>
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

    /// <summary>The authorities that may decide <paramref name="form"/> on <paramref name="date"/>.</summary>
    public ImmutableArray<Authority> AuthoritiesFor(CommendationForm form, LocalDate date)
        => [.. Grants.Where(g => g.Form == form && g.Period.Contains(date)).Select(g => g.Authority).Distinct()];
}
