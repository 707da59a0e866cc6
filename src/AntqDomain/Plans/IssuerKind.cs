using System.Text.Json.Serialization;

namespace AntqDomain.Plans;

/// <summary>What kind of body issued a plan (<em>cơ quan ban hành</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<IssuerKind>))]
public enum IssuerKind
{
    /// <summary>Not determined.</summary>
    Unknown = 0,

    /// <summary>A steering committee (<em>Ban Chỉ đạo</em>, symbol group BCĐ).</summary>
    SteeringCommittee = 1,

    /// <summary>A People's Committee (<em>Ủy ban nhân dân</em>, symbol group UBND).</summary>
    PeoplesCommittee = 2,

    /// <summary>A police body (<em>Công an</em>, symbol group CA…).</summary>
    Police = 3,

    /// <summary>Another agency, school or enterprise.</summary>
    Other = 4,
}
