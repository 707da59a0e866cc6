using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace AntqDomain.Language;

/// <summary>
/// Helpers for Vietnamese text (<em>văn bản tiếng Việt</em>): Unicode NFC normalisation (documents exported from
/// Word are sometimes NFD), diacritic folding for tolerant matching, and whitespace cleanup.
/// </summary>
public static class VietnameseText
{
    /// <summary>
    /// The text in Unicode normalisation form C (composed), which the library uses everywhere. Lone surrogates (invalid
    /// UTF-16) and U+FFFE (a noncharacter: a byte-order mark read the wrong way round, which the runtime's normaliser
    /// refuses) become U+FFFD, so the result is always valid and the same length or shorter.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <returns>The text in form C.</returns>
    public static string Normalize(string text) => Normalize(text, out _);

    /// <summary>
    /// As <see cref="Normalize(string)"/>, telling whether <paramref name="text"/> holds a character past General
    /// Punctuation (U+2070 on): the lone surrogates, U+FFFE and U+FFFD all lie there, so without one the result holds no
    /// U+FFFD. One search answers that and spares the quick composition test its third range and the replacement its
    /// two searches: Vietnamese text seldom holds such a character.
    /// </summary>
    internal static string Normalize(string text, out bool pastPunctuation)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (SurelyComposedInOnePass(text))
        {
            pastPunctuation = false;
            return text;
        }

        pastPunctuation = text.AsSpan().IndexOfAnyInRange('\u2070', '\uFFFF') >= 0;
        if (pastPunctuation)
        {
            text = ReplaceInvalid(text);
        }

        return (!pastPunctuation && IsSurelyComposed(text)) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// A fast test that needs no Unicode tables, for text with no character past U+206F: text made only of characters
    /// below U+0300 (ASCII and the precomposed Latin letters), of the Vietnamese precomposed letters (U+1E00–U+1EFF) and
    /// of common punctuation (U+2010–U+206F) is in NFC, because none of them decomposes or combines. Anything else gets
    /// the full test.
    /// </summary>
    private static bool IsSurelyComposed(string text)
    {
        // Two vectorised searches for anything between those ranges.
        var span = text.AsSpan();
        return span.IndexOfAnyInRange('\u0300', '\u1DFF') < 0
            && span.IndexOfAnyInRange('\u1F00', '\u200F') < 0;
    }

    /// <summary>
    /// Whether every character of <paramref name="text"/> lies below U+0300, in U+1E00–U+1EFF or in U+2010–U+206F
    /// (so the text is in form C and holds nothing past General Punctuation), tested in one pass 32 characters at a time
    /// where the processor has 512-bit vectors: the three searches of the exact test cost three passes. False when
    /// unsure (another character, or no such vectors): the exact test then decides.
    /// </summary>
    private static bool SurelyComposedInOnePass(string text)
    {
        if (!Vector512.IsHardwareAccelerated || text.Length < Vector512<ushort>.Count)
        {
            return false;
        }

        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        var outside = Vector512<ushort>.Zero;
        int last = text.Length - Vector512<ushort>.Count;
        for (int at = 0; ; at += Vector512<ushort>.Count)
        {
            // The last block is the text's last 32 characters, overlapping the one before.
            var chars = Vector512.LoadUnsafe(ref start, (nuint)Math.Min(at, last));
            outside |= Vector512.GreaterThanOrEqual(chars, Vector512.Create((ushort)0x0300))
                & Vector512.GreaterThanOrEqual(chars - Vector512.Create((ushort)0x1E00), Vector512.Create((ushort)0x0100))
                & Vector512.GreaterThanOrEqual(chars - Vector512.Create((ushort)0x2010), Vector512.Create((ushort)0x0060));
            if (at >= last)
            {
                return outside == Vector512<ushort>.Zero;
            }
        }
    }

    private static string ReplaceInvalid(string text)
    {
        int surrogate = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        int reversedMark = text.IndexOf('\uFFFE', StringComparison.Ordinal);
        if (surrogate < 0 && reversedMark < 0)
        {
            return text;
        }

        int i = surrogate < 0 ? reversedMark : reversedMark < 0 ? surrogate : Math.Min(surrogate, reversedMark);
        char[]? copy = null;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c == '\uFFFE')
            {
                copy ??= text.ToCharArray();
                copy[i] = '\uFFFD';
            }
        }

        return copy is null ? text : new string(copy);
    }

    /// <summary>
    /// Folds the text for tolerant matching: lower case, diacritics removed, <c>đ</c> → <c>d</c>, decimal digits of
    /// every script (fullwidth, Arabic-Indic, Devanagari, …) → ASCII digits, every white-space character (tab, line
    /// break, no-break space, the typographic spaces) → a plain space. The result has
    /// exactly one character per input UTF-16 unit of the NFC input, so positions carry over.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <returns>The folded text, one character for each character of the input.</returns>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) => FoldInto(source, span));
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds a character of <paramref name="set"/> between <paramref name="low"/> and
    /// <paramref name="high"/>: a vectorised search jumps to each character of the range (in Vietnamese text, mostly the
    /// quotes and dashes of General Punctuation), and only those are tested against the set.
    /// </summary>
    internal static bool AnyInRange(ReadOnlySpan<char> text, char low, char high, System.Buffers.SearchValues<char> set)
    {
        for (int at = text.IndexOfAnyInRange(low, high); at >= 0; at = text.IndexOfAnyInRange(low, high))
        {
            if (set.Contains(text[at]))
            {
                return true;
            }

            text = text[(at + 1)..];
        }

        return false;
    }

    /// <summary>Where <paramref name="value"/> next occurs in <paramref name="text"/> at or after <paramref name="from"/>, or -1 (ordinal).</summary>
    internal static int IndexOf(ReadOnlySpan<char> text, string value, int from)
    {
        int at = from > text.Length ? -1 : text[from..].IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Whether the <paramref name="length"/> characters at <paramref name="at"/> stand as whole words: no letter just before or after them.</summary>
    internal static bool IsWholeWords(ReadOnlySpan<char> text, int at, int length)
    {
        int end = at + length;
        return (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]));
    }

    /// <summary>Whether <paramref name="words"/> occurs in <paramref name="text"/> as whole words (<see cref="IsWholeWords"/>; ordinal).</summary>
    internal static bool ContainsWholeWords(ReadOnlySpan<char> text, string words)
    {
        for (int at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = IndexOf(text, words, at + 1))
        {
            if (IsWholeWords(text, at, words.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the folded form of <paramref name="text"/>, its runs of white space made one space, contains
    /// <paramref name="folded"/> (spaced by single spaces), without keeping a folded copy.
    /// </summary>
    internal static bool FoldedContains(string? text, string folded)
    {
        if (text is null || text.Length < folded.Length)
        {
            return false;
        }

        using var scratch = new FoldScratch(text, stackalloc char[256], squeeze: true);
        return scratch.Span.Contains(folded, StringComparison.Ordinal);
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> (at least as long), as <see cref="Fold"/> does.</summary>
    internal static void FoldInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        destination = destination[..text.Length];
        if (!WideFold.TryFold(text, destination))
        {
            FoldOneByOne(text, destination);
        }
    }

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="destination"/> (at least as long), as <see cref="Fold"/> does,
    /// and tells whether the folded text holds two spaces in a row: a run of white space to squeeze. The wide fold sees it
    /// in the same pass; otherwise the folded text is searched.
    /// </summary>
    internal static bool FoldFindingSpaceRun(ReadOnlySpan<char> text, Span<char> destination)
    {
        destination = destination[..text.Length];
        if (WideFold.TryFold(text, destination, out bool spaceRun))
        {
            return spaceRun;
        }

        FoldOneByOne(text, destination);
        return SqueezedSpaces.HasRun(destination);
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> (as long) by one table read per character, on any processor.</summary>
    internal static void FoldOneByOne(ReadOnlySpan<char> text, Span<char> destination)
    {
        destination = destination[..text.Length];
        var table = FoldTable;

        // Four characters at a time: when none is past U+1FFF (one test of the four's high bits), each is one read of
        // the table, with no per-character branch. Most blocks of Vietnamese text are such blocks; the others, and the
        // last characters, go one by one. Each character keeps its position whatever the byte order.
        var blocks = MemoryMarshal.Cast<char, ulong>(text);
        var folded = MemoryMarshal.Cast<char, ulong>(destination);
        for (int b = 0; b < blocks.Length; b++)
        {
            ulong four = blocks[b];
            if ((four & 0xE000_E000_E000_E000UL) == 0)
            {
                folded[b] = table[(int)(four & 0xFFFF)]
                    | ((ulong)table[(int)((four >> 16) & 0xFFFF)] << 16)
                    | ((ulong)table[(int)((four >> 32) & 0xFFFF)] << 32)
                    | ((ulong)table[(int)(four >> 48)] << 48);
            }
            else
            {
                FoldEach(text.Slice(b * 4, 4), destination.Slice(b * 4, 4), table);
            }
        }

        int done = blocks.Length * 4;
        FoldEach(text[done..], destination[done..], table);
    }

    private static void FoldEach(ReadOnlySpan<char> text, Span<char> destination, char[] table)
    {
        for (int i = 0; i < text.Length && i < destination.Length; i++)
        {
            char c = text[i];
            destination[i] = c < (uint)table.Length ? table[c] : FoldRare(c);
        }
    }

    /// <summary>The text with every decimal digit of another script replaced by its ASCII digit (same length).</summary>
    internal static string AsciiDigits(string text)
    {
        int i = 0;
        for (; i < text.Length; i++)
        {
            if (text[i] > '\u007F' && AsciiDigit(text[i]) is not null)
            {
                break;
            }
        }

        if (i == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int j = 0; j < source.Length; j++)
            {
                span[j] = AsciiDigit(source[j]) ?? source[j];
            }
        });
    }

    /// <summary>The ASCII digit of a decimal digit of any script ('٢', '２' → '2'), or null for any other character.</summary>
    private static char? AsciiDigit(char c)
        => char.IsDigit(c) && CharUnicodeInfo.GetDecimalDigitValue(c) is var v and >= 0 ? (char)('0' + v) : null;

    /// <summary>Whether <paramref name="text"/>, folded, starts with <paramref name="foldedPrefix"/> (already folded), without allocating.</summary>
    internal static bool FoldedStartsWith(ReadOnlySpan<char> text, string foldedPrefix)
    {
        if (text.Length < foldedPrefix.Length)
        {
            return false;
        }

        for (int i = 0; i < foldedPrefix.Length; i++)
        {
            if (FoldChar(text[i]) != foldedPrefix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the text has letters and none of them is lower case ("TRƯỞNG BAN", "NGÀY HỘI").</summary>
    internal static bool IsCapitals(ReadOnlySpan<char> text)
    {
        bool letter = false;
        foreach (char ch in text)
        {
            if (char.IsLower(ch))
            {
                return false;
            }

            letter |= char.IsLetter(ch);
        }

        return letter;
    }

    /// <summary>Folds one character (see <see cref="Fold"/>).</summary>
    /// <param name="c">The character.</param>
    /// <returns>The folded character.</returns>
    public static char FoldChar(char c) => c < (uint)FoldTable.Length ? FoldTable[c] : FoldRare(c);

    /// <summary>
    /// Folds a character past the table: decimal digits of any script (fullwidth "２０２６" from Asian input methods)
    /// become ASCII digits, so that numbers are read as numbers; the ideographic space a plain space; other characters
    /// are lowered.
    /// </summary>
    private static char FoldRare(char c) => char.IsWhiteSpace(c) ? ' ' : AsciiDigit(c) ?? char.ToLowerInvariant(c);

    /// <summary>
    /// The last character with a table entry: the end of General Punctuation (U+2070 − 1), so that ASCII, the Latin
    /// blocks Vietnamese uses (up to Latin Extended Additional, U+1EFF) and the quotes and dashes of real documents
    /// are all one array read, with no branch that depends on the text.
    /// </summary>
    private const char LastTabled = '\u206F';

    /// <summary>The last character whose diacritics are removed (the end of Latin Extended Additional).</summary>
    private const char LastLatin = '\u1EFF';

    /// <summary>The folded form of every character from U+0000 to <see cref="LastTabled"/>.</summary>
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[LastTabled + 1];
        for (int c = 0; c <= LastTabled; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        // Letters with marks over an ASCII base are decomposed by Unicode to find the base. Only the Latin blocks hold
        // such letters below U+1F00 (Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional, where the
        // Vietnamese letters are): the blocks between have none, and leaving them out spares a process start about 7,000
        // normalisations (6 ms). A test compares every character with the decomposition.
        foreach (var (first, last) in (ReadOnlySpan<(char, char)>)[('\u00C0', '\u024F'), ('\u1E00', LastLatin)])
        {
            for (int c = first; c <= last; c++)
            {
                string decomposed = ((char)c).ToString().Normalize(NormalizationForm.FormD);
                char baseChar = decomposed[0];
                if (baseChar < 128 && char.IsLetter(baseChar) && decomposed.Length > 1)
                {
                    table[c] = char.ToLowerInvariant(baseChar);
                }
            }
        }

        table['đ'] = 'd';
        table['Đ'] = 'd';

        // Every white-space character is a plain space: a no-break space or a tab between two words matches a space.
        foreach (char c in SpacedWords.OtherSpaceCharacters)
        {
            if (c <= LastTabled)
            {
                table[c] = ' ';
            }
        }

        // Decimal digits of other scripts (Arabic-Indic, Devanagari, …) fold to ASCII digits: "٢٠٢٦" reads as 2026.
        for (int c = 128; c <= LastTabled; c++)
        {
            if (AsciiDigit((char)c) is { } digit)
            {
                table[c] = digit;
            }
        }

        return table;
    }
}
