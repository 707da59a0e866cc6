using AntqDomain.Language;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

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

    /// <summary>Texts that state what the patterns look for: the synthetic statements, and every line of the examples, fixtures and seeds.</summary>
    internal static IEnumerable<string> Corpus()
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
                Assert.True(!p.StatesNumber || m.Value.AsSpan().IndexOfAnyInRange('0', '9') >= 0, $"{p.Kind}: \"{m.Value}\" has no digit, yet the pattern is run only on texts with one");
            }
        }

        Assert.True(matches > 0, $"{p.Kind}: the corpus has no statement of this pattern to check its cues on");
    }

    /// <summary>
    /// Texts where cues overlap, repeat or share a beginning, and phrases share a gate: each statement is still found, at
    /// its first occurrence, whatever the cues, digits and gates let the scan skip.
    /// </summary>
    public static TheoryData<string, string, string> OverlappingCues() => new()
    {
        { "kỷ niệm chương vì sự nghiệp bảo vệ an ninh; kỷ niệm chương vì an ninh Tổ quốc", "MisnamedMedal", "ky niem chuong vi su nghiep bao ve" },
        { "kỷ niệm chương vì sự nghiệp bảo vệ an ninh; kỷ niệm chương vì an ninh Tổ quốc", "MisnamedMedal", "ky niem chuong vi an ninh to quoc" },
        { "Ngày hội toàn dân vì an ninh Tổ quốc và Ngày hội toàn dân vì an ninh Tổ quốc", "MisnamedFestival", "ngay hoi toan dan vi an ninh to quoc" },
        { "phong trào toàn dân vì an ninh Tổ quốc", "MisnamedMovement", "phong trao toan dan vi an ninh to quoc" },
        { "theo Thông tư 23/2012/TT-BCA và 11/2021/TT-BCA, Nghị định 91/2017/NĐ-CP", "Circular11Of2021", "11/2021/tt-bca" },
        { "theo Thông tư 23/2012/TT-BCA và 11/2021/TT-BCA, Nghị định 91/2017/NĐ-CP", "Decree91Of2017", "91/2017/nd-cp" },
        { "kỷ niệm 81 năm Ngày truyền thống Công an nhân dân", "PoliceYears", "81" },
        { "Công an nhân dân qua 80 năm xây dựng; 80 năm Quốc khánh", "NationalDayYears", "80 nam quoc khanh" },
        { "Công an nhân dân qua 80 năm xây dựng; 80 năm Quốc khánh", "PoliceYears", "80 nam xay dung" },
        { "cách mạng, chính quy, tinh nhuệ, từng bước hiện đại", "OutdatedPoliceFormula", "cach mang, chinh quy" },
        { "Chào mừng kỷ niệm 80 năm (19/8/1945 – 19/8/2025) bằng nhiều hoạt động", "AnniversaryRange", "19/8/1945" },
    };

    [Theory]
    [MemberData(nameof(OverlappingCues))]
    public void A_statement_is_found_at_its_first_occurrence_whatever_cues_surround_it(string text, string kind, string expected)
    {
        var mentions = PlanScanner.ScanText(new AntqDomain.Documents.PlanText(text));
        string folded = VietnameseText.Fold(text);
        Assert.Contains(mentions, m => m.Kind.ToString() == kind && m.Offset == folded.IndexOf(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_phrase_contains_its_gate_so_the_gate_never_hides_it()
    {
        Assert.NotEmpty(PlanScanner.PhraseStatements);
        Assert.All(PlanScanner.PhraseStatements, p => Assert.Contains(p.Gate, p.Phrase, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Every_cue_is_a_literal_of_its_pattern(int index)
    {
        var p = PlanScanner.Patterns.ElementAt(index);
        Assert.NotEmpty(p.Cues);
        Assert.All(p.Cues, c => Assert.Contains(c, p.Regex.ToString(), StringComparison.Ordinal));
    }

    private static Arbitrary<string> DateLikeText()
        => Gen.Elements("1", "19", "8", "2", "9", "1945", "2026", "/", ".", "-", "–", "—", " ", "  ", "\u00A0", "a", "(", ")", "ngay ", "den", "den ngay ", "ngay")
            .ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Fact]
    public void The_join_test_before_the_range_pattern_never_hides_a_range()
    {
        foreach (string text in Corpus())
        {
            string f = VietnameseText.Fold(text);
            Assert.True(!PlanScanner.AnniversaryRange().IsMatch(f) || PlanScanner.JoinsTwoDates(f), f);
        }

        Prop.ForAll(DateLikeText(), text =>
        {
            string f = VietnameseText.Fold(text);
            Assert.True(!PlanScanner.AnniversaryRange().IsMatch(f) || PlanScanner.JoinsTwoDates(f), f);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2_000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("(19/8/1945 – 19/8/2026)", true)]
    [InlineData("19.8.1945-19.8.2026", true)]
    [InlineData("2/9/1945 —\u00A0 2/9/2026", true)]
    [InlineData("Kế hoạch số 1975/KH-BCĐ ngày 12/4/2024 và ngày 19/8/2026", false)]
    [InlineData("từ ngày 01/8/2026 đến ngày 19/8/2026", true)]
    [InlineData("19/8/1945 đến19/8/2026", true)]
    [InlineData("1945đến 2026", true)]
    [InlineData("2026 - năm", false)]
    [InlineData("- 2026", false)]
    [InlineData("từ năm 2021 đến năm 2026", false)]
    [InlineData("ngày 19/8/2026 đền thờ 2", false)]
    [InlineData("19/8/2025 đến", false)]
    [InlineData("2025 đếnngày 19", false)]
    [InlineData("từ 19/8/2025 đến ngày", false)]
    public void Two_dates_join_only_by_a_dash_or_den_between_two_digits_spaces_aside(string text, bool joins)
        => Assert.Equal(joins, PlanScanner.JoinsTwoDates(VietnameseText.Fold(text)));
}
