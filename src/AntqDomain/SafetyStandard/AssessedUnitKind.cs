using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Rules;
using NodaTime;

namespace AntqDomain.SafetyStandard;

/// <summary>What is assessed for the standard (<em>đối tượng đánh giá</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<AssessedUnitKind>))]
public enum AssessedUnitKind
{
    /// <summary>A residential area (<em>khu dân cư</em>: thôn, tổ dân phố).</summary>
    ResidentialArea,

    /// <summary>A commune, ward or special zone (<em>xã, phường, đặc khu</em>).</summary>
    Commune,

    /// <summary>An agency (<em>cơ quan</em>).</summary>
    Agency,

    /// <summary>An enterprise (<em>doanh nghiệp</em>).</summary>
    Enterprise,

    /// <summary>An education institution (<em>cơ sở giáo dục</em>).</summary>
    EducationInstitution,
}
