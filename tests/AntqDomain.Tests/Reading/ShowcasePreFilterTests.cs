using AntqDomain.Language;
using AntqDomain.Reading;
using AntqDomain.Tests.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// The reader runs the showcase-site pattern only on paragraphs its pre-filter lets through; the pre-filter never
/// hides a site: every paragraph the pattern matches passes it, over every line of the examples, fixtures and seeds
/// and over random sentences built of the pattern's own words.
/// </summary>
public class ShowcasePreFilterTests
{
    private static string Squeezed(string text)
    {
        char[] folded = VietnameseText.Fold(text).ToCharArray();
        return new string(folded, 0, SqueezedSpaces.Squeeze(folded));
    }

    private static void AssertNotHidden(string text)
    {
        string f = Squeezed(text);
        Assert.True(!TextPatterns.Showcase().IsMatch(f) || ContentExtractor.MayNameShowcase(f), f);
    }

    [Fact]
    public void No_line_of_the_corpus_that_names_a_showcase_site_is_filtered_out()
    {
        int named = 0;
        foreach (string line in StatementCueTests.Corpus())
        {
            AssertNotHidden(line);
            named += TextPatterns.Showcase().IsMatch(Squeezed(line)) ? 1 : 0;
        }

        Assert.True(named > 0, "the corpus names no showcase site to check the pre-filter on");
    }

    [Fact]
    public void No_sentence_of_the_patterns_words_that_names_a_showcase_site_is_filtered_out()
    {
        var words = Gen.Elements("chọn", "xã", "Tân Hương", "huyện", "tổ chức", "chỉ đạo", "điểm", "\"điểm\"", "tại", "ở", "để", "làm", "là", "thôn 3", ",", ";", "  ", "\u00A0");
        Prop.ForAll(words.ArrayOf().Select(w => string.Join(' ', w)).ToArbitrary(), sentence => AssertNotHidden(sentence))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3_000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("Chọn xã Tân Hương tổ chức điểm", true)]
    [InlineData("Tổ chức điểm tại thôn 3, xã B", true)]
    [InlineData("chỉ đạo \"điểm\" ở trường THCS Kim Đồng", true)]
    [InlineData("Tập trung ở các địa bàn trọng điểm, phức tạp", false)]
    [InlineData("Tổ chức các hoạt động văn hóa, văn nghệ", false)]
    public void A_paragraph_passes_when_it_may_name_a_site(string paragraph, bool passes)
        => Assert.Equal(passes, ContentExtractor.MayNameShowcase(Squeezed(paragraph)));
}
