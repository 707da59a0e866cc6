using System.Text.RegularExpressions;
using AntqDomain.Documents;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Plans;

/// <summary>
/// A number and symbol ("1975/KH-BCĐ", a draft's "/KH-BCĐ", a blank "[số]/KH-UBND") is read into its number, type and
/// issuer groups as Decree 30/2020 writes it: spaces around the slash and the hyphens are tolerated, an en dash counts
/// as a hyphen, and anything else is refused with a reason.
/// </summary>
public partial class DocumentNumberParsingTests
{
    [Theory]
    [InlineData("1975/KH-BCĐ", 1975, "1975", "KH", "BCĐ")]
    [InlineData("05/KH-BCĐ138", 5, "05", "KH", "BCĐ138")]
    [InlineData("/KH-BCĐ", null, "", "KH", "BCĐ")]
    [InlineData("[số]/KH-UBND", null, "[số]", "KH", "UBND")]
    [InlineData("  12 / KH - BCĐ.", 12, "12", "KH", "BCĐ")]
    [InlineData("12/KH–UBND-CAT", 12, "12", "KH", "UBND|CAT")]
    [InlineData("12/BC-BCĐ;", 12, "12", "BC", "BCĐ")]
    [InlineData("7/UBND-VP", 7, "7", null, "UBND|VP")]
    public void A_number_and_symbol_is_read_into_its_parts(string text, int? number, string numberText, string? type, string issuers)
    {
        var result = DocumentNumber.Parse(text);

        Assert.True(result.Success);
        Assert.Equal(number, result.Value.Number);
        Assert.Equal(numberText, result.Value.NumberText);
        Assert.Equal(type, result.Value.Type?.Abbreviation);
        Assert.Equal(issuers.Split('|'), result.Value.IssuerGroups);
    }

    [Theory]
    [InlineData("KH-BCĐ", "not of the form")]
    [InlineData("12/KH/BCĐ", "not of the form")]
    [InlineData("12/KH-", "not of the form")]
    [InlineData("0/KH-BCĐ", "positive whole number")]
    [InlineData("1234567890/KH-BCĐ", "positive whole number")]
    [InlineData("12/KHBCĐ", "separated by '-'")]
    [InlineData("12/KH", "separated by '-'")]
    [InlineData("12/XYZ", "needs a type and an issuer")]
    public void A_text_that_is_not_a_number_and_symbol_is_refused_with_the_reason(string text, string reason)
    {
        var result = DocumentNumber.Parse(text);

        Assert.False(result.Success);
        var error = Assert.IsType<DocumentFormatException>(result.Exception);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    /// <summary>The grammar, as a pattern with its parts named: the reference the reading is held to.</summary>
    [GeneratedRegex(@"^(?<n>[0-9]*|\[[^\[\]/]{1,40}\])\s*/\s*(?<s>[\p{L}0-9]+(?:\s*[-–]\s*[\p{L}0-9]+)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();

    private static void AgreesWithTheGrammar(string text)
    {
        var m = Grammar().Match(text.Trim().TrimEnd('.', ';', ','));
        var result = DocumentNumber.Parse(text);
        if (!m.Success)
        {
            Assert.False(result.Success);
            return;
        }

        // The shape is right: the text is refused only for a symbol of one group, or for a number that is neither blank,
        // a placeholder, nor a positive whole number of at most nine digits.
        string n = m.Groups["n"].Value;
        string[] groups = Regex.Split(m.Groups["s"].Value, @"\s*[-–]\s*");
        int count = 0;
        bool counted = n.Length is > 0 and <= 9 && int.TryParse(n, out count) && count >= 1;
        bool refused = groups.Length == 1 || (n.Length > 0 && !Placeholder.IsPlaceholder(n) && !counted);
        Assert.Equal(refused, !result.Success);
        if (refused)
        {
            return;
        }

        var number = result.Value;
        Assert.Equal(n, number.NumberText);
        Assert.Equal(counted ? count : null, number.Number);
        Assert.Equal(groups, number.Type is { } type ? [type.Abbreviation, .. number.IssuerGroups] : number.IssuerGroups.ToArray());
    }

    [Fact]
    public void Any_text_shaped_like_a_number_and_symbol_is_read_as_its_grammar_says()
    {
        // Mostly well-formed candidates with a defect here and there: a number, a slash, groups between separators, a tail.
        var number = Gen.Elements("", "1", "05", "1975", "0", "1234567890", "[số]", "[ ]", "[", "x");
        var space = Gen.Elements("", "", " ", "\t", "\n");
        var groupText = Gen.Elements("KH", "BC", "BCĐ", "UBND", "CAT", "138", "ủy", "KHBCĐ", "BCBCĐ", "");
        var separator = Gen.Elements("-", "-", "–", " - ", " – ", "/", " ", "—");
        var tail = Gen.Elements("", "", ".", ";", ",", " ", "\n", ".\n", "\n.", " .");
        var symbol =
            from parts in (from sep in separator from g in groupText select sep + g).ArrayOf()
            select string.Concat(parts);
        var text =
            from lead in space
            from n in number
            from beforeSlash in space
            from afterSlash in space
            from first in groupText
            from rest in symbol
            from end in tail
            select lead + n + beforeSlash + "/" + afterSlash + first + rest + end;
        Prop.ForAll(text.ToArbitrary(), AgreesWithTheGrammar)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Any_text_made_of_number_and_symbol_pieces_is_read_as_its_grammar_says()
    {
        var pieces = Gen.Elements("1", "05", "1975", "0", "/", "-", "–", " ", "\t", "\n", ".", ";", ",", "KH", "BC", "BCĐ", "UBND", "138", "[số]", "[", "]", "ủy", "x");
        Prop.ForAll(pieces.ArrayOf().Select(p => string.Concat(p)).ToArbitrary(), AgreesWithTheGrammar)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));
    }
}
