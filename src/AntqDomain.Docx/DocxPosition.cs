using System.Globalization;
using AntqDomain.Reading;

namespace AntqDomain.Docx;

/// <summary>
/// Where a line of a Word document comes from (<em>vị trí trong tệp Word</em>): its paragraph, counted from 1 over
/// every paragraph of the body in document order (table cells included), and for a paragraph inside a table the
/// table, row and cell, so that a user can find the spot in Word.
/// </summary>
/// <param name="Paragraph">The paragraph number, from 1.</param>
/// <param name="Table">The table number, from 1, or null outside tables.</param>
/// <param name="Row">The row, from 1, or null outside tables.</param>
/// <param name="Cell">The cell, from 1, or null outside tables.</param>
public sealed record DocxPosition(int Paragraph, int? Table = null, int? Row = null, int? Cell = null)
{
    /// <summary>The position in words, in Vietnamese unless <paramref name="culture"/> is English: "đoạn 12 (bảng 1, hàng 1, ô 2)".</summary>
    /// <param name="culture">The language; Vietnamese when null or not English.</param>
    /// <returns>The description.</returns>
    public string Describe(CultureInfo? culture = null)
    {
        bool en = (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "en";
        string p = string.Create(CultureInfo.InvariantCulture, $"{(en ? "paragraph" : "đoạn")} {Paragraph}");
        if (Table is null)
        {
            return p;
        }

        return en
            ? string.Create(CultureInfo.InvariantCulture, $"{p} (table {Table}, row {Row}, cell {Cell})")
            : string.Create(CultureInfo.InvariantCulture, $"{p} (bảng {Table}, hàng {Row}, ô {Cell})");
    }

    /// <inheritdoc />
    public override string ToString() => Describe(CultureInfo.InvariantCulture);
}
