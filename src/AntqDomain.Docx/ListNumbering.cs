using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AntqDomain.Docx;

/// <summary>
/// Word's automatic list numbering written out as Word shows it ("1.", "2.1.", "a)", "II.", a bullet as "-"), so
/// that the text reader sees the markers a user sees. Counters run per list instance; a level restarts when a
/// shallower level of the same list advances.
/// </summary>
internal sealed class ListNumbering
{
    private readonly NumberingDefinitionsPart? part;
    private readonly StyleDefinitionsPart? styles;
    private readonly Dictionary<int, ListInstance> lists = [];

    public ListNumbering(MainDocumentPart main)
    {
        part = main.NumberingDefinitionsPart;
        styles = main.StyleDefinitionsPart;
    }

    /// <summary>The marker of <paramref name="paragraph"/> followed by a space, or null when it is not numbered.</summary>
    public string? Next(Paragraph paragraph)
    {
        var (numId, level) = NumberingOf(paragraph);
        if (numId is not { } id || id == 0 || part?.Numbering is not { } numbering)
        {
            return null;
        }

        if (!lists.TryGetValue(id, out var list))
        {
            // Looked up once per list instance: its definition's levels and its counters.
            list = lists[id] = ListInstance.Of(numbering, id);
        }

        if (list.Levels is not { } levels)
        {
            return null;
        }

        var instance = list.Instance;
        var count = list.Counters;
        int ilvl = Math.Clamp(level ?? 0, 0, 8);

        count[ilvl]++;
        for (int deeper = ilvl + 1; deeper < 9; deeper++)
        {
            count[deeper] = Start(instance, levels[deeper], deeper) - 1;
        }

        var lvl = levels[ilvl];
        string format = lvl?.NumberingFormat?.Val?.InnerText ?? "decimal";
        if (format == "none")
        {
            return null;
        }

        if (format == "bullet")
        {
            return "- ";
        }

        string template = lvl?.LevelText?.Val?.Value ?? "%" + (ilvl + 1).ToString(CultureInfo.InvariantCulture) + ".";
        var sb = new StringBuilder();
        for (int i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                int at = template[i + 1] - '1';
                string f = levels[at]?.NumberingFormat?.Val?.InnerText ?? "decimal";
                sb.Append(Format(Math.Max(count[at], 1), at == ilvl ? format : f));
                i++;
            }
            else
            {
                sb.Append(template[i]);
            }
        }

        return sb.Length == 0 ? null : sb.Append(' ').ToString();
    }

    private (int? NumId, int? Level) NumberingOf(Paragraph paragraph)
    {
        var direct = paragraph.ParagraphProperties?.NumberingProperties;
        if (direct?.NumberingId?.Val?.Value is int id)
        {
            return (id, direct.NumberingLevelReference?.Val?.Value);
        }

        // Numbering given by the paragraph's style (Word's "List Number", headings numbered by a style).
        string? styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (int depth = 0; styleId is not null && depth < 10; depth++)
        {
            var style = styles?.Styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            var numPr = style?.StyleParagraphProperties?.NumberingProperties;
            if (numPr?.NumberingId?.Val?.Value is int sid)
            {
                return (sid, direct?.NumberingLevelReference?.Val?.Value ?? numPr.NumberingLevelReference?.Val?.Value);
            }

            styleId = style?.BasedOn?.Val?.Value;
        }

        return (null, null);
    }

    private static int Start(NumberingInstance? instance, Level? level, int ilvl)
    {
        var over = instance?.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == ilvl);
        return over?.StartOverrideNumberingValue?.Val?.Value ?? level?.StartNumberingValue?.Val?.Value ?? 1;
    }

    private static string Format(int n, string format) => format switch
    {
        "lowerLetter" => Letters(n).ToLowerInvariant(),
        "upperLetter" => Letters(n),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "upperRoman" => Roman(n),
        "decimalZero" => n.ToString("00", CultureInfo.InvariantCulture),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static string Letters(int n)
    {
        // Word repeats the letter past z: a … z, aa … zz.
        int index = (n - 1) % 26;
        int times = ((n - 1) / 26) + 1;
        return new string((char)('A' + index), times);
    }

    private static string Roman(int n)
    {
        if (n is < 1 or > 3999)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (int i = 0; i < values.Length; i++)
        {
            while (n >= values[i])
            {
                sb.Append(symbols[i]);
                n -= values[i];
            }
        }

        return sb.ToString();
    }

    /// <summary>A list instance (<c>w:num</c>): its levels (null when its definition is missing) and its counters.</summary>
    private sealed record ListInstance(NumberingInstance? Instance, Level?[]? Levels, int[] Counters)
    {
        public static ListInstance Of(Numbering numbering, int id)
        {
            var instance = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == id);
            int? abstractId = instance?.AbstractNumId?.Val?.Value;
            var abstractNum = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            if (abstractNum is null)
            {
                return new ListInstance(instance, null, []);
            }

            var levels = new Level?[9];
            foreach (var l in abstractNum.Elements<Level>())
            {
                if (l.LevelIndex?.Value is int i and >= 0 and <= 8)
                {
                    levels[i] = l;
                }
            }

            var counters = new int[9];
            for (int i = 0; i < 9; i++)
            {
                counters[i] = Start(instance, levels[i], i) - 1;
            }

            return new ListInstance(instance, levels, counters);
        }
    }
}
