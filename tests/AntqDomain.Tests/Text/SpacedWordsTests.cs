using System.Text;
using AntqDomain.Language;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Text;

/// <summary>
/// Phrases compared word by word: a text holds a phrase, its words spaced any way, exactly when the text with every run
/// of white space made one space holds it as written.
/// </summary>
public class SpacedWordsTests
{
    private static string Squeezed(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length == 0 || sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static readonly string[] Phrases = ["noi nhan", "ke hoach ", "to chuc thuc hien", "thuc hien", "ke hoach so"];

    [Fact]
    public void Any_spacing_of_the_words_answers_as_single_spaces_would()
    {
        var pieces = Gen.Elements("noi", "nhan", "ke", "hoach", "so", "to", "chuc", "thuc", "hien", "x", " ", "  ", "\t", "\u00A0", "\u3000", ":");
        Prop.ForAll(pieces.ArrayOf().Select(p => string.Concat(p)).ToArbitrary(), text =>
        {
            string squeezed = Squeezed(text);
            foreach (string phrase in Phrases)
            {
                Assert.Equal(squeezed.StartsWith(phrase, StringComparison.Ordinal), SpacedWords.StartsWith(text, phrase));
                Assert.Equal(squeezed.Contains(phrase, StringComparison.Ordinal), SpacedWords.Contains(text, phrase));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void A_text_is_uneven_exactly_when_it_holds_a_white_space_other_than_one_plain_space()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string between = "a" + (char)c + "b";
            Assert.Equal(char.IsWhiteSpace((char)c) && c != ' ', SpacedWords.IsUneven(between));
        }

        Assert.True(SpacedWords.IsUneven("a  b"));
        Assert.False(SpacedWords.IsUneven("a b c"));
    }

    [Fact]
    public void The_place_found_is_the_first_place_of_the_phrase_in_the_text_squeezed()
    {
        var pieces = Gen.Elements("noi", "nhan", "ke", "hoach", "so", "to", "chuc", "thuc", "hien", "x", " ", "  ", "\t", "\u00A0", ":");
        Prop.ForAll(pieces.ArrayOf().Select(p => string.Concat(p)).ToArbitrary(), text =>
        {
            string squeezed = Squeezed(text);
            foreach (string phrase in Phrases)
            {
                int at = SpacedWords.IndexOf(text, phrase, 0, out int length);
                int expected = squeezed.IndexOf(phrase, StringComparison.Ordinal);
                Assert.Equal(expected < 0, at < 0);
                if (at >= 0)
                {
                    Assert.Equal(expected, Squeezed(text[..at]).Length);
                    Assert.Equal(phrase, Squeezed(text.Substring(at, length)));
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("noi nhan:", "noi nhan", 8)]
    [InlineData("noi  nhan:", "noi nhan", 9)]
    [InlineData("noi\u00A0\u00A0nhan", "noi nhan", 9)]
    [InlineData("noinhan", "noi nhan", -1)]
    [InlineData("noi dung", "noi nhan", -1)]
    public void The_prefix_taken_counts_the_spaces_the_text_has(string text, string phrase, int length)
        => Assert.Equal(length, SpacedWords.PrefixLength(text, phrase));

    [Fact]
    public void The_other_spaces_are_every_white_space_but_the_plain_one()
    {
        var expected = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c));
        Assert.Equal(expected.Order(), SpacedWords.OtherSpaceCharacters.Order());
    }
}
