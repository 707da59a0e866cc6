using System.Collections.Immutable;
using NodaTime;

namespace AntqDomain.Movement;

/// <summary>
/// A grassroots security team (<em>Tổ bảo vệ an ninh, trật tự ở cơ sở</em>): the statutory force of the 2023 law on
/// forces protecting security and order at the grassroots, in force from 2024-07-01. Unlike a movement model, it is
/// founded by a commune decision for each team and its members, and it is not reviewed, replicated or removed as a
/// model is.
/// </summary>
public sealed record GrassrootsSecurityTeam
{
    /// <summary>The first day teams could be founded under the law.</summary>
    public static LocalDate LawInForceFrom { get; } = new(2024, 7, 1);

    /// <summary>The team's name ("Tổ bảo vệ ANTT thôn Đông").</summary>
    public required string Name { get; init; }

    /// <summary>The commune, ward or special zone that founded it.</summary>
    public string? Commune { get; init; }

    /// <summary>The founding decision as written ("Quyết định số 45/QĐ-UBND").</summary>
    public string? FoundingDecision { get; init; }

    /// <summary>The founding date.</summary>
    public LocalDate FoundedOn { get; init; }

    /// <summary>The members and their appointing decisions, as written.</summary>
    public ImmutableArray<string> Members { get; init => field = Internal.Structural.OrEmpty(value); } = [];

    /// <summary>Whether the team was founded while the law was in force (teams dated earlier belong to the forces it replaced).</summary>
    public bool FoundedUnderTheLaw => FoundedOn >= LawInForceFrom;
}
