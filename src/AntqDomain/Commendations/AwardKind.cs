using System.Text.Json.Serialization;

namespace AntqDomain.Commendations;

/// <summary>The kind of commendation under the 2022 Law on Emulation and Commendation (<em>loại hình khen thưởng</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<AwardKind>))]
public enum AwardKind
{
    /// <summary>For regular achievement (<em>khen thưởng thường xuyên, công trạng</em>), considered at year end.</summary>
    RegularAchievement,

    /// <summary>Ad hoc (<em>khen thưởng đột xuất</em>).</summary>
    AdHoc,

    /// <summary>For an emulation movement (<em>khen thưởng phong trào thi đua</em>).</summary>
    EmulationMovement,

    /// <summary>For a thematic emulation movement (<em>phong trào thi đua theo chuyên đề</em>), a kind of movement award.</summary>
    Thematic,

    /// <summary>For a lifetime of service (<em>khen thưởng quá trình cống hiến</em>).</summary>
    LongService,

    /// <summary>For seniority (<em>khen thưởng theo niên hạn</em>).</summary>
    Seniority,

    /// <summary>For foreign persons or bodies (<em>khen thưởng đối ngoại</em>).</summary>
    Foreign,
}
