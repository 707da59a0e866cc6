using System.Collections.Immutable;
using System.Text.Json;
using AntqDomain.Calendar;
using AntqDomain.Documents;
using AntqDomain.Legal;
using AntqDomain.Rules;
using NodaTime;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// The small values users compare, order and print: anniversary counts, backdrop titles, fixes, reports and rule
/// codes; and how a rule's message is assembled from its template (capitals, quotes cut at a whole character,
/// placeholders it has no value for).
/// </summary>
public class SmallValueLawsTests
{
    [Theory]
    [InlineData(80, AnniversaryRound.Ten, true)]
    [InlineData(75, AnniversaryRound.Five, false)]
    [InlineData(81, AnniversaryRound.None, false)]
    [InlineData(0, AnniversaryRound.None, false)]
    public void Only_a_count_ending_in_zero_is_round(int years, AnniversaryRound round, bool isRound)
    {
        var count = new AnniversaryCount(years);
        Assert.Equal(round, count.Round);
        Assert.Equal(isRound, count.IsRound);
    }

    [Fact]
    public void Anniversary_counts_order_by_their_years()
    {
        AnniversaryCount a = new(20), b = new(21), same = new(20);
        Assert.True(a < b && !(b < a) && !(a < same));
        Assert.True(b > a && !(a > b) && !(a > same));
        Assert.True(a <= b && a <= same && !(b <= a));
        Assert.True(b >= a && a >= same && !(a >= b));
        Assert.True(a != b && !(a != same) && a == same);
    }

    [Fact]
    public void Backdrop_titles_with_the_same_lines_are_equal_with_the_same_hash()
    {
        var a = new BackdropTitle(["NGÀY HỘI", "TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC"]);
        var b = new BackdropTitle(ImmutableArray.Create("NGÀY HỘI", "TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC"));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new BackdropTitle(["NGÀY HỘI", "TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2026"]));
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Backdrop_titles_of_different_years_spread_over_hash_codes()
    {
        // Titles are keys of dictionaries in apps that print one per unit and year: a constant hash would make every
        // lookup a linear search.
        var hashes = Enumerable.Range(2005, 40).Select(y => new FestivalYear(y).BackdropTitle().GetHashCode()).Distinct().Count();
        Assert.True(hashes >= 35, $"{hashes} distinct hash codes for 40 titles");
    }

    [Fact]
    public void Fixes_differ_by_either_description_or_by_their_edits()
    {
        var edit = new TextEdit(Location.At(3, 5, 2), "05");
        var fix = new SuggestedFix("Sửa", "Repair", [edit]);
        Assert.Equal(fix, new SuggestedFix("Sửa", "Repair", [edit with { }]));
        Assert.NotEqual(fix, fix with { DescriptionVi = "Sửa khác" });
        Assert.NotEqual(fix, fix with { DescriptionEn = "Other repair" });
        Assert.NotEqual(fix, fix with { Edits = [edit with { Replacement = "06" }] });
    }

    [Fact]
    public void Reports_differ_by_their_date_or_their_findings_and_filter_by_severity()
    {
        var warning = new Finding(new RuleCode("ANTQ101"), FindingSeverity.Warning, "vi", "en", new Citation("NĐ30", "Nghị định 30/2020/NĐ-CP"), null, null);
        var error = warning with { Code = new RuleCode("ANTQ102"), Severity = FindingSeverity.Error };
        var report = new ValidationReport([warning, error], new LocalDate(2026, 6, 5));
        Assert.Equal(report, new ValidationReport([warning, error], new LocalDate(2026, 6, 5)));
        Assert.NotEqual(report, report with { Date = new LocalDate(2026, 6, 6) });
        Assert.NotEqual(report, report with { Findings = [warning] });
        Assert.Equal([error], report.OfSeverity(FindingSeverity.Error));
        Assert.Equal([warning], report.OfSeverity(FindingSeverity.Warning));
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void A_rule_code_is_a_JSON_string_and_anything_else_is_refused()
    {
        Assert.Equal("\"ANTQ305\"", JsonSerializer.Serialize(new RuleCode("ANTQ305")));
        Assert.Equal(new RuleCode("ANTQ305"), JsonSerializer.Deserialize<RuleCode>("\"ANTQ305\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RuleCode>("\"ANTQ3\""));
        Assert.Contains("not Number", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RuleCode>("305")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_starts_with_a_capital_whatever_its_first_value()
    {
        Assert.Equal("Xã Đồng Tâm thiếu số", MessageTemplate.Sentence("xã Đồng Tâm thiếu số"));
        Assert.Equal("76 năm", MessageTemplate.Sentence("76 năm"));
        Assert.Equal(string.Empty, MessageTemplate.Sentence(string.Empty));
    }

    [Fact]
    public void A_quoted_text_is_cut_at_the_limit_without_splitting_a_character()
    {
        string exact = new('a', MessageTemplate.MaxQuotedChars);
        Assert.Same(exact, MessageTemplate.Cap(exact));
        string longer = exact + "b";
        Assert.Equal(new string('a', MessageTemplate.MaxQuotedChars - 1) + "…", MessageTemplate.Cap(longer));

        // An emoji (two UTF-16 units) straddling the cut is dropped whole, never halved.
        string straddling = new string('a', MessageTemplate.MaxQuotedChars - 2) + "😀" + "tail";
        string cut = MessageTemplate.Cap(straddling)!;
        Assert.Equal(new string('a', MessageTemplate.MaxQuotedChars - 2) + "…", cut);
        Assert.Null(MessageTemplate.Cap(null));
    }

    [Fact]
    public void A_template_keeps_placeholders_it_has_no_value_for_and_an_unclosed_brace()
    {
        (string, string)[] args = [("found", "214/KH"), ("listAllowed", new string('x', MessageTemplate.MaxQuotedChars + 10))];
        Assert.Equal("Số 214/KH, {missing}.", MessageTemplate.Format("Số {found}, {missing}.", args));
        Assert.Equal("Số 214/KH {chưa đóng", MessageTemplate.Format("Số {found} {chưa đóng", args));
        Assert.Equal("Danh sách " + new string('x', MessageTemplate.MaxQuotedChars + 10), MessageTemplate.Format("Danh sách {listAllowed}", args));
        Assert.Equal("Không có gì", MessageTemplate.Format("Không có gì", args));
    }
}
