using System.Text.Json.Serialization;

namespace AntqDomain.Commendations;

/// <summary>A form of commendation or decoration (<em>hình thức khen thưởng</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<CommendationForm>))]
public enum CommendationForm
{
    /// <summary>Certificate of merit (<em>Bằng khen</em>) of the Prime Minister, a minister or a province chair.</summary>
    CertificateOfMerit,

    /// <summary>Certificate of commendation (<em>Giấy khen</em>), the form below the certificate of merit, of a police director or a district or commune chair.</summary>
    CommendationCertificate,

    /// <summary>Emulation flag (<em>Cờ thi đua</em>).</summary>
    EmulationFlag,

    /// <summary>The commemorative medal "Bảo vệ an ninh Tổ quốc" (<em>Kỷ niệm chương</em>) of the Minister of Public Security; once per person.</summary>
    CommemorativeMedal,

    /// <summary>Badge (<em>Huy hiệu</em>): no longer a form of commendation from 2024-01-01.</summary>
    Badge,

    /// <summary>The state medal "Chiến sĩ vẻ vang" (<em>Huy chương Chiến sĩ vẻ vang</em>).</summary>
    GloriousFighterMedal,

    /// <summary>The state medal "Vì an ninh Tổ quốc" (<em>Huy chương Vì an ninh Tổ quốc</em>): a different award from the commemorative medal.</summary>
    ForNationalSecurityMedal,

    /// <summary>An order (<em>Huân chương</em>) given for service in the People's Police: excludes the commemorative medal.</summary>
    Order,

    /// <summary>Any other order (<em>Huân chương Lao động, Huân chương Độc lập</em>, …): does not exclude the commemorative medal.</summary>
    OtherOrder,
}
