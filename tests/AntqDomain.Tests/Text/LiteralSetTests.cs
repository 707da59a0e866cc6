using AntqDomain.Language;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Text;

/// <summary>
/// A literal set finds, in one pass, the same first positions as searching each literal in turn: literals that overlap,
/// share a beginning, stand inside one another or repeat are all found, at their first occurrence.
/// </summary>
public class LiteralSetTests
{
    // A small alphabet makes overlaps and near misses common.
    private static readonly Gen<string> Words = Gen.Elements("an", "ninh", "an ninh", "to quoc", "cong an", "n", " ", "ky niem", "ky niem chuong", "/", "2012", "tt-bca", ",");

    [Fact]
    public void First_positions_are_those_of_searching_each_literal_alone()
    {
        var gen = from literals in Words.NonEmptyListOf()
                  from text in Words.ListOf()
                  select (literals: literals.Where(l => l.Length > 0).ToArray(), text: string.Concat(text));
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var set = new LiteralSet(c.literals);
            Span<int> at = stackalloc int[set.Literals.Length];

            bool any = set.FirstPositions(c.text, at);

            var expected = set.Literals.Select(l => c.text.IndexOf(l, StringComparison.Ordinal)).ToArray();
            Assert.Equal(expected, at.ToArray());
            Assert.Equal(expected.Any(i => i >= 0), any);
            Assert.Equal(any, set.AnyIn(c.text));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true));
    }

    [Fact]
    public void A_repeated_literal_is_kept_once_at_its_first_place()
    {
        var set = new LiteralSet(["cong an", "an ninh", "cong an"]);

        Assert.Equal(["cong an", "an ninh"], set.Literals);
        Assert.Equal(1, set.IdOf("an ninh"));
        Assert.Equal(-1, set.IdOf("to quoc"));
    }

    [Fact]
    public void An_empty_set_or_an_empty_literal_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new LiteralSet([]));
        Assert.Throws<ArgumentException>(() => new LiteralSet(["an", ""]));
    }
}
