using System.Text.Json.Serialization;

namespace AntqDomain.Commendations;

/// <summary>A matter that defers consideration (<em>chưa xét khen thưởng</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<PendingMatter>))]
public enum PendingMatter
{
    /// <summary>A disciplinary case under consideration (<em>đang xem xét kỷ luật</em>).</summary>
    Discipline,

    /// <summary>A complaint or denunciation being resolved (<em>đang giải quyết khiếu nại, tố cáo</em>).</summary>
    Complaint,

    /// <summary>An inspection or audit under way (<em>đang thanh tra, kiểm tra</em>).</summary>
    Inspection,
}
