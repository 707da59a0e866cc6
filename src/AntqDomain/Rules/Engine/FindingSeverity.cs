using System.Text.Json.Serialization;

namespace AntqDomain.Rules;

/// <summary>The severity of a reader diagnostic or rule finding (<em>mức độ</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>Advice (<em>thông tin</em>).</summary>
    Info = 0,

    /// <summary>Probably wrong or outdated (<em>cảnh báo</em>).</summary>
    Warning = 1,

    /// <summary>Breaks a requirement (<em>lỗi</em>).</summary>
    Error = 2,
}
