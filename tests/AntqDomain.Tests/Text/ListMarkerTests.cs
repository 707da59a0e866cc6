using FsCheck;
using FsCheck.Fluent;
using AntqDomain.Language;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Text;

/// <summary>The hand-written list-marker reader reads exactly what the marker pattern defines.</summary>
public class ListMarkerTests
{
    [Theory]
    [InlineData("1. giáo dục", "1.")]
    [InlineData("2.1. nội dung", "2.1.")]
    [InlineData("2.1 nội dung", "2.1")]
    [InlineData("a) điểm", "a)")]
    [InlineData("(3) phát biểu", "(3)")]
    [InlineData("- gạch đầu dòng", "-")]
    [InlineData("• chấm", "•")]
    [InlineData("123 người", null)]
    [InlineData("19/8/2026", null)]
    [InlineData("ab) x", null)]
    [InlineData("c. khen thưởng", "c.")]
    [InlineData("b.\tphần hội", "b.")]
    [InlineData("c.khen", null)]
    [InlineData("c.", null)]
    [InlineData("ab. x", null)]
    public void A_marker_is_read_at_the_start_of_a_paragraph(string text, string? marker)
        => Assert.Equal(marker, TextPatterns.MatchMarker(VietnameseText.Fold(text)).Marker);

    [Fact]
    public void The_reader_agrees_with_the_pattern_on_any_text_made_of_marker_characters()
    {
        var alphabet = Gen.Elements('1', '2', '9', '0', '.', ' ', ')', '(', 'a', 'z', 'đ', '-', '•', '\t', 'x');
        var gen = Gen.ArrayOf(alphabet).Select(a => new string(a));
        Prop.ForAll(gen.ToArbitrary(), s =>
        {
            var regex = TextPatterns.Marker().Match(s);
            var hand = TextPatterns.MatchMarker(s);
            Assert.Equal(regex.Success, hand.Success);
            if (regex.Success)
            {
                Assert.Equal(regex.Groups["m"].Value, hand.Marker);
                Assert.Equal(regex.Length, hand.Length);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20_000).WithQuietOnSuccess(true));
    }
}
