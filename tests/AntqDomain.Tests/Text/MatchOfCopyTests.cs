using System.Text.RegularExpressions;
using AntqDomain.Language;
using AntqDomain.Reading;
using AntqDomain.Tests.Rules;

namespace AntqDomain.Tests.Text;

/// <summary>
/// The reader reads some patterns' groups from a copy of the matched part alone, not of the whole paragraph: for each
/// such pattern, over every line of the examples, fixtures and seeds and lines written to provoke them, the copy gives
/// the same match and the same groups, at the same places, as the whole text does.
/// </summary>
public class MatchOfCopyTests
{
    private static readonly string[] Provoking =
    [
        "Giao Công an huyện (cơ quan Thường trực) chủ trì, phối hợp với các ngành",
        "Công an xã: tham mưu cho Đảng ủy",
        "ab (cd) theo dõi",
        "Thực hiện Kế hoạch số 1975/KH-BCĐ ngày 12/4/2024 của Ban Chỉ đạo 138 tỉnh về tổ chức Ngày hội, Ban Chỉ đạo 138 huyện xây dựng kế hoạch thực hiện",
        "Căn cứ Kế hoạch số [số]/KH-BCĐ, ngày [ngày] của Ban Chỉ đạo 138 Tỉnh",
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 5 tháng 7 năm 2026 của UBND tỉnh (…), Công an xã triển khai thực hiện",
        "kế hoạch số 7/KH-BCĐ của ab  , x",
        "Chọn xã Tân Hương, huyện Yên Sơn tổ chức điểm; chọn phường A để tổ chức điểm, và tổ chức điểm tại thôn 3, xã B.",
        "chỉ đạo \"điểm\" ở trường THCS Kim Đồng",
    ];

    private static IEnumerable<string> Lines()
        => StatementCueTests.Corpus().Concat(Provoking).Select(VietnameseText.Fold).Distinct();

    public static TheoryData<string> Patterns() => ["agency", "showcase"];

    private static Regex PatternNamed(string name) => name == "agency" ? ContentExtractor.Agency() : TextPatterns.Showcase();

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Every_match_read_from_its_copy_has_the_groups_of_the_whole_text(string name)
    {
        var regex = PatternNamed(name);
        int matches = 0;
        foreach (string line in Lines())
        {
            // The first match; for the showcase, every match, as the reader takes them: each search starts after the previous one.
            var whole = name == "showcase" ? regex.Matches(line).ToList() : [.. new[] { regex.Match(line) }.Where(m => m.Success)];
            var rest = line.AsSpan();
            int offset = 0;
            foreach (Match expected in whole)
            {
                var m = TextPatterns.MatchOfCopy(regex, rest, out int at);
                Assert.True(m.Success, line);
                Assert.Equal(expected.Index, offset + at);
                Assert.Equal(expected.Value, m.Value);
                foreach (string group in regex.GetGroupNames())
                {
                    Assert.Equal(expected.Groups[group].Success, m.Groups[group].Success);
                    if (expected.Groups[group].Success)
                    {
                        Assert.Equal((expected.Groups[group].Index, expected.Groups[group].Value), (offset + at + m.Groups[group].Index, m.Groups[group].Value));
                    }
                }

                offset += at + m.Length;
                rest = rest[(at + m.Length)..];
                matches++;
            }

            if (name == "showcase" || whole.Count == 0)
            {
                Assert.False(TextPatterns.MatchOfCopy(regex, rest, out _).Success, line);
            }
        }

        Assert.True(matches >= 2, $"only {matches} matches of the {name} pattern were checked");
    }
}
