using System.Text.Json.Serialization;

namespace AntqDomain.Plans;

/// <summary>A source of funding (<em>nguồn kinh phí</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<FundingSource>))]
public enum FundingSource
{
    /// <summary>The budget of each level (<em>ngân sách</em>).</summary>
    Budget = 1,

    /// <summary>Contributions mobilised from society (<em>xã hội hóa</em>).</summary>
    Socialised = 2,
}
