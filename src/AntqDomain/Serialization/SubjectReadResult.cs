using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AntqDomain.Commendations;
using AntqDomain.Movement;
using AntqDomain.Plans;
using AntqDomain.SafetyStandard;
using AntqDomain.Reading;
using AntqDomain.Rules;

namespace AntqDomain.Serialization;

/// <summary>What <see cref="SubjectJson.Read(ReadOnlySpan{byte}, ReaderLimits?)"/> found: one of the subjects, or diagnostics.</summary>
/// <param name="Kind">The document's kind (<see cref="SubjectKinds"/>), or null when it could not be told.</param>
/// <param name="Plan">The plan, for a plan document.</param>
/// <param name="AwardProposal">The proposal, for an award-proposal document.</param>
/// <param name="Model">The model and date, for a movement-model document.</param>
/// <param name="SafetyAssessment">The assessment, for a safety-assessment document.</param>
/// <param name="Diagnostics">Why nothing was read, when that is the case.</param>
public sealed record SubjectReadResult(
    string? Kind,
    FestivalPlan? Plan,
    AwardProposal? AwardProposal,
    ModelAssessment? Model,
    SafetyAssessment? SafetyAssessment,
    ImmutableArray<ReadDiagnostic> Diagnostics)
{
    /// <summary>The results report, for a results-report document.</summary>
    public Results.ResultsReport? ResultsReport { get; init; }

    /// <summary>The committee and date, for a steering-committee document.</summary>
    public Committees.CommitteeAssessment? Committee { get; init; }

    /// <summary>Whether a subject was read.</summary>
    public bool Success => Plan is not null || AwardProposal is not null || Model is not null || SafetyAssessment is not null || ResultsReport is not null || Committee is not null;
}
