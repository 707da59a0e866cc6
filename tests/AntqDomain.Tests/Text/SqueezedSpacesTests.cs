using System.Text.RegularExpressions;
using AntqDomain.Language;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Text;

/// <summary>
/// Folded text with its runs of spaces squeezed, and the way back: every character of the squeezed form maps to the same
/// character of the text as written, in order, and every character as written maps to its place in the squeezed form.
/// </summary>
public partial class SqueezedSpacesTests
{
    private static Arbitrary<string[]> Pieces()
        => Gen.Elements("a", "bc", " ", "  ", "   ", ".", "x y").ArrayOf().Select(p => string.Concat(p)).ArrayOf().ToArbitrary();

    [Fact]
    public void Each_piece_is_squeezed_as_a_regex_would_and_maps_back_character_for_character()
    {
        Prop.ForAll(Pieces(), pieces =>
        {
            using var record = new SqueezedSpaces();
            var squeezed = new List<string>();
            foreach (string piece in pieces)
            {
                char[] buffer = piece.ToCharArray();
                int length = record.Add(buffer);
                squeezed.Add(new string(buffer, 0, length));
                Assert.All(buffer[length..], c => Assert.Equal('\0', c));
            }

            for (int p = 0; p < pieces.Length; p++)
            {
                string written = pieces[p], s = squeezed[p];
                Assert.Equal(Runs().Replace(written, " "), s);
                int previous = -1;
                for (int q = 0; q < s.Length; q++)
                {
                    int o = record.ToText(p, q);
                    Assert.True(o > previous);
                    Assert.Equal(s[q], written[o]);
                    Assert.Equal(q, record.ToSqueezed(p, o));
                    previous = o;
                }

                for (int o = 0; o < written.Length; o++)
                {
                    // A character dropped from a run stands at its run's one space.
                    int q = record.ToSqueezed(p, o);
                    Assert.Equal(written[o], s[q]);
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("ngay  hoi   toan dan", 5, 3, 6, 3)]
    [InlineData("ngay  hoi   toan dan", 4, 5, 4, 6)]
    [InlineData("ngay  hoi   toan dan", 0, 8, 0, 9)]
    [InlineData("ngay  hoi   toan dan", 9, 4, 12, 4)]
    [InlineData("ngay hoi", 5, 3, 5, 3)]
    public void A_span_of_the_squeezed_form_covers_the_runs_inside_it(string written, int offset, int length, int textOffset, int textLength)
    {
        using var record = new SqueezedSpaces();
        record.Add(written.ToCharArray());

        Assert.Equal((textOffset, textLength), record.ToText(0, offset, length));
    }

    [Fact]
    public void A_disposed_record_takes_no_more_pieces()
    {
        var record = new SqueezedSpaces();
        record.Add("a  b".ToCharArray());
        record.Dispose();

        Assert.Throws<ObjectDisposedException>(() => record.Add("c".ToCharArray()));
        Assert.Throws<ObjectDisposedException>(record.AddAsIs);
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex Runs();
}
