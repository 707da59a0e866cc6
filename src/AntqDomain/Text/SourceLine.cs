namespace AntqDomain.Text;

/// <summary>A cell of a cleaned input line: tab-separated columns of a two-column layout are separate cells.</summary>
internal readonly record struct Cell(string Text, string Folded, int Line, int Column)
{
    public bool IsEmpty => Text.Length == 0;

    public Documents.Location Location => Documents.Location.At(Line, Column, Text.Length);

    public Plans.PlanText ToPlanText(string? marker = null, int offset = 0)
        => new(Text[offset..].Trim(), Documents.Location.At(Line, Column + offset + LeadingSpaces(Text, offset), Text[offset..].Trim().Length), marker);

    private static int LeadingSpaces(string text, int offset)
    {
        int i = offset;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i - offset;
    }

    /// <summary>Splits a raw line into trimmed cells, replacing markdown and HTML remnants by spaces so columns are kept.</summary>
    public static List<Cell> Split(string raw, int lineNumber, int maxChars)
    {
        string line = raw.Length > maxChars ? raw[..maxChars] : raw;
        var chars = line.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c == '*' || c == '|' || c == '\u00A0' || c == '\u200B' || c == '\uFEFF' || (char.IsControl(c) && c != '\t'))
            {
                chars[i] = ' ';
            }
            else if (c == '<')
            {
                int close = Array.IndexOf(chars, '>', i);
                if (close > i && close - i <= 8 && IsTag(chars, i + 1, close))
                {
                    Array.Fill(chars, ' ', i, close - i + 1);
                    i = close;
                }
            }
        }

        string cleaned = new(chars);
        var cells = new List<Cell>(1);
        int start = 0;
        while (start <= cleaned.Length)
        {
            int tab = cleaned.IndexOf('\t', start);
            int end = tab < 0 ? cleaned.Length : tab;
            string part = cleaned[start..end];
            string trimmed = part.Trim();
            if (trimmed.Length > 0 && !IsRule(trimmed))
            {
                int lead = part.Length - part.TrimStart().Length;
                cells.Add(new Cell(trimmed, VietnameseText.Fold(trimmed), lineNumber, start + lead + 1));
            }

            if (tab < 0)
            {
                break;
            }

            start = tab + 1;
        }

        return cells;
    }

    private static bool IsTag(char[] chars, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!(char.IsAsciiLetter(chars[i]) || chars[i] == '/' || char.IsAsciiDigit(chars[i])))
            {
                return false;
            }
        }

        return to > from;
    }

    /// <summary>A decoration line: only dashes, underscores, colons, equals signs.</summary>
    private static bool IsRule(string text)
    {
        foreach (char c in text)
        {
            if (c is not ('-' or '_' or ':' or '=' or '–' or '—' or ' ' or '.'))
            {
                return false;
            }
        }

        return text.Length >= 2;
    }
}
