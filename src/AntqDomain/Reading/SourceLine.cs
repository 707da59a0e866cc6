using AntqDomain.Documents;
using AntqDomain.Language;

namespace AntqDomain.Reading;

/// <summary>
/// A cell of a cleaned input line: tab-separated columns of a two-column layout are separate cells. A cell is a view
/// over the input (or over the cleaned copy of its line) and over the reader's folded buffer: it holds no text of its
/// own, and lives only while one text is read. What goes into the plan is copied out by <see cref="ToPlanText(string?, int)"/>.
/// </summary>
internal readonly struct Cell(ReadOnlyMemory<char> text, ReadOnlyMemory<char> folded, int line, int column, bool mayHoldSpaceRun)
{
    /// <summary>The cell's text, trimmed.</summary>
    public ReadOnlySpan<char> Text => text.Span;

    /// <summary>The cell's text folded (<see cref="VietnameseText.Fold"/>), one character for each of <see cref="Text"/>.</summary>
    public ReadOnlySpan<char> Folded => folded.Span;

    /// <summary>
    /// False when <see cref="Folded"/> surely holds no two spaces in a row (the fold saw none), so no part of it does; true
    /// when it may.
    /// </summary>
    public bool MayHoldSpaceRun => mayHoldSpaceRun;

    /// <summary>The 1-based line.</summary>
    public int Line => line;

    /// <summary>The 1-based column where the cell's text starts.</summary>
    public int Column => column;

    /// <summary>The number of characters.</summary>
    public int Length => text.Length;

    /// <summary>Where the cell is in the input.</summary>
    public Documents.Location Location => Documents.Location.At(Line, Column, text.Length);

    /// <summary>The cell's text as a string (a copy, unless the cell is a whole input string).</summary>
    public string TextString() => text.ToString();

    /// <summary>The cell's folded text as a string (a copy).</summary>
    public string FoldedString() => folded.ToString();

    /// <summary>The cell's first <paramref name="length"/> characters, without the spaces at their end.</summary>
    public Cell Take(int length)
    {
        int kept = text.Span[..length].TrimEnd().Length;
        return new Cell(text[..kept], folded[..kept], line, column, mayHoldSpaceRun);
    }

    /// <summary>The cell's text from <paramref name="start"/> on, trimmed, as a cell of its own (its column moved there).</summary>
    public Cell Skip(int start)
    {
        int lead = text.Span[start..].Length - text.Span[start..].TrimStart().Length;
        int from = start + lead;
        return new Cell(text[from..], folded[from..], line, column + from, mayHoldSpaceRun);
    }

    /// <summary>
    /// The list marker read at the start of the cell's folded text, as the cell writes it (null when none was read): a
    /// letter keeps its case and its diacritic ("A.", "Đ)"); a number or a bullet is the folded one, shared.
    /// </summary>
    public string? MarkerAsWritten(ListMarker read)
        => read.Marker is not { Length: > 0 } folded ? null : text.Span[0] == folded[0] ? folded : text.Span[..folded.Length].ToString();

    /// <summary>The cell's text from <paramref name="offset"/> on, trimmed, as plan text of its own (the copy the plan keeps).</summary>
    public Documents.PlanText ToPlanText(string? marker = null, int offset = 0) => ToPlanText(marker, offset, out _);

    /// <summary>As <see cref="ToPlanText(string?, int)"/>, with the view of the text's folded form (valid while the text is read).</summary>
    public Documents.PlanText ToPlanText(string? marker, int offset, out FoldedParagraph foldedText)
    {
        var span = Text[offset..];
        int lead = span.Length - span.TrimStart().Length;
        int length = span.Trim().Length;
        int start = offset + lead;
        foldedText = new FoldedParagraph(folded.Slice(start, length), mayHoldSpaceRun);
        return new Documents.PlanText(text.Slice(start, length).ToString(), Documents.Location.At(Line, Column + start, length), marker);
    }

    /// <summary>
    /// Cuts the line at <paramref name="offset"/> of <paramref name="text"/> into trimmed cells, replacing markdown and
    /// HTML remnants by spaces so columns are kept, and adds them to <paramref name="cells"/>, which folds them. Clean
    /// lines are not copied.
    /// </summary>
    public static void Split(string text, int offset, int length, int maxChars, CellLines cells)
    {
        if (length > maxChars)
        {
            length = maxChars;
        }

        var line = text.AsMemory(offset, length);
        if (NeedsCleaning(line.Span))
        {
            var copy = cells.Copy(line.Span);
            Clean(copy.Span);
            line = copy;
        }

        int start = 0;
        while (start <= length)
        {
            // Tabs and the pipes of tables exported as text ("| UBND … | CỘNG HÒA … |") separate the columns.
            int tab = line.Span[start..].IndexOfAny('\t', '|');
            int end = tab < 0 ? length : start + tab;
            var part = line.Span[start..end];
            var trimmed = part.Trim();
            if (trimmed.Length > 0 && !IsRule(trimmed))
            {
                int lead = part.Length - part.TrimStart().Length;
                cells.Add(line.Slice(start + lead, trimmed.Length), start + lead + 1);
            }

            if (tab < 0)
            {
                break;
            }

            start = end + 1;
        }
    }

    /// <summary>Whether the line holds markdown or HTML remnants, odd spaces or control characters to blank out.</summary>
    private static bool NeedsCleaning(ReadOnlySpan<char> line)
    {
        // The ASCII ones in one vectorised search; the others all lie in four ranges away from the Vietnamese letters
        // (C1 controls to the soft hyphen, Arabic to Mongolian marks, General Punctuation, the ideographic space to the
        // end of the plane), where a character found is checked against the set: Vietnamese text meets only its quotes
        // and dashes there.
        return line.IndexOfAny(AsciiToClean) >= 0
            || VietnameseText.AnyInRange(line, '\u0080', '\u00AD', ToClean) || VietnameseText.AnyInRange(line, '\u0600', '\u180E', ToClean)
            || VietnameseText.AnyInRange(line, '\u2000', '\u206F', ToClean) || VietnameseText.AnyInRange(line, '\u3000', '\uFFFB', ToClean);
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
    /// What <see cref="Clean"/> blanks out (or looks at, for '&lt;'): markdown remnants, the no-break and typographic
    /// spaces (<see cref="OddSpaces"/>), the control
    /// characters but the tab (C0 and C1) and every invisible format character. A vectorised search finds the few lines
    /// that need it.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> ToClean = System.Buffers.SearchValues.Create("*<" + OddSpaces + FormatCharacters + Controls(below: '\u00A0'));

    /// <summary>
    /// The space separators but the plain space (Unicode category Zs): the no-break space of web pages, the en, em, thin
    /// and narrow no-break spaces of word processors, the ideographic space. Each reads as a plain space.
    /// </summary>
    internal const string OddSpaces = "\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000";

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

    /// <summary>Blanks out, in place, what <see cref="ToClean"/> lists and the short HTML tags ("&lt;br&gt;", "&lt;/b&gt;").</summary>
    private static void Clean(Span<char> chars)
    {
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c != '<' && ToClean.Contains(c))
            {
                chars[i] = ' ';
            }
            else if (c == '<')
            {
                int close = chars[i..].IndexOf('>');
                if (close > 0 && close <= 8 && IsTag(chars[(i + 1)..(i + close)]))
                {
                    chars.Slice(i, close + 1).Fill(' ');
                    i += close;
                }
            }
        }
    }

    private static bool IsTag(ReadOnlySpan<char> name)
    {
        foreach (char c in name)
        {
            if (!(char.IsAsciiLetter(c) || c == '/' || char.IsAsciiDigit(c)))
            {
                return false;
            }
        }

        return name.Length > 0;
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
