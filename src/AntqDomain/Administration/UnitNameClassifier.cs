using System.Text.RegularExpressions;
using AntqDomain.Text;

namespace AntqDomain.Administration;

/// <summary>
/// Tells the level and unit type of a body from its name (<em>nhận diện cấp hành chính từ tên cơ quan</em>), e.g.
/// "Ban Chỉ đạo 138 huyện Bắc Sơn" → district, rural district; "UBND thị trấn Hữu Lũng" → commune, township.
/// </summary>
public static partial class UnitNameClassifier
{
    /// <summary>Classifies <paramref name="name"/>; (Unknown, null) when no unit word is found.</summary>
    public static (AdministrativeLevel Level, UnitType? UnitType) Classify(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return (AdministrativeLevel.Unknown, null);
        }

        string f = VietnameseText.Fold(VietnameseText.Normalize(name));
        if (f.Contains("trung uong", StringComparison.Ordinal) && !f.Contains("truc thuoc trung uong", StringComparison.Ordinal))
        {
            return (AdministrativeLevel.Central, null);
        }

        if (f.Contains("bo cong an", StringComparison.Ordinal) || f.Contains("chinh phu", StringComparison.Ordinal))
        {
            return (AdministrativeLevel.Central, null);
        }

        if (Township().IsMatch(f))
        {
            return (AdministrativeLevel.Commune, UnitType.Township);
        }

        if (SpecialZone().IsMatch(f))
        {
            return (AdministrativeLevel.Commune, UnitType.SpecialZone);
        }

        if (DistrictTown().IsMatch(f))
        {
            return (AdministrativeLevel.District, UnitType.DistrictTown);
        }

        if (Commune().IsMatch(f))
        {
            return (AdministrativeLevel.Commune, UnitType.Commune);
        }

        if (Ward().IsMatch(f))
        {
            return (AdministrativeLevel.Commune, UnitType.Ward);
        }

        if (RuralDistrict().IsMatch(f))
        {
            return (AdministrativeLevel.District, UnitType.RuralDistrict);
        }

        if (UrbanDistrict().IsMatch(f))
        {
            return (AdministrativeLevel.District, UnitType.UrbanDistrict);
        }

        if (f.Contains("thanh pho thuoc tinh", StringComparison.Ordinal))
        {
            return (AdministrativeLevel.District, UnitType.ProvincialCity);
        }

        if (Sector().IsMatch(f))
        {
            return (AdministrativeLevel.Sector, null);
        }

        if (Province().IsMatch(f))
        {
            return (AdministrativeLevel.Province, UnitType.Province);
        }

        if (f.Contains("thanh pho", StringComparison.Ordinal) || f.Contains("tp.", StringComparison.Ordinal))
        {
            return (AdministrativeLevel.Province, UnitType.CentralCity);
        }

        return (AdministrativeLevel.Unknown, null);
    }

    [GeneratedRegex(@"\bthi tran\b", RegexOptions.CultureInvariant)]
    private static partial Regex Township();

    [GeneratedRegex(@"\bdac khu\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpecialZone();

    [GeneratedRegex(@"\bthi xa\b", RegexOptions.CultureInvariant)]
    private static partial Regex DistrictTown();

    [GeneratedRegex(@"(?<!thi )\bxa\b(?!\s+hoi)(?!,)", RegexOptions.CultureInvariant)]
    private static partial Regex Commune();

    [GeneratedRegex(@"\bphuong\b(?!\s+(?:huong|an|phap|cham|tien|thuc)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Ward();

    [GeneratedRegex(@"\bhuyen\b", RegexOptions.CultureInvariant)]
    private static partial Regex RuralDistrict();

    [GeneratedRegex(@"(?<!co |tu |chu )\bquan\b(?!\s+(?:ly|chung|doi|su|tam|he|trong|diem|niem|ao|sat|triet|nhan|ham)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex UrbanDistrict();

    [GeneratedRegex(@"\btinh\b(?!\s+(?:hinh|than|nhue|thuc|chat|cam|toan|tu|nang|thuong)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Province();

    [GeneratedRegex(@"^(?:so|ban dan toc|truong|cong ty|doanh nghiep|benh vien|dai hoc|hoc vien|ngan hang|tong cong ty|chi cuc|cuc)\b|\b(?:so giao duc|so y te|truong (?:dai hoc|cao dang|trung hoc|thpt|thcs|tieu hoc))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Sector();
}
