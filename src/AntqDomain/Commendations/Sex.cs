using System.Text.Json.Serialization;

namespace AntqDomain.Commendations;

/// <summary>Sex, which sets the grassroots-force service threshold (<em>giới tính</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<Sex>))]
public enum Sex
{
    /// <summary>Male (<em>nam</em>).</summary>
    Male,

    /// <summary>Female (<em>nữ</em>).</summary>
    Female,
}
