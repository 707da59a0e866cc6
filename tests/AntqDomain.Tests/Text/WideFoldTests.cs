using AntqDomain.Language;
using AntqDomain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Text;

/// <summary>
/// Long texts are folded 64 characters at a time where the processor allows it; whatever the path, every character
/// folds as it does alone, in every place of a block and of the last, overlapping one.
/// </summary>
public class WideFoldTests
{
    private const string Sample = "Kế hoạch tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” – năm 2026, ĐẢNG ỦY xã Ơn Ưng: 19/8; ";

    private static string OneByOne(ReadOnlySpan<char> text)
    {
        var folded = new char[text.Length];
        VietnameseText.FoldOneByOne(text, folded);
        return new string(folded);
    }

    private static string Wide(string text)
    {
        var folded = new char[text.Length];
        Assert.True(WideFold.TryFold(text, folded), "a long text, another buffer, a processor with VBMI");
        return new string(folded);
    }

    [WideSearchFact]
    public void Every_character_folds_as_it_does_alone_in_every_lane_of_a_block()
    {
        // 130 characters: two whole blocks and a last one overlapping them; each character lands in a place that moves
        // with its code, so every lane meets characters of every range.
        string background = string.Concat(Enumerable.Repeat(Sample, 2))[..130];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var chars = background.ToCharArray();
            chars[c % chars.Length] = (char)c;
            chars[(c * 7 + 3) % chars.Length] = (char)c;
            string text = new(chars);
            Assert.Equal(OneByOne(text), Wide(text));
        }
    }

    [WideSearchFact]
    public void Random_long_texts_fold_as_their_characters_one_by_one()
    {
        const string Pool = "AZaz@[`{09 \t\n.,:;()“”–—\u007F\u0080\u009F\u00A0\u00BF\u00C0\u00C6\u00D7\u00DFÀàĂăÂâĐđÊêÔôƠơƯư\u01BF\u01C0\u1E9F\u1EA0ẠạẢảẤấẦầỄễỆệỲỳỸỹ\u1EFF\u1F00٢２२\u200B\u2070\uD800\uDC00\uFFFD";
        var character = Gen.OneOf(Gen.Elements(Pool.ToCharArray()), Gen.Choose(0, char.MaxValue).Select(c => (char)c));
        var texts = Gen.Choose(WideFold.MinLength, 400).SelectMany(n => character.ArrayOf(n)).Select(chars => new string(chars)).ToArbitrary();
        Prop.ForAll(texts, text => Assert.Equal(OneByOne(text), Wide(text)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2_000).WithQuietOnSuccess(true));
    }

    [WideSearchFact]
    public void The_table_stands_for_three_ranges_laid_end_to_end_each_character_once()
    {
        var characters = Enumerable.Range(0, 512).Select(WideFold.CharacterAt).ToArray();
        Assert.Equal(512, characters.Distinct().Count());
        Assert.All(characters, c => Assert.True(c < '\u0080' || c is >= '\u00A0' and <= '\u01BF' || c is >= '\u1EA0' and <= '\u1EFF', $"U+{(int)c:X4}"));
    }

    [Fact]
    public void A_text_folded_into_its_own_buffer_comes_out_as_when_folded_into_another()
    {
        string text = string.Concat(Enumerable.Repeat(Sample, 3));
        var buffer = text.ToCharArray();
        VietnameseText.FoldInto(buffer, buffer);
        Assert.Equal(OneByOne(text), new string(buffer));
    }

    [Fact]
    public void Texts_of_every_length_around_a_block_fold_as_their_characters_one_by_one()
    {
        string longText = string.Concat(Enumerable.Repeat(Sample, 4));
        for (int n = 0; n <= 3 * WideFold.MinLength + 1; n++)
        {
            string text = longText[..n];
            Assert.Equal(OneByOne(text), VietnameseText.Fold(text));
        }
    }
}
