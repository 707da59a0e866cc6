using System.Text.RegularExpressions;
using AntqDomain.Language;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AntqDomain.Tests.Calendar;

/// <summary>
/// The date parsers read exactly their grammars: a text of the form gives its day, month and year (a date when it
/// exists, a failure naming it when not), any other text fails. Held to the grammars, written here as patterns with
/// named parts, over texts made of date pieces.
/// </summary>
public partial class DateGrammarTests
{
    [GeneratedRegex(@"^(?<d>[0-9]{1,2})\s*(?<s>[/.\-])\s*(?<m>[0-9]{1,2})\s*\k<s>\s*(?<y>[0-9]{4})$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?:ngày\s+)?(?<d>[0-9]{1,2})\s+tháng\s+(?<m>[0-9]{1,2})\s+năm\s+(?<y>[0-9]{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    [GeneratedRegex(@"^(?:tháng\s*)?(?<m>[0-9]{1,2})\s*(?:[/.\-]|\s+năm\s+)\s*(?<y>[0-9]{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    private static readonly Gen<string> Texts =
        Gen.Elements("1", "05", "19", "8", "31", "2", "29", "2024", "2023", "0", "123", "/", "-", ".", " ", "  ", "\t", "ngày ", "tháng ", " năm ", "THÁNG ", "x", "٣")
            .ArrayOf().Select(p => string.Concat(p));

    private static readonly Gen<string> DateLike =
        from lead in Gen.Elements("", " ", "ngày ", "tháng ")
        from d in Gen.Choose(0, 40)
        from sep1 in Gen.Elements("/", "-", ".", " / ", " tháng ", " năm ")
        from m in Gen.Choose(0, 14)
        from sep2 in Gen.Elements("/", "-", ".", " - ", " năm ", "")
        from y in Gen.Elements("2024", "2023", "0000", "10000", "24", "")
        from tail in Gen.Elements("", " ", "\n", "x")
        select lead + d + sep1 + m + sep2 + y + tail;

    private static void AgreesWithGrammar(string text)
    {
        string t = VietnameseText.AsciiDigits(VietnameseText.Normalize(text)).Trim();
        Expect(Numeric().Match(VietnameseText.AsciiDigits(text).Trim()), VietnameseDates.ParseNumeric(text));
        Expect(Header().Match(t), VietnameseDates.ParseHeader(text));

        var month = Month().Match(t);
        var read = VietnameseDates.ParseMonth(text);
        int m = month.Success ? int.Parse(month.Groups["m"].Value) : 0;
        int y = month.Success ? int.Parse(month.Groups["y"].Value) : 0;
        Assert.Equal(month.Success && m is >= 1 and <= 12 && y is >= 1 and <= 9999, read.Success);
        if (read.Success)
        {
            Assert.Equal(new YearMonth(y, m), read.Value);
        }
    }

    private static void Expect(Match grammar, NodaTime.Text.ParseResult<LocalDate> read)
    {
        if (!grammar.Success)
        {
            Assert.False(read.Success);
            return;
        }

        int d = int.Parse(grammar.Groups["d"].Value), m = int.Parse(grammar.Groups["m"].Value), y = int.Parse(grammar.Groups["y"].Value);
        bool exists = y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, m);
        Assert.Equal(exists, read.Success);
        if (exists)
        {
            Assert.Equal(new LocalDate(y, m, d), read.Value);
        }
        else
        {
            Assert.Contains($"day {d} of month {m} of year {y}", read.Exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Texts_shaped_like_dates_are_read_as_the_grammars_say()
        => Prop.ForAll(DateLike.ToArbitrary(), AgreesWithGrammar).Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));

    [Fact]
    public void Texts_made_of_date_pieces_are_read_as_the_grammars_say()
        => Prop.ForAll(Texts.ToArbitrary(), AgreesWithGrammar).Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));
}
