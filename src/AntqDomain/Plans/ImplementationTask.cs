using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Documents;
using NodaTime;

namespace AntqDomain.Plans;

/// <summary>A task assigned to an agency in the implementation part (<em>nhiệm vụ được giao</em>).</summary>
/// <param name="Agency">The agency charged ("Công an huyện"), or null.</param>
/// <param name="Text">The task as written.</param>
public sealed record ImplementationTask(string? Agency, PlanText Text);
