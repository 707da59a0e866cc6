using System.Globalization;
using System.Text;
using AntqDomain.Legal;
using AntqDomain.Reading;

namespace AntqDomain.Rules;

/// <summary>Writes the rule catalogue as Markdown (<c>docs/rules.md</c> is this output, checked by a test).</summary>
public static class RuleCatalogueMarkdown
{
    /// <summary>The catalogue page: every rule, or only those in force on <paramref name="on"/>.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="on">A date to keep only the rules in force on it; every rule when null.</param>
    /// <returns>The Markdown page.</returns>
    public static string Write(RuleCatalogue catalogue, NodaTime.LocalDate? on = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var sb = new StringBuilder();
        sb.Append("# Rule catalogue\n\n");
        if (on is { } date)
        {
            sb.Append(CultureInfo.InvariantCulture, $"The rules in force on {date:uuuu-MM-dd}.\n\n");
        }

        sb.Append("Generated from `RuleCatalogue.Default` by `antq rules --format markdown`; a test fails when this page is stale.\n");
        sb.Append("Each rule applies when the subject's date lies in its period: a plan's issue date (for an undated draft, its earliest\n");
        sb.Append("possible date), a commendation proposal's date, the date a movement model is assessed on, or a safety assessment's\n");
        sb.Append("proposal date (by default the last day of its period). Codes ANTQ110, ANTQ510, ANTQ609, ANTQ610, ANTQ806 and the ANTQ9xx family are the library's additions.\n");
        sb.Append("\"Fixable\": the rule's findings on text carry a `SuggestedFix` when the defect has one right answer; `antq fix` applies them.\n");
        sb.Append("Rules marked \"no\" need a person (a missing part, a date to choose, a name to find).\n\n");
        foreach (var group in catalogue.Rules.Where(r => on is not { } d || r.Period.Contains(d)).GroupBy(r => r.Code.Group))
        {
            sb.Append(CultureInfo.InvariantCulture, $"## ANTQ{group.Key}xx — {GroupName(group.Key)}\n\n");
            sb.Append("| Code | Severity | In force | Fixable | Checks (vi) | Checks (en) | Source |\n|---|---|---|---|---|---|---|\n");
            foreach (var r in group)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| {r.Code} | {r.Severity.ToString().ToLowerInvariant()} | {r.Period} | {(r.Fixable ? "yes" : "no")} | {r.TitleVi} | {r.TitleEn} | {r.Citation} |\n");
            }

            sb.Append('\n');
        }

        sb.Append("## Messages\n\n");
        sb.Append("What each rule says, in both languages; `{name}` marks a value filled in from the subject. A rule that can be broken in\n");
        sb.Append("several ways has one message per way (its outcome key in the second column). Presentation rules (ANTQ121–143) add\n");
        sb.Append("to their title what the Word file shows.\n\n");
        sb.Append("| Code | Outcome | Message (vi) | Message (en) |\n|---|---|---|---|\n");
        foreach (var r in catalogue.Rules.Where(r => on is not { } d || r.Period.Contains(d)))
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {r.Code} | | {Cell(r.MessageVi)} | {Cell(r.MessageEn)} |\n");
            foreach (var o in r.Outcomes)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| | `{o.Key}` | {Cell(o.MessageVi)} | {Cell(o.MessageEn)} |\n");
            }
        }

        sb.Append('\n');
        sb.Append("## Reader diagnostics (ANTQ0xx)\n\n| Code | Severity | Meaning |\n|---|---|---|\n");
        sb.Append("| ANTQ001 | error | Empty, binary or unreadable input (not UTF-8: TCVN3, VNI, Windows-1258 are named, UTF-16 is said); a directory or missing file in the CLI. |\n");
        sb.Append("| ANTQ002 | error | Input over the size limit (`ReaderLimits`). |\n");
        sb.Append("| ANTQ003 | error | No plan found (no number, no \"KẾ HOẠCH\" or \"BÁO CÁO\" title, no Roman-numbered part); a news article is named as such. |\n");
        sb.Append("| ANTQ004 | warning | No \"KẾ HOẠCH …\" title. |\n");
        sb.Append("| ANTQ005 | info | Text normalised to Unicode NFC. |\n");
        sb.Append("| ANTQ006 | warning | Replacement characters (U+FFFD): wrong encoding or lost diacritics. |\n");
        sb.Append("| ANTQ007 | info | Text placed in no part of the plan, kept verbatim. |\n");
        sb.Append("| ANTQ008 | error | Invalid JSON (syntax, types, unknown or repeated properties at any depth, required values left out, depth, content after the document). |\n");
        sb.Append("| ANTQ009 | warning | A line longer than `ReaderLimits.MaxLineChars`: the rest is kept verbatim (unplaced) but not analysed. |\n");
        sb.Append("| ANTQ010 | warning | More lines than `ReaderLimits.MaxLines`: the text from the next line on is kept verbatim (unplaced) but not analysed. |\n");
        sb.Append("| ANTQ011 | error | Not a Word .docx (a PDF, legacy .doc, RTF, OpenDocument or damaged file): convert it to .docx. |\n");
        sb.Append("| ANTQ012 | info | The Word file has tracked changes: read as if all were accepted. |\n");
        sb.Append("| ANTQ013 | info | Comments, text boxes or images of the Word file were not read. |\n");
        sb.Append("| ANTQ014 | info | A figure of a results report the reader could not place (unknown noun, or a second figure of one indicator): kept verbatim. |\n");
        return sb.ToString();
    }

    private static string Cell(string text)
        => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string GroupName(int group) => group switch
    {
        1 => "document form (Decree 30/2020/NĐ-CP)",
        2 => "calendar and anniversaries",
        3 => "plan content",
        4 => "ceremony programme",
        5 => "cascade and organisation",
        6 => "commendations",
        7 => "movement models",
        8 => "safety standard",
        9 => "results reports and their roll-up (900–949); steering committees (950–999)",
        _ => "other",
    };
}
