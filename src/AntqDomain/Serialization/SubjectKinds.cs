using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AntqDomain.Commendations;
using AntqDomain.Movement;
using AntqDomain.SafetyStandard;
using AntqDomain.Rules;

namespace AntqDomain.Serialization;

/// <summary>The kinds of JSON document the library reads (<em>loại tài liệu JSON</em>), named by the <c>kind</c> property.</summary>
public static class SubjectKinds
{
    /// <summary>A festival plan (the default when <c>kind</c> is absent).</summary>
    public const string Plan = "plan";

    /// <summary>A commendation proposal (<see cref="AwardProposal"/>).</summary>
    public const string AwardProposal = "awardProposal";

    /// <summary>A movement model to check on a date (<see cref="ModelAssessment"/>).</summary>
    public const string MovementModel = "movementModel";

    /// <summary>A safety-standard assessment (<see cref="SafetyAssessment"/>).</summary>
    public const string SafetyAssessment = "safetyAssessment";

    /// <summary>A results report with the reports of the units below (<see cref="Results.ResultsReport"/>).</summary>
    public const string ResultsReport = "resultsReport";

    /// <summary>A steering committee to check on a date (<see cref="Committees.CommitteeAssessment"/>).</summary>
    public const string SteeringCommittee = "steeringCommittee";
}
