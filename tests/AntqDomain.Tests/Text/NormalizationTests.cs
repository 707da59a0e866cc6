using System.Text;
using AntqDomain.Language;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Text;

/// <summary>
/// Text is put in Unicode form C with what the runtime cannot normalise (lone surrogates, U+FFFE) replaced, whatever
/// mix of composed and decomposed letters, punctuation, other scripts and broken UTF-16 it holds; the reader learns from
/// the same search whether a replacement character can be in the result.
/// </summary>
public class NormalizationTests
{
    private static readonly char[] Alphabet =
    [
        'a', 'E', ' ', '\n', 'đ', 'Đ', 'ơ', 'ư', 'ệ', 'Ấ', '\u0300', '\u0301', '\u0323', '\u0306', '\u031B',
        '“', '”', '–', '\u200B', '\u2070', '２', 'ﬁ', '\u1100', '\u1161', '\u11A8', '한', '\uD83D', '\uDE00',
        '\uD800', '\uDC00', '\uFFFE', '\uFFFD', '\uFFFF', '\u00A0', '\u3000',
    ];

    private static Arbitrary<string> Texts()
        => Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    /// <summary>The expected result, the slow way: every unpaired surrogate and U+FFFE made U+FFFD, then form C.</summary>
    private static string Expected(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(char.IsSurrogate(c) || c == '\uFFFE' ? '\uFFFD' : c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    [Fact]
    public void Any_text_is_normalised_as_the_runtime_would_once_the_broken_units_are_replaced()
    {
        Prop.ForAll(Texts(), text =>
        {
            string result = VietnameseText.Normalize(text, out bool pastPunctuation);
            Assert.Equal(Expected(text), result);
            Assert.Equal(text.Any(c => c >= '\u2070'), pastPunctuation);
            Assert.True(pastPunctuation || !result.Contains('\uFFFD', StringComparison.Ordinal), "a replacement character in text said to hold none past U+206F");
            Assert.Equal(result, VietnameseText.Normalize(text));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3_000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("e\u0300", false)] // the first combining mark
    [InlineData("e\u0301", false)] // a combining mark
    [InlineData("\u1F71", false)] // Greek alpha with oxia: form C makes it U+03AC
    [InlineData("\u2000", false)] // en quad: form C makes it U+2002
    [InlineData("\u2070", true)] // the first character past General Punctuation
    [InlineData("\uFF12", true)] // fullwidth digit two
    public void A_character_that_changes_or_lies_past_punctuation_is_seen_in_every_place_of_a_long_text(string odd, bool past)
    {
        // Long texts are tested a block of characters at a time, the last block overlapping the one before.
        for (int length = 30; length <= 100; length++)
        {
            for (int place = 0; place + odd.Length <= length; place++)
            {
                string text = new string('ệ', place) + odd + new string('“', length - place - odd.Length);
                Assert.Equal(text.Normalize(NormalizationForm.FormC), VietnameseText.Normalize(text, out bool pastPunctuation));
                Assert.Equal(past, pastPunctuation);
            }
        }
    }

    [Theory]
    [InlineData("Ngày hội toàn dân bảo vệ an ninh Tổ quốc", false)]
    [InlineData("“Ngày hội” – năm 2026", false)]
    [InlineData("năm ２０２６", true)]
    [InlineData("a\uFFFDb", true)]
    public void The_reader_learns_whether_the_text_holds_a_character_past_general_punctuation(string text, bool past)
    {
        VietnameseText.Normalize(text, out bool pastPunctuation);
        Assert.Equal(past, pastPunctuation);
    }

    [Fact]
    public void Text_already_in_form_c_is_returned_as_it_is()
    {
        string text = "Kế hoạch tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2026";
        Assert.Same(text, VietnameseText.Normalize(text));
    }
}
