using System.Text.Json.Serialization;

namespace AntqDomain.Plans;

/// <summary>The kind of a Roman-numbered part of a plan (<em>phần</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<SectionKind>))]
public enum SectionKind
{
    /// <summary>A part the reader could not classify.</summary>
    Other = 0,

    /// <summary>Purposes and requirements (<em>Mục đích, yêu cầu</em>).</summary>
    Purposes = 1,

    /// <summary>Content (<em>Nội dung</em>).</summary>
    Content = 2,

    /// <summary>Commendation (<em>Khen thưởng</em>).</summary>
    Commendation = 3,

    /// <summary>Implementation (<em>Tổ chức thực hiện</em>).</summary>
    Implementation = 4,

    /// <summary>Funding (<em>Kinh phí</em>) as a part of its own.</summary>
    Funding = 5,
}
