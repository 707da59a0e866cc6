using AntqDomain.Documents;
using AntqDomain.Language;
using AntqDomain.Plans;
using AntqDomain.Rules;

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
}
