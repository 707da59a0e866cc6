using AntqDomain.Language;
using AntqDomain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Text;

/// <summary>
/// Folding a piece of text tells, in the same pass, whether the folded text holds two spaces in a row (a run of white
/// space to squeeze): the answer is exactly that of searching the folded text, on every path and in every place.
/// </summary>
public class SpaceRunFoldTests
{
    /// <summary>White space that folds to a space: inside the wide fold's ranges (space, tab, no-break space) and outside (en quad, em space, ideographic space).</summary>
    private static readonly char[] Blanks = [' ', '\t', '\n', '\u00A0', '\u2000', '\u2003', '\u3000'];

    private const string Background = "Kế hoạch tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” – năm 2026, xã Ơn Ưng: 19/8; ";

    private static bool Expected(string text) => VietnameseText.Fold(text).Contains("  ", StringComparison.Ordinal);

    private static bool Found(string text, out string folded)
    {
        var chars = new char[text.Length];
        bool run = VietnameseText.FoldFindingSpaceRun(text, chars);
        folded = new string(chars);
        return run;
    }

    [Fact]
    public void Two_blanks_in_a_row_are_seen_in_every_place_of_short_and_long_texts()
    {
        // 130 characters: two whole blocks of the wide fold and a last one overlapping them; 40: the one-by-one fold.
        foreach (int length in new[] { 40, 64, 127, 128, 130 })
        {
            string background = string.Concat(Enumerable.Repeat(Background, 2)).Replace(" ", "_", StringComparison.Ordinal)[..length];
            foreach (char a in Blanks)
            {
                foreach (char b in Blanks)
                {
                    for (int at = 0; at + 1 < length; at++)
                    {
                        var chars = background.ToCharArray();
                        chars[at] = a;
                        chars[at + 1] = b;
                        string text = new(chars);
                        Assert.True(Found(text, out string folded), $"{length} characters, U+{(int)a:X4} U+{(int)b:X4} at {at}");
                        Assert.Equal(VietnameseText.Fold(text), folded);

                        chars[at + 1] = 'x';
                        Assert.False(Found(new string(chars), out _), $"{length} characters, one U+{(int)a:X4} at {at}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Random_texts_hold_a_run_exactly_when_their_folded_form_does()
    {
        var character = Gen.OneOf(Gen.Elements(Blanks), Gen.Elements(Background.ToCharArray()), Gen.Choose(0, char.MaxValue).Select(c => (char)c));
        var texts = Gen.Choose(0, 300).SelectMany(n => character.ArrayOf(n)).Select(chars => new string(chars)).ToArbitrary();
        Prop.ForAll(texts, text =>
        {
            Assert.Equal(Expected(text), Found(text, out string folded));
            Assert.Equal(VietnameseText.Fold(text), folded);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3_000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void A_character_that_only_shares_a_spaces_place_in_the_wide_folds_table_is_no_space()
    {
        // Outside its three ranges the wide fold reads an entry chosen by a character's low bits: those of U+0220, U+0A20,
        // ... are a space's. Each such character beside a space, in every place of a block, is still no run.
        string background = string.Concat(Enumerable.Repeat(Background, 2)).Replace(" ", "_", StringComparison.Ordinal)[..130];
        for (int c = 0x20; c <= char.MaxValue; c += 0x80)
        {
            if (VietnameseText.FoldChar((char)c) == ' ')
            {
                continue;
            }

            for (int at = 0; at + 1 < background.Length; at += 7)
            {
                var chars = background.ToCharArray();
                chars[at] = ' ';
                chars[at + 1] = (char)c;
                Assert.False(Found(new string(chars), out _), $"U+{c:X4} after a space at {at}");
                chars[at + 1] = ' ';
                chars[at] = (char)c;
                Assert.False(Found(new string(chars), out _), $"U+{c:X4} before a space at {at}");
            }
        }
    }

    [WideSearchFact]
    public void The_wide_fold_sees_the_run_itself()
    {
        string text = Background + "  " + Background;
        var folded = new char[text.Length];

        Assert.True(WideFold.TryFold(text, folded, out bool run));
        Assert.True(run);
        Assert.True(WideFold.TryFold(Background + Background, folded, out run));
        Assert.False(run);
    }
}
