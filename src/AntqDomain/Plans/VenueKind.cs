using System.Text.Json.Serialization;

namespace AntqDomain.Plans;

/// <summary>Where the festival is held (<em>phạm vi địa bàn</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<VenueKind>))]
public enum VenueKind
{
    /// <summary>Residential areas (<em>khu dân cư</em>).</summary>
    ResidentialArea = 1,

    /// <summary>Communes, wards, townships (<em>xã, phường, thị trấn</em>).</summary>
    Commune = 2,

    /// <summary>Agencies (<em>cơ quan</em>).</summary>
    Agency = 3,

    /// <summary>Enterprises (<em>doanh nghiệp</em>).</summary>
    Enterprise = 4,

    /// <summary>Education institutions (<em>cơ sở giáo dục, nhà trường</em>).</summary>
    EducationInstitution = 5,
}
