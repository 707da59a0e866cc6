using System.Globalization;
using System.Text.RegularExpressions;
using AntqDomain.Documents;
using AntqDomain.Plans;
using AntqDomain.Text;

namespace AntqDomain.Rules;

/// <summary>What the text-reading rules look for.</summary>
internal enum MentionKind
{
    PoliceYears,
    AugustRevolutionYears,
    NationalDayYears,
    FestivalYears,
    AnniversaryRange,
    Edition,
    FestivalDay,
    MisnamedFestival,
    MisnamedMedal,
    MisnamedMovement,
    OutdatedPoliceFormula,
    Circular23Of2012,
    Circular11Of2021,
    Decree91Of2017,
}

/// <summary>A statement found in the plan's text, with the number or dates it states and where.</summary>
internal sealed record Mention(MentionKind Kind, int A, int B, Location? At, string Path, string Excerpt);

/// <summary>
/// The statements of a plan's text that the calendar and content rules check: anniversary counts, date ranges,
/// editions, festival-day dates, mis-named institutions, outdated formulas and superseded regulations. Computed once
/// per plan (the validator caches it), on folded text so diacritics and case do not matter.
/// </summary>
internal static partial class PlanScanner
{
    public static IReadOnlyList<Mention> Scan(FestivalPlan plan)
    {
        var list = new List<Mention>();
        foreach (var (text, path) in plan.AllText())
        {
            string s = text.Text;
            if (s.Length == 0 || !HasCue(s))
            {
                continue;
            }

            string f = VietnameseText.Fold(s);
            Collect(list, MentionKind.PoliceYears, PoliceCount(), f, text, path, "n");
            Collect(list, MentionKind.PoliceYears, PoliceCountAfter(), f, text, path, "n");
            Collect(list, MentionKind.AugustRevolutionYears, RevolutionCount(), f, text, path, "n");
            Collect(list, MentionKind.NationalDayYears, NationalDayCount(), f, text, path, "n");
            Collect(list, MentionKind.FestivalYears, FestivalCount(), f, text, path, "n");
            Collect(list, MentionKind.Edition, Edition(), f, text, path, "n");
            foreach (Match m in Range().Matches(f))
            {
                int da = Int(m.Groups["da"]), ma = Int(m.Groups["ma"]), db = Int(m.Groups["db"]), mb = Int(m.Groups["mb"]);
                bool anniversary = da == db && ma == mb && ((da == 19 && ma == 8) || (da == 2 && ma == 9));
                if (!anniversary)
                {
                    continue;
                }

                list.Add(new Mention(MentionKind.AnniversaryRange, Int(m.Groups["a"]), Int(m.Groups["b"]), text.At?.Shift(m.Index, m.Length), path, s.Substring(m.Index, m.Length)));
            }

            foreach (Match m in FestivalDay().Matches(f))
            {
                var g = m.Groups["d"];
                int len = m.Index + m.Length - g.Index;
                list.Add(new Mention(MentionKind.FestivalDay, Int(g), Int(m.Groups["m"]), text.At?.Shift(g.Index, len), path, s.Substring(g.Index, len)));
            }

            Phrase(list, MentionKind.MisnamedFestival, f, "ngay hoi toan dan vi an ninh to quoc", text, path);
            Phrase(list, MentionKind.MisnamedMedal, f, "ky niem chuong vi an ninh to quoc", text, path);
            Phrase(list, MentionKind.MisnamedMedal, f, "ky niem chuong \"vi an ninh to quoc", text, path);
            Phrase(list, MentionKind.MisnamedMedal, f, "ky niem chuong “vi an ninh to quoc", text, path);
            Phrase(list, MentionKind.MisnamedMedal, f, "ky niem chuong vi su nghiep bao ve", text, path);
            Phrase(list, MentionKind.MisnamedMovement, f, "phong trao toan dan vi an ninh to quoc", text, path);
            foreach (Match m in OutdatedFormula().Matches(f))
            {
                if (!InsideQuotes(s, m.Index))
                {
                    list.Add(new Mention(MentionKind.OutdatedPoliceFormula, 0, 0, text.At?.Shift(m.Index, m.Length), path, s.Substring(m.Index, m.Length)));
                }
            }

            Phrase(list, MentionKind.Circular23Of2012, f, "23/2012/tt-bca", text, path);
            Phrase(list, MentionKind.Circular11Of2021, f, "11/2021/tt-bca", text, path);
            Phrase(list, MentionKind.Decree91Of2017, f, "91/2017/nd-cp", text, path);
        }

        return list;
    }

    /// <summary>A cheap pre-filter: only text with a digit or one of the phrase cues is matched further.</summary>
    private static bool HasCue(string s)
        => s.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || s.Contains("Vì", StringComparison.OrdinalIgnoreCase) || s.Contains("vi an", StringComparison.OrdinalIgnoreCase)
           || s.Contains("từng bước", StringComparison.OrdinalIgnoreCase) || s.Contains("tung buoc", StringComparison.OrdinalIgnoreCase);

    private static bool InsideQuotes(string s, int index)
    {
        int open = s.LastIndexOfAny(['“', '"'], index);
        if (open < 0)
        {
            return false;
        }

        int close = s.IndexOfAny(['”', '"'], open + 1);
        return close < 0 || close > index;
    }

    private static void Collect(List<Mention> list, MentionKind kind, Regex regex, string f, PlanText text, string path, string group)
    {
        foreach (Match m in regex.Matches(f))
        {
            var g = m.Groups[group];
            int len = Math.Min(g.Length + 4, text.Text.Length - g.Index);
            list.Add(new Mention(kind, Int(g), 0, text.At?.Shift(g.Index, len), path, text.Text.Substring(g.Index, len)));
        }
    }

    private static void Phrase(List<Mention> list, MentionKind kind, string f, string phrase, PlanText text, string path)
    {
        int at = f.IndexOf(phrase, StringComparison.Ordinal);
        if (at >= 0)
        {
            list.Add(new Mention(kind, 0, 0, text.At?.Shift(at, phrase.Length), path, text.Text.Substring(at, phrase.Length)));
        }
    }

    private static int Int(Group g)
        => g.Success && g.Length <= 6 ? int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : -1;

    [GeneratedRegex(@"(?<n>\d{1,3})\s+nam\s+(?:ngay\s+)?truyen thong\s+(?:luc luong\s+)?(?:cong an nhan dan|cand)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PoliceCount();

    [GeneratedRegex(@"(?:cong an nhan dan|cand)(?:\s+viet nam)?\s+(?:qua|trong)\s+(?<n>\d{1,3})\s+nam\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PoliceCountAfter();

    [GeneratedRegex(@"(?<n>\d{1,3})\s+nam\s+(?:ngay\s+)?cach mang thang\s+(?:8|tam)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RevolutionCount();

    [GeneratedRegex(@"(?<n>\d{1,3})\s+nam\s+(?:ngay\s+)?quoc khanh\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NationalDayCount();

    [GeneratedRegex(@"(?<n>\d{1,3})\s+nam\s+[""“]?ngay hoi toan dan bao ve\s+(?:an ninh to quoc|antq)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FestivalCount();

    [GeneratedRegex(@"ngay hoi toan dan bao ve\s+(?:an ninh to quoc|antq)[""”]?[^.;]{0,40}?\blan thu\s+(?<n>\d{1,3})\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Edition();

    [GeneratedRegex(@"\b(?<da>\d{1,2})\s*[/.\-]\s*(?<ma>\d{1,2})\s*[/.\-]\s*(?<a>\d{4})\s*[-–—]\s*(?<db>\d{1,2})\s*[/.\-]\s*(?<mb>\d{1,2})\s*[/.\-]\s*(?<b>\d{4})\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Range();

    [GeneratedRegex(@"ngay hoi toan dan bao ve\s+(?:an ninh to quoc|antq)[""”]?(?:\s*\((?:antq)\))?(?:\s+nam\s+\d{4})?\s*(?:\(|,|:)?\s*(?:(?:duoc\s+)?(?:to chuc|dien ra)\s+)?(?:vao\s+)?ngay\s+(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})(?:\s*[/.\-]\s*\d{4})?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FestivalDay();

    [GeneratedRegex(@"chinh quy,\s*tinh nhue,\s*tung buoc hien dai", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OutdatedFormula();
}
