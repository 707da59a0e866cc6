using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Documents;
using NodaTime;

namespace AntqDomain.Plans;

/// <summary>One step of the ceremony programme (<em>một bước của Phần lễ</em>).</summary>
/// <param name="Kind">The typed step.</param>
/// <param name="Text">The step as written.</param>
/// <param name="Optional">Whether the plan marks it optional ("(nếu có)").</param>
public sealed record CeremonyStep(CeremonyStepKind Kind, PlanText Text, bool Optional);
