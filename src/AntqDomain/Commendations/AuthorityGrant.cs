using System.Collections.Immutable;
using AntqDomain.Rules;
using NodaTime;
using AntqDomain.Legal;

namespace AntqDomain.Commendations;

/// <summary>One row of the authority table: <paramref name="Authority"/> may decide <paramref name="Form"/> during <paramref name="Period"/>.</summary>
/// <param name="Authority">Who decides.</param>
/// <param name="Form">The form.</param>
/// <param name="Period">When the power holds.</param>
/// <param name="Citation">Where it is written.</param>
public sealed record AuthorityGrant(Authority Authority, CommendationForm Form, EffectivePeriod Period, Citation Citation);
