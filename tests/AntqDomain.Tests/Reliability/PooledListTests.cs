using AntqDomain.Internal;

namespace AntqDomain.Tests.Reliability;

/// <summary>
/// The list the reader gathers paragraphs in borrows its storage for one read: it keeps every item in order as it grows,
/// and once given back it holds nothing and takes nothing more.
/// </summary>
public class PooledListTests
{
    [Fact]
    public void Items_added_past_the_first_capacity_are_all_kept_in_order()
    {
        using var list = new PooledList<string>(2);
        string[] added = [.. Enumerable.Range(0, 1000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

        foreach (string s in added)
        {
            list.Add(s);
        }

        Assert.Equal(added.Length, list.Count);
        Assert.Equal(added, list.AsSpan().ToArray());
        Assert.Equal(added, list.ToArray());
        Assert.Equal("999", list[999]);
    }

    [Fact]
    public void Find_index_gives_the_first_match_or_minus_one()
    {
        using var list = new PooledList<int>();
        foreach (int n in new[] { 5, 8, 8, 3 })
        {
            list.Add(n);
        }

        Assert.Equal(1, list.FindIndex(n => n == 8));
        Assert.Equal(-1, list.FindIndex(n => n > 10));
    }

    [Fact]
    public void An_index_past_the_items_is_refused_even_when_the_storage_is_larger()
    {
        using var list = new PooledList<int>(64);
        list.Add(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list.Set(1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => list.Set(-1, 2));
    }

    [Fact]
    public void An_item_set_replaces_the_one_at_its_index_and_no_other()
    {
        using var list = new PooledList<int>();
        foreach (int n in new[] { 5, 8, 3 })
        {
            list.Add(n);
        }

        list.Set(1, 13);

        Assert.Equal([5, 13, 3], list.ToArray());
    }

    [Fact]
    public void A_disposed_list_is_empty_and_takes_no_more_items()
    {
        var list = new PooledList<string>();
        list.Add("bí mật");

        list.Dispose();
        list.Dispose();

        Assert.Empty(list);
        Assert.True(list.AsSpan().IsEmpty);
        Assert.Throws<ObjectDisposedException>(() => list.Add("x"));
    }
}
