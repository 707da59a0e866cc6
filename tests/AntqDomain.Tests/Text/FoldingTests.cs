using System.Globalization;
using System.Text;
using AntqDomain.Language;

namespace AntqDomain.Tests.Text;

/// <summary>Folding (lower case, no diacritics, đ → d, plain spaces) is what every text comparison of the library relies on.</summary>
public class FoldingTests
{
    [Theory]
    [InlineData("NGÀY HỘI TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC", "ngay hoi toan dan bao ve an ninh to quoc")]
    [InlineData("Đảng ủy, Ủy ban nhân dân", "dang uy, uy ban nhan dan")]
    [InlineData("“Cổng trường an toàn” – ưu tiên", "“cong truong an toan” – uu tien")]
    [InlineData("Kỷ niệm chương", "ky niem chuong")]
    [InlineData("Ngày\u00A0hội\ttoàn\u2003dân\u3000bảo vệ", "ngay hoi toan dan bao ve")]
    [InlineData("", "")]
    public void Folding_lowers_case_and_removes_Vietnamese_diacritics(string text, string folded)
        => Assert.Equal(folded, VietnameseText.Fold(text));

    [Fact]
    public void Every_character_folds_as_its_lower_case_base_letter_a_plain_space_or_stays_itself()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            Assert.Equal(Reference(ch), VietnameseText.FoldChar(ch));
            Assert.Equal(Reference(ch).ToString(), VietnameseText.Fold(ch.ToString()));
        }
    }

    [Fact]
    public void Every_character_folds_the_same_in_every_place_of_a_long_text()
    {
        // Each character is tried in eight places of a longer text, among capitals, the ASCII neighbours of the capital
        // letters and Vietnamese letters: a faster fold of whole texts must not treat a place or a neighbour apart.
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            for (int place = 0; place < 8; place++)
            {
                string text = string.Concat("@AZ[`az{ĐỄ".AsSpan(0, place), ch.ToString(), "ÀĂÂĐÊÔƠƯ@AZ[`az{");
                Assert.Equal(OneByOne(text), VietnameseText.Fold(text));
            }
        }
    }

    [Fact]
    public void Random_texts_of_every_length_fold_as_their_characters_one_by_one()
    {
        var random = new Random(20260819);
        const string Pool = "AZaz@[`{09 \t.,:;()“”–—ÀàĂăÂâĐđÊêÔôƠơƯưẠạẢảẤấẦầỄễỆệỲỳỸỹ٢２२\u00A0\u200B\uFFFD";
        for (int n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(0, 70)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0 ? (char)random.Next(0, char.MaxValue + 1) : Pool[random.Next(Pool.Length)];
            }

            string text = new(chars);
            Assert.Equal(OneByOne(text), VietnameseText.Fold(text));
        }
    }

    private static string OneByOne(string text) => string.Concat(text.Select(VietnameseText.FoldChar));

    [Theory]
    [InlineData("năm ２０２６", "nam 2026")]
    [InlineData("năm ٢٠٢٦", "nam 2026")]
    [InlineData("năm २०२६", "nam 2026")]
    [InlineData("năm ۲۰۲۶", "nam 2026")]
    public void Decimal_digits_of_every_script_fold_to_ASCII_digits(string text, string folded)
        => Assert.Equal(folded, VietnameseText.Fold(text));

    // Folding by its definition: a decimal digit of any script → its ASCII digit; đ/Đ → d; a Latin letter up to U+1EFF whose canonical decomposition starts with an
    // ASCII letter → that letter in lower case; anything else → its invariant lower case.
    private static char Reference(char ch)
    {
        if (ch is 'đ' or 'Đ')
        {
            return 'd';
        }

        if (char.IsWhiteSpace(ch))
        {
            return ' ';
        }

        if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.DecimalDigitNumber)
        {
            return (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(ch));
        }

        if (ch is >= '\u00C0' and <= '\u1EFF' && !char.IsSurrogate(ch))
        {
            string decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && decomposed[0] < 128 && char.IsLetter(decomposed[0]))
            {
                return char.ToLowerInvariant(decomposed[0]);
            }
        }

        return char.ToLowerInvariant(ch);
    }
}
