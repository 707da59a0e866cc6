using AntqDomain.Language;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Text;

/// <summary>
/// A phrase set answers, in one search, which of its phrases occur in a text: always the same answer as looking for
/// each phrase on its own, including phrases that overlap, share a beginning or repeat.
/// </summary>
public class PhraseSetTests
{
    private static readonly string[] Phrases = ["cand", "cand viet nam", "an nhan", "cong an nhan dan", "nhan dan", "dan", "/tt-bca", "lan thu", "an"];

    private static ulong OneByOne(PhraseSet set, string text)
        => set.Bits(Phrases.Where(p => text.Contains(p, StringComparison.Ordinal)));

    [Theory]
    [InlineData("")]
    [InlineData("cand")]
    [InlineData("luc luong cand viet nam")]
    [InlineData("cong an nhan dan")]
    [InlineData("so 12/2021/tt-bca lan thu 3")]
    [InlineData("candcandcand")]
    [InlineData("c a n d")]
    public void A_text_holds_exactly_the_phrases_found_one_by_one(string text)
    {
        var set = new PhraseSet(Phrases);

        Assert.Equal(OneByOne(set, text), set.Present(text));
    }

    [Fact]
    public void Any_text_made_of_the_phrases_pieces_holds_exactly_the_phrases_found_one_by_one()
    {
        var set = new PhraseSet(Phrases);
        var pieces = Gen.Elements("ca", "nd", "cand", " viet", " nam", "an", " nhan", " dan", "cong ", "/tt", "-bca", "lan ", "thu", " ", "x");
        Prop.ForAll(pieces.ArrayOf().Select(p => string.Concat(p)).ToArbitrary(), text =>
        {
            Assert.Equal(OneByOne(set, text), set.Present(text));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Texts_laid_end_to_end_each_hold_exactly_what_they_hold_alone()
    {
        // A phrase cut by the end of one text ("ca" | "nd") belongs to neither; empty texts hold nothing.
        var set = new PhraseSet(Phrases);
        var pieces = Gen.Elements("ca", "nd", "cand", " viet", " nam", "an", " nhan", " dan", "cong ", "/tt", "-bca", "lan ", "thu", " ", "x");
        var texts = pieces.ArrayOf().Select(p => string.Concat(p)).ArrayOf();
        Prop.ForAll(texts.ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (items, lead) =>
        {
            string all = new string('x', lead) + string.Concat(items);
            int[] starts = new int[items.Length + 1];
            starts[0] = lead;
            for (int k = 0; k < items.Length; k++)
            {
                starts[k + 1] = starts[k] + items[k].Length;
            }

            var found = new ulong[items.Length];
            set.PresentIn(all, starts, found);
            Assert.Equal<ulong>([.. items.Select(t => OneByOne(set, t))], found);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData(new[] { 0, 2 }, 2)]
    [InlineData(new[] { 0, 5, 3 }, 2)]
    [InlineData(new[] { 0, 10 }, 1)]
    [InlineData(new[] { -1, 2 }, 1)]
    public void Starts_that_do_not_rise_within_the_texts_are_refused(int[] starts, int texts)
        => Assert.Throws<ArgumentException>(() => new PhraseSet(Phrases).PresentIn("cand viet", starts, new ulong[texts]));

    [Fact]
    public void Each_phrase_has_its_own_bit_and_repeats_share_one()
    {
        var set = new PhraseSet(["a", "b", "a"]);

        Assert.Equal(1UL, set.Bits(["a"]));
        Assert.Equal(2UL, set.Bits(["b"]));
        Assert.Equal(3UL, set.Present("ba"));
    }

    [Fact]
    public void A_set_of_sixty_four_phrases_finds_the_last_one()
    {
        string[] many = [.. Enumerable.Range(0, PhraseSet.MaxPhrases).Select(i => $"<{i}>")];
        var set = new PhraseSet(many);

        Assert.Equal(set.Bits(["<63>", "<0>"]), set.Present("x <63> y <0>"));
        Assert.Equal(ulong.MaxValue, set.Present(string.Concat(many)));
    }

    [Fact]
    public void More_than_sixty_four_phrases_are_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PhraseSet(Enumerable.Range(0, PhraseSet.MaxPhrases + 1).Select(i => $"<{i}>")));

        Assert.Contains("64", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_phrase_is_refused_because_every_text_would_hold_it()
        => Assert.Throws<ArgumentException>(() => new PhraseSet(["a", ""]));

    [Fact]
    public void Asking_for_the_bit_of_a_phrase_outside_the_set_is_an_error()
        => Assert.Throws<ArgumentException>(() => new PhraseSet(["a"]).Bits(["b"]));
}
