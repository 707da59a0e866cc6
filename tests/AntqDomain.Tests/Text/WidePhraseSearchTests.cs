using AntqDomain.Language;
using AntqDomain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Text;

/// <summary>
/// Where the processor searches a phrase set 64 characters at a time, each text laid end to end holds exactly the
/// phrases the portable search finds in it: characters that share a fingerprint entry ("t" and "4", "a" and "ạ"),
/// phrases that begin alike or are shorter than the fingerprint, occurrences in every lane and across blocks.
/// </summary>
public class WidePhraseSearchTests
{
    private static readonly string[] Phrases =
    [
        "truyen thong", "cong an nhan dan", "cand", "cand viet nam", "cong an vien", "cong an xa, phuong, thi tran",
        "xa, phuong, thi tran", "lan thu", "/tt-bca", "an", "dan", "ngay hoi toan dan bao ve", "4 nam", "“vi an",
    ];

    /// <summary>Pieces of texts: the phrases' parts, characters that share a fingerprint entry, blanks.</summary>
    private static readonly Gen<string> Pieces = Gen.Elements(
        "truyen", " thong", "cong an ", "nhan dan", "vien", "xa, phuong, ", "thi tran", "cand", " viet nam", "lan thu",
        "/tt-bca", "ngay hoi toan dan ", "bao ve", "4 nam", "“vi an", "t", "4", "`", " ", "ạ", "a", "\u0161", "x");

    private static ulong[] Portable(string texts, int[] starts)
    {
        var found = new ulong[starts.Length - 1];
        new PhraseSet(Phrases, wide: false).PresentIn(texts, starts, found);
        return found;
    }

    private static ulong[] Wide(string texts, int[] starts)
    {
        var found = new ulong[starts.Length - 1];
        new PhraseSet(Phrases, wide: true).PresentIn(texts, starts, found);
        return found;
    }

    [WideSearchFact]
    public void Random_texts_laid_end_to_end_hold_what_the_portable_search_finds()
    {
        var texts = Pieces.ArrayOf().Select(p => string.Concat(p)).ArrayOf();
        Prop.ForAll(texts.ToArbitrary(), Gen.Choose(0, 70).ToArbitrary(), (items, lead) =>
        {
            string all = new string('q', lead) + string.Concat(items);
            int[] starts = new int[items.Length + 1];
            starts[0] = lead;
            for (int k = 0; k < items.Length; k++)
            {
                starts[k + 1] = starts[k] + items[k].Length;
            }

            Assert.Equal(Portable(all, starts), Wide(all, starts));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1_000).WithQuietOnSuccess(true));
    }

    [WideSearchFact]
    public void Each_phrase_is_found_in_every_place_of_a_text_spanning_several_blocks()
    {
        foreach (string phrase in Phrases)
        {
            for (int place = 0; place + phrase.Length <= 200; place++)
            {
                string text = new string('t', place) + phrase + new string('4', 200 - place - phrase.Length);
                int[] starts = [0, text.Length];
                Assert.Equal(Portable(text, starts), Wide(text, starts));
                Assert.NotEqual(0UL, Wide(text, starts)[0] & new PhraseSet(Phrases).Bits([phrase]));
            }
        }
    }

    [WideSearchFact]
    public void One_text_searched_alone_holds_what_the_portable_search_finds()
    {
        var portable = new PhraseSet(Phrases, wide: false);
        var wide = new PhraseSet(Phrases, wide: true);
        Prop.ForAll(Pieces.ArrayOf().Select(p => string.Concat(p)).ToArbitrary(), text =>
        {
            Assert.Equal(portable.Present(text), wide.Present(text));
            Assert.Equal(portable.Bits(Phrases.Where(p => text.Contains(p, StringComparison.Ordinal))), portable.Present(text));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1_000).WithQuietOnSuccess(true));
    }

    [WideSearchFact]
    public void A_phrase_cut_by_the_end_of_a_text_belongs_to_neither_text()
    {
        string texts = "xx cong an nh" + "an dan yy";
        int[] starts = [0, 13, texts.Length];
        Assert.Equal(new ulong[] { Portable(texts, starts)[0], Portable(texts, starts)[1] }, Wide(texts, starts));
        Assert.Equal(0UL, Wide(texts, starts)[0] & new PhraseSet(Phrases).Bits(["cong an nhan dan"]));
    }
}
