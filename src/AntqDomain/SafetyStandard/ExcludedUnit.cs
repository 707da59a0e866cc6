using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Rules;
using NodaTime;

namespace AntqDomain.SafetyStandard;

/// <summary>Why a unit cannot be assessed for the standard (<em>đối tượng không áp dụng</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<ExcludedUnit>))]
public enum ExcludedUnit
{
    /// <summary>A unit of the armed forces (<em>đơn vị lực lượng vũ trang</em>).</summary>
    ArmedForces,

    /// <summary>A small or micro enterprise (<em>doanh nghiệp nhỏ, siêu nhỏ</em>).</summary>
    SmallOrMicroEnterprise,

    /// <summary>A primary school (<em>trường tiểu học</em>).</summary>
    PrimarySchool,

    /// <summary>A kindergarten (<em>trường mẫu giáo, mầm non</em>).</summary>
    Kindergarten,

    /// <summary>A nursery (<em>nhà trẻ, nhóm trẻ</em>).</summary>
    Nursery,
}
