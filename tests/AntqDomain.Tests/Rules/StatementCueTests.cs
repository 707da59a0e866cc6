using AntqDomain.Language;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// The pre-filter of the text scan is derived from each pattern's declared cues, and the cues are honest: every match
/// of a pattern contains one of them, so the pre-filter never hides a statement.
/// </summary>
public class StatementCueTests
{
    private static readonly string[] Synthetic =
    [
        "kỷ niệm 81 năm Ngày truyền thống Công an nhân dân Việt Nam",
        "lực lượng Công an nhân dân qua 80 năm xây dựng, chiến đấu và trưởng thành",
        "80 năm Cách mạng tháng Tám thành công",
        "80 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "21 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
        "Ngày hội toàn dân bảo vệ an ninh Tổ quốc lần thứ 21",
        "Ngày hội toàn dân bảo vệ an ninh Tổ quốc (ngày 19/8/2026)",
        "xây dựng lực lượng cách mạng, chính quy, tinh nhuệ, từng bước hiện đại",
        "Tổ chức Lễ kỷ niệm 81 năm Ngày truyền thống Công an nhân dân",
    ];

    private static IEnumerable<string> Corpus()
    {
        foreach (string s in Synthetic)
        {
            yield return s;
        }

        var files = Directory.EnumerateFiles(Repo.PathOf("docs", "examples"), "*.txt")
            .Concat(Directory.EnumerateFiles(Repo.PathOf("tests", "AntqDomain.Tests", "Fixtures"), "*.txt", SearchOption.AllDirectories));
        string seeds = Path.Combine(Repo.Root, "..", "shared", "domain", "seeds");
        if (Directory.Exists(seeds))
        {
            files = files.Concat(Directory.EnumerateFiles(seeds));
        }

        foreach (string file in files)
        {
            foreach (string line in File.ReadLines(file))
            {
                yield return line;
            }
        }
    }

    public static TheoryData<int> Patterns() => [.. Enumerable.Range(0, PlanScanner.Patterns.Count())];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Every_match_of_a_pattern_contains_one_of_its_cues(int index)
    {
        var p = PlanScanner.Patterns.ElementAt(index);
        int matches = 0;
        foreach (string text in Corpus())
        {
            foreach (System.Text.RegularExpressions.Match m in p.Regex.Matches(VietnameseText.Fold(text)))
            {
                matches++;
                Assert.True(p.Cues.Any(c => m.Value.Contains(c, StringComparison.Ordinal)), $"{p.Kind}: \"{m.Value}\" contains none of {string.Join(", ", p.Cues)}");
            }
        }

        Assert.True(matches > 0, $"{p.Kind}: the corpus has no statement of this pattern to check its cues on");
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Every_cue_is_a_literal_of_its_pattern(int index)
    {
        var p = PlanScanner.Patterns.ElementAt(index);
        Assert.NotEmpty(p.Cues);
        Assert.All(p.Cues, c => Assert.Contains(c, p.Regex.ToString(), StringComparison.Ordinal));
    }
}
