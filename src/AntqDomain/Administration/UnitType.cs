using System.Collections.Immutable;
using NodaTime;

namespace AntqDomain.Administration;

/// <summary>
/// A type of administrative unit (<em>loại đơn vị hành chính</em>) with the period in which it exists, e.g. the
/// township (<em>thị trấn</em>) until 2025-06-30 or the special zone (<em>đặc khu</em>) from 2025-07-01.
/// </summary>
/// <param name="Code">A stable identifier, e.g. <c>thi-tran</c>.</param>
/// <param name="NameVi">The Vietnamese name ("thị trấn").</param>
/// <param name="NameEn">The English name ("township").</param>
/// <param name="Level">The level of the unit.</param>
/// <param name="ValidFrom">First day the type exists, or null (always).</param>
/// <param name="ValidTo">Last day the type exists, or null (still exists).</param>
public sealed record UnitType(string Code, string NameVi, string NameEn, AdministrativeLevel Level, LocalDate? ValidFrom = null, LocalDate? ValidTo = null)
{
    /// <summary>Last day of the district level and of <em>thị trấn</em> (the 2025 two-tier reform took force on 2025-07-01).</summary>
    public static readonly LocalDate LastDayOfThreeTiers = new(2025, 6, 30);

    /// <summary>The day district-level police units were dissolved (2025-03-01), ahead of the two-tier local government.</summary>
    internal static readonly LocalDate DistrictPoliceEnded = new(2025, 3, 1);

    /// <summary>First day of the two-tier local government.</summary>
    public static readonly LocalDate FirstDayOfTwoTiers = new(2025, 7, 1);

    /// <summary>Province (<em>tỉnh</em>).</summary>
    public static readonly UnitType Province = new("tinh", "tỉnh", "province", AdministrativeLevel.Province);

    /// <summary>Centrally-governed city (<em>thành phố trực thuộc trung ương</em>).</summary>
    public static readonly UnitType CentralCity = new("thanh-pho-truc-thuoc-trung-uong", "thành phố trực thuộc trung ương", "centrally-governed city", AdministrativeLevel.Province);

    /// <summary>Rural district (<em>huyện</em>), until 2025-06-30.</summary>
    public static readonly UnitType RuralDistrict = new("huyen", "huyện", "rural district", AdministrativeLevel.District, null, LastDayOfThreeTiers);

    /// <summary>Urban district (<em>quận</em>), until 2025-06-30.</summary>
    public static readonly UnitType UrbanDistrict = new("quan", "quận", "urban district", AdministrativeLevel.District, null, LastDayOfThreeTiers);

    /// <summary>District-level town (<em>thị xã</em>), until 2025-06-30.</summary>
    public static readonly UnitType DistrictTown = new("thi-xa", "thị xã", "district-level town", AdministrativeLevel.District, null, LastDayOfThreeTiers);

    /// <summary>Provincial city (<em>thành phố thuộc tỉnh</em>), until 2025-06-30.</summary>
    public static readonly UnitType ProvincialCity = new("thanh-pho-thuoc-tinh", "thành phố thuộc tỉnh", "provincial city", AdministrativeLevel.District, null, LastDayOfThreeTiers);

    /// <summary>Commune (<em>xã</em>).</summary>
    public static readonly UnitType Commune = new("xa", "xã", "commune", AdministrativeLevel.Commune);

    /// <summary>Ward (<em>phường</em>).</summary>
    public static readonly UnitType Ward = new("phuong", "phường", "ward", AdministrativeLevel.Commune);

    /// <summary>Township (<em>thị trấn</em>), until 2025-06-30.</summary>
    public static readonly UnitType Township = new("thi-tran", "thị trấn", "township", AdministrativeLevel.Commune, null, LastDayOfThreeTiers);

    /// <summary>Special zone (<em>đặc khu</em>), from 2025-07-01.</summary>
    public static readonly UnitType SpecialZone = new("dac-khu", "đặc khu", "special zone", AdministrativeLevel.Commune, FirstDayOfTwoTiers);

    /// <summary>All built-in unit types.</summary>
    public static ImmutableArray<UnitType> All { get; } =
        [Province, CentralCity, RuralDistrict, UrbanDistrict, DistrictTown, ProvincialCity, Commune, Ward, Township, SpecialZone];

    /// <summary>Whether the unit type exists on <paramref name="date"/>.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>True when the type exists on that day.</returns>
    public bool ExistsOn(LocalDate date) => (ValidFrom is not { } f || date >= f) && (ValidTo is not { } t || date <= t);

    /// <summary>Whether the level exists on <paramref name="date"/> (the district level ends on 2025-06-30).</summary>
    /// <param name="level">The administrative level.</param>
    /// <param name="date">The day asked about.</param>
    /// <returns>True when the level exists on that day.</returns>
    public static bool LevelExistsOn(AdministrativeLevel level, LocalDate date)
        => level != AdministrativeLevel.District || date <= LastDayOfThreeTiers;

    /// <summary>Finds a built-in type by code.</summary>
    /// <param name="code">The code of a built-in type, e.g. "Commune".</param>
    /// <returns>The type, or null when no built-in type has that code.</returns>
    public static UnitType? FromCode(string code)
    {
        foreach (var u in All)
        {
            if (string.Equals(u.Code, code, StringComparison.Ordinal))
            {
                return u;
            }
        }

        return null;
    }
}
