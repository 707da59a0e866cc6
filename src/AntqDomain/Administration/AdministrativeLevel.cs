namespace AntqDomain.Administration;

/// <summary>
/// The level of an issuing body (<em>cấp</em>): central, province, district (abolished from 2025-07-01), commune,
/// or a sector body (departments, schools, enterprises) that implements the province plan.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Internal.StrictEnumJsonConverter<AdministrativeLevel>))]
public enum AdministrativeLevel
{
    /// <summary>Not determined.</summary>
    Unknown = 0,

    /// <summary>Central (<em>Trung ương</em>).</summary>
    Central = 1,

    /// <summary>Province (<em>tỉnh, thành phố trực thuộc trung ương</em>).</summary>
    Province = 2,

    /// <summary>District (<em>huyện, quận, thị xã, thành phố thuộc tỉnh</em>), until 2025-06-30.</summary>
    District = 3,

    /// <summary>Commune (<em>xã, phường, thị trấn</em> until 2025-06-30; <em>xã, phường, đặc khu</em> after).</summary>
    Commune = 4,

    /// <summary>A sector body (<em>sở, ban, ngành, cơ sở giáo dục, doanh nghiệp</em>) implementing the province plan.</summary>
    Sector = 5,
}
