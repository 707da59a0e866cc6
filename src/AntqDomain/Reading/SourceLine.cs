using AntqDomain.Documents;
using AntqDomain.Language;

namespace AntqDomain.Reading;

/// <summary>A cell of a cleaned input line: tab-separated columns of a two-column layout are separate cells.</summary>
internal readonly record struct Cell(string Text, string Folded, int Line, int Column)
{
    public bool IsEmpty => Text.Length == 0;

    public Documents.Location Location => Documents.Location.At(Line, Column, Text.Length);

    public Documents.PlanText ToPlanText(string? marker = null, int offset = 0)
    {
        var span = Text.AsSpan(offset);
        int lead = span.Length - span.TrimStart().Length;
        int length = span.Trim().Length;
        int start = offset + lead;
        string text = start == 0 && length == Text.Length ? Text : Text.Substring(start, length);
        string folded = start == 0 && length == Folded.Length ? Folded : Folded.Substring(start, length);
        return Documents.PlanText.WithFolded(text, folded, Documents.Location.At(Line, Column + start, length), marker);
    }

    /// <summary>Splits a raw line into trimmed cells, replacing markdown and HTML remnants by spaces so columns are kept.</summary>
    public static List<Cell> Split(string raw, int lineNumber, int maxChars) => Split(raw, 0, raw.Length, lineNumber, maxChars);

    /// <summary>As <see cref="Split(string, int, int)"/>, for the line at <paramref name="offset"/> of <paramref name="text"/> (no copy of clean lines).</summary>
    public static List<Cell> Split(string text, int offset, int length, int lineNumber, int maxChars)
    {
        if (length > maxChars)
        {
            length = maxChars;
        }

        var line = text.AsSpan(offset, length);
        if (NeedsCleaning(line))
        {
            text = Clean(line);
            offset = 0;
        }

        var cells = new List<Cell>(1);
        int start = 0;
        while (start <= length)
        {
            // Tabs and the pipes of tables exported as text ("| UBND … | CỘNG HÒA … |") separate the columns.
            int tab = text.AsSpan(offset + start, length - start).IndexOfAny('\t', '|');
            int end = tab < 0 ? length : start + tab;
            var part = text.AsSpan(offset + start, end - start);
            var trimmedSpan = part.Trim();
            if (trimmedSpan.Length > 0 && !IsRule(trimmedSpan))
            {
                int lead = part.Length - part.TrimStart().Length;
                string trimmed = trimmedSpan.Length == text.Length ? text : trimmedSpan.ToString();
                cells.Add(new Cell(trimmed, VietnameseText.Fold(trimmed), lineNumber, start + lead + 1));
            }

            if (tab < 0)
            {
                break;
            }

            start = end + 1;
        }

        return cells;
    }

    /// <summary>Whether the line holds markdown or HTML remnants, odd spaces or control characters to blank out.</summary>
    private static bool NeedsCleaning(ReadOnlySpan<char> line)
    {
        // The ASCII ones in one vectorised search; the others all lie in four ranges away from the Vietnamese letters
        // (C1 controls to the soft hyphen, Arabic to Mongolian marks, General Punctuation, the end of the plane), where
        // a character found is checked against the set: Vietnamese text meets only its quotes and dashes there.
        return line.IndexOfAny(AsciiToClean) >= 0
            || AnyToClean(line, '\u0080', '\u00AD') || AnyToClean(line, '\u0600', '\u180E')
            || AnyToClean(line, '\u200B', '\u206F') || AnyToClean(line, '\uFEFF', '\uFFFB');
    }

    private static bool AnyToClean(ReadOnlySpan<char> line, char low, char high)
    {
        for (int at = line.IndexOfAnyInRange(low, high); at >= 0; at = line.IndexOfAnyInRange(low, high))
        {
            if (ToClean.Contains(line[at]))
            {
                return true;
            }

            line = line[(at + 1)..];
        }

        return false;
    }

    /// <summary>
    /// The format characters (Unicode category Cf) of the Basic Multilingual Plane: soft hyphen, Arabic number signs,
    /// zero-width space and joiners, direction marks and embeddings, invisible operators, the byte-order mark and the
    /// interlinear annotation marks. Listed rather than found by testing all 65,536 characters at start-up (about 16 ms
    /// in a fresh process under the JIT, measured alone); a test keeps the list equal to the runtime's own category data.
    /// </summary>
    internal const string FormatCharacters =
        "\u00AD\u0600\u0601\u0602\u0603\u0604\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B\u200C\u200D\u200E\u200F"
        + "\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206A\u206B\u206C\u206D\u206E\u206F"
        + "\uFEFF\uFFF9\uFFFA\uFFFB";

    /// <summary>
    /// What <see cref="Clean"/> blanks out (or looks at, for '&lt;'): markdown remnants, odd spaces, the control
    /// characters but the tab (C0 and C1) and every invisible format character. A vectorised search finds the few lines
    /// that need it.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> ToClean = System.Buffers.SearchValues.Create("*<\u00A0" + FormatCharacters + Controls(below: '\u00A0'));

    /// <summary>The ASCII characters of <see cref="ToClean"/>, searched for first.</summary>
    private static readonly System.Buffers.SearchValues<char> AsciiToClean = System.Buffers.SearchValues.Create("*<" + Controls(below: '\u0080'));

    /// <summary>The control characters below <paramref name="below"/> but the tab.</summary>
    private static string Controls(char below)
    {
        var controls = new System.Text.StringBuilder(64);
        for (char c = '\0'; c < below; c++)
        {
            if (char.IsControl(c) && c != '\t')
            {
                controls.Append(c);
            }
        }

        return controls.ToString();
    }

    private static string Clean(ReadOnlySpan<char> line)
    {
        var chars = line.ToArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c != '<' && ToClean.Contains(c))
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

        return new string(chars);
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
    private static bool IsRule(ReadOnlySpan<char> text)
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
