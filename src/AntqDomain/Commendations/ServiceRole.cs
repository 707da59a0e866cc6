using System.Text.Json.Serialization;

namespace AntqDomain.Commendations;

/// <summary>A role a nominee served in (<em>chức vụ, lực lượng</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<ServiceRole>))]
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
