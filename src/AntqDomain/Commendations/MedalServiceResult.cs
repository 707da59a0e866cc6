using NodaTime;

namespace AntqDomain.Commendations;

/// <summary>
/// How a nominee's service measures against the medal's thresholds on a date (<em>kết quả tính thời gian xét tặng</em>).
/// </summary>
/// <param name="Meets">Whether one threshold that applies to the nominee is reached.</param>
/// <param name="Threshold">The threshold reached, or else the one closest to being reached; null when no counted role was held.</param>
/// <param name="Count">The service counted for that threshold.</param>
/// <param name="Shortfall">What is missing for that threshold; null when it is reached.</param>
/// <param name="NoGrassrootsTeamPeriod">Under Circular 20/2025 (from 2025-04-28), the grassroots route is for members of the grassroots security team: true when the nominee's grassroots service has no period in the team, so the route fails whatever the years.</param>
public sealed record MedalServiceResult(bool Meets, MedalThreshold? Threshold, ServiceCount Count, ServiceShortfall? Shortfall, bool NoGrassrootsTeamPeriod = false)
{
    /// <summary>Leading posts below a division or board left out of a leader's tenure (Circular 20/2025).</summary>
    public bool LeftOutPostsBelowDivision { get; init; }

    /// <summary>The first day counted after a disciplinary measure ended (Circular 20/2025), or null when none cut the service.</summary>
    public LocalDate? CountedFrom { get; init; }
}
