using System.Text.Json.Serialization;

namespace AntqDomain.Movement;

/// <summary>A stage in a model's life (<em>giai đoạn của mô hình</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<ModelStage>))]
public enum ModelStage
{
    /// <summary>Founded by a decision (<em>thành lập</em>).</summary>
    Founded,

    /// <summary>Operating (<em>hoạt động</em>).</summary>
    Operating,

    /// <summary>Reviewed (<em>sơ kết</em>), with effect indicators.</summary>
    Reviewed,

    /// <summary>Summarised (<em>tổng kết</em>).</summary>
    Summarised,

    /// <summary>Replicated to other places (<em>nhân rộng</em>).</summary>
    Replicated,

    /// <summary>Removed as ineffective (<em>thanh loại</em>); final.</summary>
    Removed,
}
