using System.Text.Json.Serialization;

namespace AntqDomain.Movement;

/// <summary>A type of movement model (<em>loại mô hình</em>) of the people's security movement.</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<ModelType>))]
public enum ModelType
{
    /// <summary>Self-management team on security and order (<em>Tổ tự quản về an ninh, trật tự</em>).</summary>
    SelfManagementTeam,

    /// <summary>The "5 in 1" self-management team (<em>Tổ tự quản "5 trong 1"</em>).</summary>
    FiveInOneTeam,

    /// <summary>Self-management team of workers' boarding houses (<em>Tổ tự quản nhà trọ công nhân</em>).</summary>
    BoardingHouseTeam,

    /// <summary>Self-managed fishing fleet (<em>Tổ tàu thuyền tự quản</em>).</summary>
    FishingFleetTeam,

    /// <summary>Safe school gate (<em>Cổng trường an toàn giao thông, bảo đảm ANTT</em>); needs a coordination plan.</summary>
    SafeSchoolGate,

    /// <summary>Security cameras (<em>Camera an ninh</em>).</summary>
    SecurityCamera,

    /// <summary>Peaceful fishing village (<em>Làng chài bình yên</em>).</summary>
    PeacefulFishingVillage,

    /// <summary>Anti-drug club, e.g. of veterans (<em>Câu lạc bộ phòng, chống ma túy</em>).</summary>
    AntiDrugClub,

    /// <summary>Safe clan (<em>Dòng họ an toàn</em>).</summary>
    SafeClan,

    /// <summary>Security gong or loudspeaker (<em>Kẻng an ninh, loa an ninh</em>).</summary>
    SecurityGong,

    /// <summary>Model commune or ward of the movement (<em>xã, phường điển hình</em>).</summary>
    ModelCommune,

    /// <summary>Any other model (<em>mô hình khác</em>).</summary>
    Other,
}
