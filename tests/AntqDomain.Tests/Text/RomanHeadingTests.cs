using System.Text.RegularExpressions;
using AntqDomain.Language;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Text;

/// <summary>
/// A Roman-numbered part heading ("II. NỘI DUNG", "iii- khen thưởng", "PHẦN I. MỤC ĐÍCH") is read by hand, exactly as its grammar says: the
/// same lines are headings as for the pattern that states the grammar, with the same numeral and the same words.
/// </summary>
public partial class RomanHeadingTests
{
    /// <summary>The grammar, as a pattern: the reference the hand-written reader is held to.</summary>
    [GeneratedRegex(@"^(?:phan\s+)?(?<r>[ivx]{1,4})\s*[.\-–:)/]\s*(?<h>\S.{0,200})$", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();

    private static void AgreesWithTheGrammar(string folded)
    {
        var m = Grammar().Match(folded);

        bool read = TextPatterns.TryRomanHeading(folded, out var numeral, out int words);

        Assert.Equal(m.Success, read);
        if (read)
        {
            Assert.Equal((m.Groups["r"].Index, m.Groups["r"].Length), (numeral.Start.Value, numeral.End.Value - numeral.Start.Value));
            Assert.Equal(m.Groups["h"].Index, words);
        }
    }

    [Theory]
    [InlineData("ii. noi dung", true)]
    [InlineData("iii- khen thuong", true)]
    [InlineData("iv – to chuc thuc hien", true)]
    [InlineData("x) kinh phi", true)]
    [InlineData("phan i. muc dich, yeu cau", true)]
    [InlineData("phan  iii: to chuc thuc hien", true)]
    [InlineData("phan le: chao co", false)]
    [InlineData("phan xa hoi hoa: kinh phi", false)]
    [InlineData("phanii. noi dung", false)]
    [InlineData("i.", false)]
    [InlineData("i. ", false)]
    [InlineData("iiiii. noi dung", false)]
    [InlineData("ii noi dung", false)]
    [InlineData("vietnam: noi dung", false)]
    [InlineData("i. noi\ndung", false)]
    [InlineData("i. noi dung\n", true)]
    [InlineData("", false)]
    public void A_line_is_a_heading_exactly_when_the_grammar_says_so(string folded, bool heading)
    {
        Assert.Equal(heading, TextPatterns.IsRomanHeading(folded));
        AgreesWithTheGrammar(folded);
    }

    [Fact]
    public void Headings_of_every_length_around_the_limit_agree_with_the_grammar()
    {
        for (int n = 195; n <= 205; n++)
        {
            AgreesWithTheGrammar("ii. " + new string('a', n));
            AgreesWithTheGrammar("ii. " + new string('a', n) + "\n");
        }
    }

    [Fact]
    public void Any_line_made_of_heading_pieces_agrees_with_the_grammar()
    {
        var pieces = Gen.Elements("i", "v", "x", "ii", "iv", " ", "\t", "\u00A0", ".", "-", "–", ":", ")", "/", ",", "noi dung", "a", "\n", "ivx", "phan", "phan ");
        Prop.ForAll(pieces.ArrayOf().Select(p => string.Concat(p)).ToArbitrary(), AgreesWithTheGrammar)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }
}
