using System.Text.RegularExpressions;
using AntqDomain.Language;
using AntqDomain.Reading;
using AntqDomain.Tests.Rules;

namespace AntqDomain.Tests.Text;

/// <summary>
/// The reader reads some patterns' groups from a string: a short text whole, a long one from a copy of the matched part
/// alone: for each such pattern, over every line of the examples, fixtures and seeds and lines written to provoke them,
/// each also behind a long lead, the match gives the same groups, at the same places, as the whole text does.
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

    /// <summary>A lead that makes any line longer than the texts matched whole, so that its match is read from a copy.</summary>
    private static readonly string LongLead = string.Concat(Enumerable.Repeat("noi dung van ban; ", 32));

    private static IEnumerable<string> Lines()
        => StatementCueTests.Corpus().Concat(Provoking).Select(VietnameseText.Fold).SelectMany(l => new[] { l, LongLead + l }).Distinct();

    /// <summary>Each pattern read so, read both ways: from a copy of its match, and (a long match) a short text whole.</summary>
    public static TheoryData<string, bool> Patterns()
    {
        var data = new TheoryData<string, bool>();
        foreach (string name in (string[])["agency", "self issuer", "parent plan", "showcase"])
        {
            data.Add(name, false);
            data.Add(name, true);
        }

        return data;
    }

    private static Regex PatternNamed(string name) => name switch
    {
        "agency" => ContentExtractor.Agency(),
        "self issuer" => TextPatterns.SelfIssuer(),
        "parent plan" => TextPatterns.ParentPlan(),
        _ => TextPatterns.Showcase(),
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Every_match_read_from_its_copy_has_the_groups_of_the_whole_text(string name, bool longMatch)
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
                var m = TextPatterns.MatchOfCopy(regex, rest, out int at, longMatch);
                Assert.True(m.Success, line);
                Assert.Equal(expected.Index, offset + at + m.Index);
                Assert.Equal(expected.Value, m.Value);
                foreach (string group in regex.GetGroupNames())
                {
                    Assert.Equal(expected.Groups[group].Success, m.Groups[group].Success);
                    if (expected.Groups[group].Success)
                    {
                        Assert.Equal((expected.Groups[group].Index, expected.Groups[group].Value), (offset + at + m.Groups[group].Index, m.Groups[group].Value));
                    }
                }

                offset += at + m.Index + m.Length;
                rest = rest[(at + m.Index + m.Length)..];
                matches++;
            }

            if (name == "showcase" || whole.Count == 0)
            {
                Assert.False(TextPatterns.MatchOfCopy(regex, rest, out _, longMatch).Success, line);
            }
        }

        Assert.True(matches >= 2, $"only {matches} matches of the {name} pattern were checked");
    }
}
