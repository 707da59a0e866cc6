using System.Text.Json.Serialization;

namespace AntqDomain.Commendations;

/// <summary>What excludes a person from the commemorative medal (<em>trường hợp không xét tặng</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<Exclusion>))]
public enum Exclusion
{
    /// <summary>Prosecuted for a crime (<em>bị truy cứu trách nhiệm hình sự</em>).</summary>
    Prosecuted,

    /// <summary>Sent to compulsory education (<em>bị áp dụng biện pháp đưa vào cơ sở giáo dục bắt buộc</em>).</summary>
    CompulsoryEducation,

    /// <summary>Stripped of police status (<em>bị tước danh hiệu Công an nhân dân</em>).</summary>
    StrippedOfPoliceStatus,
}
