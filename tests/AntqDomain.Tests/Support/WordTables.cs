using DocumentFormat.OpenXml.Wordprocessing;

namespace AntqDomain.Tests.Support;

/// <summary>
/// Word files with a table where a plan or report has a line of its own: the example plan with its ceremony programme as
/// a table, or any text with a table at a marked line. A cell of several paragraphs is written "first¶second".
/// </summary>
internal static class WordTables
{
    private const string Slot = "@@table@@";

    /// <summary>The example province plan, with line feeds.</summary>
    public static string ExampleText => File.ReadAllText(Repo.PathOf("docs", "examples", "province-plan-2026.txt")).ReplaceLineEndings("\n");

    /// <summary>A table of <paramref name="rows"/>, each cell's paragraphs apart by '¶'.</summary>
    public static Table Rows(IEnumerable<string[]> rows)
        => new([.. rows.Select(r => new TableRow(r.Select(c => new TableCell(c.Split('¶').Select(DocxFixtures.Para)))))]);

    /// <summary>The example plan as a Word file, its ceremony programme's line replaced by a heading and a table of <paramref name="rows"/>.</summary>
    public static byte[] WithProgrammeTable(IEnumerable<string[]> rows)
    {
        string line = ExampleText.Split('\n').First(l => l.StartsWith("- Phần lễ:", StringComparison.Ordinal));
        return WithTable(ExampleText.Replace(line, "- Chương trình Phần lễ:\n" + Slot, StringComparison.Ordinal), rows);
    }

    /// <summary>
    /// <paramref name="text"/> as a Word file (<see cref="DocxFixtures.FromPlanText"/>) with a table of <paramref name="rows"/>
    /// where its line <c>{table}</c> stands.
    /// </summary>
    public static byte[] WithTable(string text, IEnumerable<string[]> rows)
        => DocxFixtures.FromPlanText(text.Replace("{table}", Slot, StringComparison.Ordinal), edit: body =>
        {
            var slot = body.Elements<Paragraph>().Single(p => p.InnerText == Slot);
            slot.InsertBeforeSelf(Rows(rows));
            slot.Remove();
        });
}
