using System.Text.RegularExpressions;

namespace AntqDomain.Text;

/// <summary>
/// The regular expressions of the readers and rules. All run on folded text (lower case, no diacritics, see
/// <see cref="VietnameseText.Fold"/>), are anchored or bounded, and carry a match timeout as a second guard.
/// </summary>
internal static partial class TextPatterns
{
    private const int TimeoutMs = 1000;

    /// <summary>"so: 1975/kh-bcd" at the start of a header cell.</summary>
    [GeneratedRegex(@"^so\s*[:.]?\s*(?<n>[0-9]{0,9}\s*/\s*[\p{L}0-9]+(?:\s*[-–]\s*[\p{L}0-9]+)*|\S{1,40})?", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex NumberCell();

    /// <summary>
    /// Place-and-date line: "bac son, ngay 05 thang 7 nam 2024" (day and month may be blank). The year takes every
    /// digit written (up to nine are kept), so that a mistyped "nam 20261" is an impossible year, not 2026.
    /// </summary>
    [GeneratedRegex(@"(?<place>[^\t,;:/0-9]{1,60}),\s*ngay\s*(?<d>[0-9]{0,2})\s*(?:\.{0,6}|…?)\s*thang\s*(?<m>[0-9]{0,2})\s*(?:\.{0,6}|…?)\s*nam\s*(?<y>[0-9]{0,9})[0-9]*", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex PlaceDate();

    /// <summary>Roman-numbered part heading: "ii. noi dung", "iii- khen thuong".</summary>
    [GeneratedRegex(@"^(?<r>[ivx]{1,4})\s*[.\-–:)/]\s*(?<h>\S.{0,200})$", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex RomanHeading();

    /// <summary>List marker: "1.", "2.1.", "2.1", "a)", "(3)", "-", "+", "•".</summary>
    [GeneratedRegex(@"^(?<m>[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}\.?(?=\s)|[a-zđ]\)|\([0-9]{1,2}\)|[-+•–*·])\s*", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Marker();

    /// <summary>Inline ceremony step numbers "(1)".</summary>
    [GeneratedRegex(@"\((?<n>[0-9]{1,2})\)", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex InlineStepNumber();

    /// <summary>The parent plan in a basis sentence: "ke hoach so 1975/kh-bcd ngay 12/4/2024 cua ...".</summary>
    [GeneratedRegex(@"ke hoach\s+so\s*:?\s*(?<n>[0-9]{0,9}\s*/\s*[\p{L}0-9]+(?:\s*[-–]\s*[\p{L}0-9]+)*)(?:\s*,?\s*ngay\s*(?<date>[0-9]{1,2}\s*[/.\-]\s*[0-9]{1,2}\s*[/.\-]\s*[0-9]{4}|[0-9]{1,2}\s+thang\s+[0-9]{1,2}\s+nam\s+[0-9]{4}))?(?:\s*cua\s+(?<iss>[^,;(]{3,160}?)(?=\s+ve\s|\s*[,;(]|\s*$))?", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex ParentPlan();

    /// <summary>The issuing body named in the basis: ", ban chi dao ... huyen (...) xay dung ke hoach".</summary>
    [GeneratedRegex(@",\s*(?<self>(?:ban chi dao|uy ban nhan dan|ubnd|cong an|so |truong )[^,]{2,200}?)\s+(?:xay dung|ban hanh|trien khai)\s+(?:ke hoach|thuc hien)", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex SelfIssuer();

    /// <summary>A date range "tu [ngay] A (den|-|–) [het] [ngay] B", A a day or a month.</summary>
    [GeneratedRegex(@"tu\s+(?:ngay\s+)?(?<a>[0-9]{1,2}\s*[/.\-]\s*[0-9]{1,2}(?:\s*[/.\-]\s*[0-9]{4})?|thang\s+[0-9]{1,2}(?:\s*[/.\-]\s*[0-9]{4}|\s+nam\s+[0-9]{4})?)\s*(?:,\s*)?(?:den|toi|[-–—])\s*(?:het\s+)?(?:ngay\s+)?(?<b>[0-9]{1,2}\s*[/.\-]\s*[0-9]{1,2}(?:\s*[/.\-]\s*[0-9]{4})?|thang\s+[0-9]{1,2}(?:\s*[/.\-]\s*[0-9]{4}|\s+nam\s+[0-9]{4})?)", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex DateRange();

    /// <summary>"tu ngay 18/7" (flags and banners).</summary>
    [GeneratedRegex(@"tu\s+ngay\s+(?<d>[0-9]{1,2})\s*[/.\-]\s*(?<m>[0-9]{1,2})(?:\s*[/.\-]\s*(?<y>[0-9]{4}))?", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex FromDay();

    /// <summary>Showcase site: "chon xa tan huong to chuc diem", "to chuc diem tai ...".</summary>
    [GeneratedRegex(@"chon\s+(?<s>(?:xa|phuong|thi tran|dac khu|thon|ban|xom|ap|to dan pho|khu pho|khu dan cu|huyen|quan|thi xa|thanh pho|truong|cong ty|co quan)\s+[^,;.()]{1,60}?)\s+(?:de\s+)?(?:to chuc\s+|lam\s+|la\s+)?(?:diem|""diem"")|(?:to chuc|chi dao)\s+(?:diem|""diem"")\s+(?:tai|o)\s+(?<t>[^,;.()]{2,60})", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Showcase();

    /// <summary>A year after "nam": four digits, or more (kept whole, so that "năm 20261" is not read as 2026).</summary>
    [GeneratedRegex(@"nam\s+(?<y>[0-9]{4,9})(?![0-9])", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex YearAfterNam();
}
