using System.Text.Json.Serialization;

namespace AntqDomain.Commendations;

/// <summary>A form of commendation or decoration (<em>hình thức khen thưởng</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CommendationForm>))]
public enum CommendationForm
{
    /// <summary>Certificate of merit (<em>Bằng khen</em>) of the Prime Minister, a minister or a province chair.</summary>
    CertificateOfMerit,

    /// <summary>Certificate (<em>Giấy khen</em>) of a police director or a district or commune chair.</summary>
    Certificate,

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

/// <summary>The kind of commendation under the 2022 Law on Emulation and Commendation (<em>loại hình khen thưởng</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AwardKind>))]
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

/// <summary>Whether a nominee is a person or a collective (<em>cá nhân, tập thể</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NomineeKind>))]
public enum NomineeKind
{
    /// <summary>A person (<em>cá nhân</em>).</summary>
    Individual,

    /// <summary>A collective (<em>tập thể</em>): a unit, a team, a residential area.</summary>
    Collective,
}

/// <summary>Sex, which sets the grassroots-force service threshold (<em>giới tính</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
public enum Sex
{
    /// <summary>Male (<em>nam</em>).</summary>
    Male,

    /// <summary>Female (<em>nữ</em>).</summary>
    Female,
}

/// <summary>A role a nominee served in (<em>chức vụ, lực lượng</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ServiceRole>))]
public enum ServiceRole
{
    /// <summary>A leader of a Party committee, government, mass organisation, school or enterprise (<em>lãnh đạo</em>).</summary>
    Leader,

    /// <summary>A member of the force protecting security and order at the grassroots (<em>lực lượng tham gia bảo vệ ANTT ở cơ sở</em>).</summary>
    GrassrootsForce,

    /// <summary>Part-time commune police, an earlier role that counts as grassroots service (<em>Công an xã bán chuyên trách, công an viên</em>).</summary>
    PartTimeCommunePolice,

    /// <summary>
    /// Civil defence (<em>dân phòng</em>): not among the roles the medal's circulars count (Circular 11/2021 counts
    /// part-time commune police, neighbourhood guards and guards of agencies and state enterprises).
    /// </summary>
    CivilDefence,

    /// <summary>Any other role: not counted toward the medal's thresholds.</summary>
    Other,

    /// <summary>Neighbourhood guard (<em>bảo vệ dân phố</em>), an earlier role that counts as grassroots service.</summary>
    NeighbourhoodGuard,

    /// <summary>Guard of an agency or a state enterprise (<em>bảo vệ cơ quan, doanh nghiệp nhà nước</em>), a role that counts as grassroots service.</summary>
    AgencyGuard,
}

/// <summary>What excludes a person from the commemorative medal (<em>trường hợp không xét tặng</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Exclusion>))]
public enum Exclusion
{
    /// <summary>Prosecuted for a crime (<em>bị truy cứu trách nhiệm hình sự</em>).</summary>
    Prosecuted,

    /// <summary>Sent to compulsory education (<em>bị áp dụng biện pháp đưa vào cơ sở giáo dục bắt buộc</em>).</summary>
    CompulsoryEducation,

    /// <summary>Stripped of police status (<em>bị tước danh hiệu Công an nhân dân</em>).</summary>
    StrippedOfPoliceStatus,
}

/// <summary>A matter that defers consideration (<em>chưa xét khen thưởng</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PendingMatter>))]
public enum PendingMatter
{
    /// <summary>A disciplinary case under consideration (<em>đang xem xét kỷ luật</em>).</summary>
    Discipline,

    /// <summary>A complaint or denunciation being resolved (<em>đang giải quyết khiếu nại, tố cáo</em>).</summary>
    Complaint,

    /// <summary>An inspection or audit under way (<em>đang thanh tra, kiểm tra</em>).</summary>
    Inspection,
}
