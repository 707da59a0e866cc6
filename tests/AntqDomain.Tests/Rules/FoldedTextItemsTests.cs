using System.Buffers;
using AntqDomain.Documents;
using AntqDomain.Language;
using AntqDomain.Plans;
using AntqDomain.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// The folded pieces of a plan's text that one validation run shares between its rules: each piece folded in order,
/// and which cues each holds, found in one search of them all.
/// </summary>
public class FoldedTextItemsTests
{
    private static readonly string[] Pieces = ["Kỷ niệm 81 năm Ngày truyền thống CAND", "", "Huy động Công an viên", "Ngày hội toàn dân bảo vệ ANTQ lần thứ 21"];

    private static readonly PhraseSet Set = new(["truyen thong", "cand", "cong an vien", "lan thu", "ngay hoi toan dan bao ve"]);

    private static FoldedTextItems Fill()
    {
        var items = new FoldedTextItems();
        for (int i = 0; i < Pieces.Length; i++)
        {
            items.Add(new PlanText(Pieces[i]), new TextPath("unplaced", i));
        }

        return items;
    }

    [Fact]
    public void Each_piece_is_kept_folded_in_the_plans_order()
    {
        using var items = Fill();

        Assert.Equal(Pieces.Length, items.Count);
        for (int i = 0; i < Pieces.Length; i++)
        {
            Assert.Equal(VietnameseText.Fold(Pieces[i]), items[i].ToString());
            Assert.Same(Pieces[i], items.ItemAt(i).Text.Text);
        }
    }

    [Fact]
    public void Until_the_cues_are_found_every_piece_may_hold_every_cue()
    {
        using var items = Fill();

        Assert.All(Enumerable.Range(0, Pieces.Length), i => Assert.Equal(ulong.MaxValue, items.CuesAt(i)));
    }

    [Fact]
    public void Once_found_each_piece_holds_exactly_the_cues_it_holds_alone()
    {
        using var items = Fill();
        items.FindCues(Set);

        Assert.Equal<ulong>([.. Pieces.Select(p => Set.Present(VietnameseText.Fold(p)))], Enumerable.Range(0, Pieces.Length).Select(items.CuesAt));
        Assert.Equal(Set.Bits(["cong an vien"]), items.CuesAt(2));
        Assert.Equal(0UL, items.CuesAt(1));
    }

    [Fact]
    public void After_the_run_nothing_is_left_to_read()
    {
        var items = Fill();
        items.FindCues(Set);
        items.Dispose();

        Assert.Equal(0, items.Count);
        Assert.Equal(ulong.MaxValue, items.CuesAt(0));
    }

    [Fact]
    public void Each_piece_spaced_unevenly_is_squeezed_alone_and_the_pieces_after_it_keep_their_text()
    {
        string[] pieces = ["Kỷ niệm  81 năm", " ", "Ngày hội\u00A0 toàn dân ", " bảo vệ ANTQ", "", "  lần thứ 21  ", "CAND"];
        using var items = new FoldedTextItems();
        for (int i = 0; i < pieces.Length; i++)
        {
            items.Add(new PlanText(pieces[i]), new TextPath("unplaced", i));
        }

        Assert.Equal(["ky niem 81 nam", " ", "ngay hoi toan dan ", " bao ve antq", "", " lan thu 21 ", "cand"], Enumerable.Range(0, pieces.Length).Select(i => items[i].ToString()));
        Assert.Equal((9, 6), items.ToText(0, 8, 6)); // "81 nam" as written: one space more before it
        Assert.Equal((2, 10), items.ToText(5, 1, 10)); // "lan thu 21" after the two leading spaces
    }

    [Fact]
    public void Pieces_added_after_others_were_read_are_squeezed_in_turn()
    {
        using var items = new FoldedTextItems();
        items.Add(new PlanText("Công an  huyện"), default);
        Assert.Equal("cong an huyen", items[0].ToString());

        items.Add(new PlanText("Công an viên"), default);
        items.Add(new PlanText("Tổ  tự   quản"), default);
        items.FindCues(Set);

        Assert.Equal(["cong an huyen", "cong an vien", "to tu quan"], Enumerable.Range(0, 3).Select(i => items[i].ToString()));
        Assert.Equal(Set.Bits(["cong an vien"]), items.CuesAt(1));
    }

    [Fact]
    public void Random_pieces_read_as_if_each_were_folded_and_squeezed_alone()
    {
        var piece = Gen.Elements("", " ", "  ", "\t", "\u00A0", "Công", "an", "viên", "truyền thống", "CAND", "lần thứ", "21", "-", "\n").ArrayOf()
            .Select(parts => string.Concat(parts));
        var plans = piece.ArrayOf().Where(p => p.Length > 0).ToArbitrary();
        Prop.ForAll(plans, pieces =>
        {
            using var items = new FoldedTextItems();
            for (int i = 0; i < pieces.Length; i++)
            {
                items.Add(new PlanText(pieces[i]), new TextPath("unplaced", i));
            }

            items.FindCues(Set);
            for (int i = 0; i < pieces.Length; i++)
            {
                char[] alone = VietnameseText.Fold(pieces[i]).ToCharArray();
                int length = SqueezedSpaces.Squeeze(alone);
                string expected = new(alone, 0, length);
                Assert.Equal(expected, items[i].ToString());
                Assert.Equal(Set.Present(expected), items.CuesAt(i));
                using var one = new SqueezedSpaces();
                one.Add(VietnameseText.Fold(pieces[i]).ToCharArray());
                for (int at = 0; at < length; at++)
                {
                    Assert.Equal(one.ToText(0, at, length - at), items.ToText(i, at, length - at));
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true));
    }

    [Fact]
    public void The_buffer_goes_back_to_the_pool_with_none_of_the_plans_text_left_where_squeezing_moved_it()
    {
        // The shared pool hands this thread back the array it was last given: the folded text is seen where it was written.
        char[] mine = ArrayPool<char>.Shared.Rent(16 * 1024);
        mine.AsSpan().Fill('x');
        ArrayPool<char>.Shared.Return(mine);
        string[] pieces = ["Kỷ niệm   81 năm", "Ngày hội  toàn dân", "bảo vệ an ninh Tổ quốc"];
        int written = pieces.Sum(p => p.Length);

        var items = new FoldedTextItems();
        foreach (var piece in pieces)
        {
            items.Add(new PlanText(piece), default);
        }

        Assert.Equal("ky niem 81 nam", items[0].ToString());
        Assert.Equal("ky niem 81 namngay hoi toan danbao ve an ninh to quoc", new string(mine, 0, written - 3));
        items.Dispose();

        Assert.Equal(-1, mine.AsSpan(0, written).IndexOfAnyExcept('\0'));
    }

    [Fact]
    public void The_items_holding_a_character_are_found_in_order_past_empty_and_squeezed_items()
    {
        string[] pieces = ["[Số]", "", "", "ngày  [ngày] tháng", "không có", "", "[Họ và tên]", "a", "", "x["];
        using var items = new FoldedTextItems();
        foreach (string piece in pieces)
        {
            items.Add(new PlanText(piece), default);
        }

        var found = new List<int>();
        for (int i = items.NextHolding('[', 0); i < items.Count; i = items.NextHolding('[', i + 1))
        {
            found.Add(i);
        }

        Assert.Equal([0, 3, 6, 9], found);
        Assert.Equal(items.Count, items.NextHolding('#', 0));
        Assert.Equal(items.Count, items.NextHolding('[', items.Count));
        Assert.Equal(7, items.NextHolding('a', 7));
    }
}
