using System.Text.RegularExpressions;
using AntqDomain.Language;

namespace AntqDomain.Administration;

/// <summary>
/// Tells the level and unit type of a body from its name (<em>nhận diện cấp hành chính từ tên cơ quan</em>), e.g.
/// "Ban Chỉ đạo 138 huyện Bắc Sơn" → district, rural district; "UBND thị trấn Hữu Lũng" → commune, township.
/// </summary>
public static partial class UnitNameClassifier
{
    /// <summary>Classifies <paramref name="name"/>; (Unknown, null) when no unit word is found.</summary>
    /// <param name="name">A unit name as written, e.g. "xã Đồng Tâm" or "UBND tỉnh Tuyên Quang"; null gives (Unknown, null).</param>
    /// <returns>The administrative level and the unit type the name's unit word shows.</returns>
    public static (AdministrativeLevel Level, UnitType? UnitType) Classify(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return (AdministrativeLevel.Unknown, null);
        }

        // Words spaced unevenly ("UBND  huyện", a no-break space from a web copy) name the same unit.
        string n = SpacedWords.Even(VietnameseText.Normalize(name));
        string f = VietnameseText.Fold(n);
        if (f.Contains("trung uong", StringComparison.Ordinal) && !f.Contains("truc thuoc trung uong", StringComparison.Ordinal))
        {
            return (AdministrativeLevel.Central, null);
        }

        if (f.Contains("bo cong an", StringComparison.Ordinal) || f.Contains("chinh phu", StringComparison.Ordinal))
        {
            return (AdministrativeLevel.Central, null);
        }

        if (Spelled(Township(), n, f, UnitNames.Township))
        {
            return (AdministrativeLevel.Commune, UnitType.Township);
        }

        if (Spelled(SpecialZone(), n, f, UnitNames.SpecialZone))
        {
            return (AdministrativeLevel.Commune, UnitType.SpecialZone);
        }

        if (Spelled(DistrictTown(), n, f, UnitNames.DistrictTown))
        {
            return (AdministrativeLevel.District, UnitType.DistrictTown);
        }

        if (Spelled(Commune(), n, f, UnitNames.Commune))
        {
            return (AdministrativeLevel.Commune, UnitType.Commune);
        }

        if (Spelled(Ward(), n, f, UnitNames.Ward))
        {
            return (AdministrativeLevel.Commune, UnitType.Ward);
        }

        if (Spelled(RuralDistrict(), n, f, UnitNames.RuralDistrict))
        {
            return (AdministrativeLevel.District, UnitType.RuralDistrict);
        }

        if (Spelled(UrbanDistrict(), n, f, UnitNames.UrbanDistrict))
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

        if (Spelled(Province(), n, f, UnitNames.Province))
        {
            return (AdministrativeLevel.Province, UnitType.Province);
        }

        if (SpelledCity(n, f) is { } city)
        {
            // Only the centrally-run cities are of province level; any other "thành phố X" is a city under a
            // province (district level until 2025-06-30). A bare "thành phố" with no name stays province level.
            string rest = city.Groups["name"].Value;
            return rest.Length == 0 || IsCentralCity(rest)
                ? (AdministrativeLevel.Province, UnitType.CentralCity)
                : (AdministrativeLevel.District, UnitType.ProvincialCity);
        }

        return (AdministrativeLevel.Unknown, null);
    }

    /// <summary>
    /// Whether <paramref name="pattern"/> finds, in the folded name, the unit word <paramref name="word"/> spelled as
    /// such: "Cục Hải quan" folds to "cuc hai quan" but holds no "quận".
    /// </summary>
    private static bool Spelled(Regex pattern, string name, string folded, SpelledPhrase word)
    {
        foreach (var m in pattern.EnumerateMatches(folded))
        {
            if (word.IsAt(name, folded, m.Index))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first "thành phố X" or "TP. X" of the name (the abbreviation has no marks to check).</summary>
    private static Match? SpelledCity(string name, string folded)
    {
        for (var m = City().Match(folded); m.Success; m = m.NextMatch())
        {
            if (folded.AsSpan(m.Index).StartsWith("tp", StringComparison.Ordinal) || UnitNames.City.IsAt(name, folded, m.Index))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The centrally-run cities (<em>thành phố trực thuộc trung ương</em>), folded; Huế since 2025-01-01.</summary>
    private static bool IsCentralCity(string folded)
    {
        foreach (string c in (ReadOnlySpan<string>)["ha noi", "ho chi minh", "hcm", "hai phong", "da nang", "can tho", "hue", "truc thuoc trung uong"])
        {
            if (folded.StartsWith(c, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?:\bthanh pho|\btp\.?)\s*(?<name>[a-z][a-z ]{0,40})?", RegexOptions.CultureInvariant)]
    private static partial Regex City();

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
