using System.Text.Json.Serialization;

namespace AntqDomain.Commendations;

/// <summary>Whether a nominee is a person or a collective (<em>cá nhân, tập thể</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<NomineeKind>))]
public enum NomineeKind
{
    /// <summary>A person (<em>cá nhân</em>).</summary>
    Individual,

    /// <summary>A collective (<em>tập thể</em>): a unit, a team, a residential area.</summary>
    Collective,
}
