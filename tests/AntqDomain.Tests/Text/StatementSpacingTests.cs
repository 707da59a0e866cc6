using System.Text.RegularExpressions;
using AntqDomain.Fixing;
using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Text;

/// <summary>
/// A plan whose words are spaced unevenly everywhere — every space doubled by hand, a no-break space beside each space
/// as web pages leave them, a typographic space from a word processor — is read into the same content as the plan
/// spaced evenly and draws the same findings, each placed on the characters of the text as written, where the fix
/// lands too.
/// </summary>
public partial class StatementSpacingTests
{
    public static TheoryData<string, string> Spacings() => new()
    {
        { "every space doubled", "  " },
        { "a no-break space after every space", " \u00A0" },
        { "an en space before every space", "\u2002 " },
    };

    /// <summary>Defects of the sound example, each drawing a finding found in the text of a statement.</summary>
    public static TheoryData<string, string, string> Defects() => new()
    {
        { "kỷ niệm 81 năm Ngày truyền thống", "kỷ niệm 80 năm Ngày truyền thống", "ANTQ201" },
        { "và 21 năm Ngày hội toàn dân", "và 20 năm Ngày hội toàn dân", "ANTQ202" },
        { "(19/8/2005 – 19/8/2026)", "(19/8/2005 – 19/8/2025)", "ANTQ203" },
        { "Tuyên truyền về truyền thống", "Tuyên truyền về phong trào toàn dân vì an ninh Tổ quốc và truyền thống", "ANTQ206" },
        { "xã, phường xây dựng kế hoạch", "xã, phường và Công an huyện xây dựng kế hoạch", "ANTQ316" },
        { "trên địa bàn tỉnh.", "trên địa bàn tỉnh Hà Giang.", "ANTQ508" },
        { "TỔ QUỐC NĂM 2026</p>", "TỔ QUỐC NĂM 2025</p>", "ANTQ205" },
    };

    public static TheoryData<string, string, string, string> DefectsInEachSpacing()
    {
        var rows = new TheoryData<string, string, string, string>();
        foreach (var spacing in Spacings())
        {
            foreach (var defect in Defects())
            {
                rows.Add((string)spacing[1], (string)defect[0], (string)defect[1], (string)defect[2]);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Spacings))]
    public void A_plan_spaced_unevenly_reads_into_the_same_content(string spacing, string space)
    {
        _ = spacing;
        var even = Examples.Read(Examples.CleanProvincePlanText);
        var uneven = Examples.Read(Respaced(Examples.CleanProvincePlanText, space));

        Assert.Equal(Content(even), Content(uneven));
    }

    [Theory]
    [MemberData(nameof(Spacings))]
    public void The_parts_of_a_plan_spaced_unevenly_give_the_same_content_when_derived_without_the_reader(string spacing, string space)
    {
        // As for a plan arriving as JSON: its content is derived from its parts alone, folded anew.
        _ = spacing;
        var even = Examples.Read(Examples.CleanProvincePlanText);
        var uneven = Examples.Read(Respaced(Examples.CleanProvincePlanText, space));
        int? year = AntqDomain.Reading.PlanContent.YearFor(uneven.DocumentKind, uneven.TitleYear, uneven.Dated);

        var derived = AntqDomain.Reading.PlanContent.Of(uneven.Sections, year).Into(uneven);

        Assert.Equal(Content(even), Content(derived));
    }

    [Theory]
    [MemberData(nameof(Spacings))]
    public void A_sound_plan_spaced_unevenly_draws_no_finding(string spacing, string space)
    {
        _ = spacing;
        var uneven = Examples.Read(Respaced(Examples.CleanProvincePlanText, space));

        Assert.Empty(new PlanValidator().Check(uneven).Findings);
    }

    [Theory]
    [MemberData(nameof(DefectsInEachSpacing))]
    public void A_defect_spaced_unevenly_draws_the_same_finding_on_the_text_as_written(string space, string from, string to, string code)
    {
        string evenText = Examples.CleanWith(from, to);
        string unevenText = Respaced(evenText, space);
        var even = new PlanValidator().Check(Examples.Read(evenText)).Findings;
        var uneven = new PlanValidator().Check(Examples.Read(unevenText)).Findings;

        Assert.Contains(even, f => f.Code.Value == code);
        Assert.Equal(even.Select(f => f.Code.Value), uneven.Select(f => f.Code.Value));
        var evenFinding = even.First(f => f.Code.Value == code);
        var unevenFinding = uneven.First(f => f.Code.Value == code);
        Assert.Equal(Squeezed(evenFinding.Excerpt), Squeezed(unevenFinding.Excerpt));
        if (unevenFinding.Location is { Line: { } line, Column: { } column, Length: { } length })
        {
            // The place covers the evidence in the text as written, its wider spaces included.
            string written = unevenText.Split('\n')[line - 1].Substring(column - 1, length);
            Assert.Equal(Squeezed(EvidenceAt(evenText, evenFinding)), Squeezed(written));
        }
    }

    /// <summary>The plans shipped as examples and the layouts of the reading tests, with their defects.</summary>
    public static TheoryData<string> PlanDocuments() =>
    [
        Repo.PathOf("docs", "examples", "province-plan-2026.txt"),
        Repo.PathOf("docs", "examples", "commune-plan-2025-defects.txt"),
        Repo.PathOf("tests", "AntqDomain.Tests", "Fixtures", "layouts", "web-portal-copy.txt"),
        Repo.PathOf("tests", "AntqDomain.Tests", "Fixtures", "layouts", "legal-database-copy.txt"),
        Repo.PathOf("tests", "AntqDomain.Tests", "Fixtures", "layouts", "movement-plan.txt"),
    ];

    [Theory]
    [MemberData(nameof(PlanDocuments))]
    public void A_document_with_every_space_doubled_draws_the_findings_of_the_document(string path)
    {
        string text = File.ReadAllText(path);
        static IEnumerable<string> Codes(string t)
        {
            var read = AntqDomain.Reading.PlanTextReader.Default.Read(t);
            // Text placed in no part is kept either way; how a page's toolbar is cut into pieces may differ.
            return read.Diagnostics.Select(d => d.Code).Where(c => c != "ANTQ007")
                .Concat(new PlanValidator().Check(read.Plan!).Findings.Select(f => f.Code.Value)).Order(StringComparer.Ordinal);
        }

        Assert.Equal(Codes(text), Codes(Respaced(text, "  ")));
    }

    [Theory]
    [MemberData(nameof(Spacings))]
    public void The_fix_of_a_count_spaced_unevenly_lands_on_its_number(string spacing, string space)
    {
        _ = spacing;
        string text = Respaced(Examples.CleanWith("kỷ niệm 81 năm Ngày truyền thống", "kỷ niệm 80 năm Ngày truyền thống"), space);

        var result = new PlanFixer().Fix(text);

        Assert.Equal(Respaced(Examples.CleanProvincePlanText, space), result.Text);
    }

    [Fact]
    public void A_backdrop_on_one_line_with_every_word_spaced_by_two_is_cut_at_its_wider_gaps()
    {
        string evenLine = "| <p>BAN CHỈ ĐẠO 138 TỈNH TUYÊN QUANG</p> <p>NGÀY HỘI</p> <p>TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2026</p> <p>Tuyên Quang, ngày 15 tháng 8 năm 2026</p> |";
        var plan = Examples.Read(Examples.CleanWith(evenLine, evenLine.Replace(" ", "  ", StringComparison.Ordinal)));

        Assert.Equal(
            ["BAN CHỈ ĐẠO 138 TỈNH TUYÊN QUANG", "NGÀY HỘI", "TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2026", "Tuyên Quang, ngày 15 tháng 8 năm 2026"],
            plan.BackdropTitle.Select(l => Squeezed(l.Text)));
    }

    /// <summary>The text with every space between words (not the tabs between header columns) spaced as <paramref name="space"/>.</summary>
    private static string Respaced(string text, string space) => text.Replace(" ", space, StringComparison.Ordinal);

    private static string? Squeezed(string? text) => text is null ? null : Runs().Replace(text, " ");

    /// <summary>The characters a finding of the evenly spaced text points at.</summary>
    private static string? EvidenceAt(string text, Finding f)
        => f.Location is { Line: { } line, Column: { } column, Length: { } length } ? text.Split('\n')[line - 1].Substring(column - 1, length) : null;

    /// <summary>What the reader found in a plan, with the text of each part squeezed.</summary>
    private static string Content(FestivalPlan p) => string.Join(
        "\n",
        [
            Squeezed(p.Title?.Text), Squeezed(p.Issuer.Name), p.Issuer.Kind.ToString(), p.Issuer.Level.ToString(), p.Parent?.Number,
            string.Join(",", p.Sections.Select(s => s.Kind + ":" + s.Paragraphs.Length)),
            string.Join(",", p.Ceremony?.Steps.Select(s => s.Kind + (s.Optional ? "?" : string.Empty)) ?? []),
            string.Join(",", p.FestivalActivities.Select(a => string.Join("+", a.Kinds))), p.HasFestivalPart.ToString(),
            string.Join("|", p.BackdropTitle.Select(l => Squeezed(l.Text))), p.Window?.Interval?.ToString(), p.FlagsFrom?.ToString(),
            Squeezed(p.ScopeText?.Text), string.Join(",", p.Scope), string.Join("|", p.ShowcaseSites.Select(s => Squeezed(s.Text))),
            Squeezed(p.Participants?.Text), Squeezed(p.Funding?.Text), string.Join(",", p.FundingSources),
            string.Join("|", p.Tasks.Select(t => Squeezed(t.Agency))), string.Join("|", p.LeadUpActivities.Select(l => Squeezed(l.Text))),
            p.Recipients?.Lines.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ]);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Runs();
}
