using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AntqDomain.Commendations;

/// <summary>
/// Who decides a commendation (<em>người có thẩm quyền quyết định khen thưởng</em>): a code with its Vietnamese and
/// English names. The built-in authorities cover the State, the Ministry of Public Security and local government;
/// <see cref="Define"/> names any other (a ministry's department, a hospital director, …) for a custom
/// <see cref="AuthorityTable"/>. Two authorities are equal when their codes are.
/// </summary>
[JsonConverter(typeof(AuthorityJsonConverter))]
public sealed class Authority : IEquatable<Authority>
{
    private Authority(string code, string nameVi, string nameEn)
    {
        Code = code;
        NameVi = nameVi;
        NameEn = nameEn;
    }

    /// <summary>The State President (<em>Chủ tịch nước</em>): orders and state medals.</summary>
    public static Authority President { get; } = new("President", "Chủ tịch nước", "the State President");

    /// <summary>The Prime Minister (<em>Thủ tướng Chính phủ</em>).</summary>
    public static Authority PrimeMinister { get; } = new("PrimeMinister", "Thủ tướng Chính phủ", "the Prime Minister");

    /// <summary>The Minister of Public Security (<em>Bộ trưởng Bộ Công an</em>).</summary>
    public static Authority MinisterOfPublicSecurity { get; } = new("MinisterOfPublicSecurity", "Bộ trưởng Bộ Công an", "the Minister of Public Security");

    /// <summary>The chair of a province People's Committee (<em>Chủ tịch UBND tỉnh</em>).</summary>
    public static Authority ProvinceChair { get; } = new("ProvinceChair", "Chủ tịch UBND tỉnh", "a province chair");

    /// <summary>The director of a province police (<em>Giám đốc Công an tỉnh</em>).</summary>
    public static Authority ProvincePoliceDirector { get; } = new("ProvincePoliceDirector", "Giám đốc Công an tỉnh", "a province police director");

    /// <summary>The chair of a district People's Committee (<em>Chủ tịch UBND huyện</em>); the level ended on 2025-06-30.</summary>
    public static Authority DistrictChair { get; } = new("DistrictChair", "Chủ tịch UBND huyện", "a district chair");

    /// <summary>The chair of a commune People's Committee (<em>Chủ tịch UBND xã</em>).</summary>
    public static Authority CommuneChair { get; } = new("CommuneChair", "Chủ tịch UBND xã", "a commune chair");

    /// <summary>
    /// The head of a specialised department of a province People's Committee or its equivalent
    /// (<em>Thủ trưởng cơ quan chuyên môn thuộc UBND cấp tỉnh</em>, e.g. Giám đốc Sở Giáo dục và Đào tạo).
    /// </summary>
    public static Authority DepartmentHead { get; } = new("DepartmentHead", "Thủ trưởng cơ quan chuyên môn thuộc UBND tỉnh", "the head of a province department");

    /// <summary>
    /// The head of a body, organisation or unit with legal status under a ministry or central agency
    /// (<em>Thủ trưởng cơ quan, tổ chức, đơn vị có tư cách pháp nhân thuộc Bộ, ban, ngành</em>).
    /// </summary>
    public static Authority LegalEntityHead { get; } = new("LegalEntityHead", "Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân thuộc Bộ, ngành", "the head of a unit with legal status under a ministry");

    /// <summary>
    /// The director or board chair of an enterprise or cooperative (<em>Tổng giám đốc, Giám đốc doanh nghiệp, hợp tác
    /// xã; Chủ tịch Hội đồng quản trị, Hội đồng thành viên</em>).
    /// </summary>
    public static Authority EnterpriseHead { get; } = new("EnterpriseHead", "Giám đốc, Chủ tịch Hội đồng quản trị doanh nghiệp, hợp tác xã", "the head of an enterprise or cooperative");

    /// <summary>Every built-in authority, in order of rank.</summary>
    public static ImmutableArray<Authority> BuiltIn { get; } =
    [
        President, PrimeMinister, MinisterOfPublicSecurity, ProvinceChair, ProvincePoliceDirector, DepartmentHead,
        LegalEntityHead, EnterpriseHead, DistrictChair, CommuneChair,
    ];

    /// <summary>The code, as written in JSON ("ProvinceChair"): letters and digits starting with a capital letter.</summary>
    public string Code { get; }

    /// <summary>The Vietnamese name ("Chủ tịch UBND tỉnh").</summary>
    public string NameVi { get; }

    /// <summary>The English name ("a province chair").</summary>
    public string NameEn { get; }

    /// <summary>Whether this is one of <see cref="BuiltIn"/>.</summary>
    public bool IsBuiltIn => BuiltIn.Contains(this);

    /// <summary>
    /// Names an authority outside the built-in list, for an <see cref="AuthorityTable"/> of your own. A code of a
    /// built-in authority gives that authority (its names are not replaced).
    /// </summary>
    /// <param name="code">Letters and digits, starting with a capital letter ("HospitalDirector").</param>
    /// <param name="nameVi">The Vietnamese name.</param>
    /// <param name="nameEn">The English name.</param>
    /// <exception cref="ArgumentException">The code is not of that form, or a name is blank.</exception>
    /// <returns>The authority with that code (the built-in one when the code is built in).</returns>
    public static Authority Define(string code, string nameVi, string nameEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameVi);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        if (!IsCode(code))
        {
            throw new ArgumentException($"An authority code is letters and digits starting with a capital letter, such as \"HospitalDirector\"; \"{code}\" is not.", nameof(code));
        }

        return FindBuiltIn(code) ?? new Authority(code, nameVi.Trim(), nameEn.Trim());
    }

    /// <summary>
    /// The authority with <paramref name="code"/>: a built-in one, or, for any other well-formed code, an authority
    /// named by its code (it decides nothing unless a custom <see cref="AuthorityTable"/> grants it something).
    /// </summary>
    /// <exception cref="ArgumentException">The code is not letters and digits starting with a capital letter.</exception>
    /// <param name="code">The authority's code, e.g. "CommuneChair".</param>
    /// <returns>The authority with that code.</returns>
    public static Authority FromCode(string code)
        => FindBuiltIn(code) ?? (IsCode(code)
            ? new Authority(code, code, code)
            : throw new ArgumentException($"An authority code is letters and digits starting with a capital letter, such as \"ProvinceChair\"; \"{code}\" is not.", nameof(code)));

    /// <summary>The built-in authority with <paramref name="code"/>, if there is one.</summary>
    /// <param name="code">The code to look up.</param>
    /// <param name="authority">The built-in authority when found; otherwise null.</param>
    /// <returns>True when a built-in authority has that code.</returns>
    public static bool TryGetBuiltIn(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Authority? authority)
    {
        authority = FindBuiltIn(code);
        return authority is not null;
    }

    /// <inheritdoc />
    public bool Equals(Authority? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Authority);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code.</summary>
    /// <returns>The authority's code.</returns>
    public override string ToString() => Code;

    /// <summary>Whether two authorities have the same code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(Authority? left, Authority? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two authorities have different codes.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(Authority? left, Authority? right) => !(left == right);

    private static Authority? FindBuiltIn(string? code)
    {
        foreach (var a in BuiltIn)
        {
            if (string.Equals(a.Code, code, StringComparison.Ordinal))
            {
                return a;
            }
        }

        return null;
    }

    private static bool IsCode(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 64 || code[0] is < 'A' or > 'Z')
        {
            return false;
        }

        foreach (char ch in code)
        {
            if (!char.IsAsciiLetterOrDigit(ch))
            {
                return false;
            }
        }

        return true;
    }
}
