using System.Buffers;

namespace AntqDomain.Language;

/// <summary>
/// Phrases of folded text compared word by word (<em>so khớp bỏ qua khoảng trắng thừa</em>): each space of the phrase
/// stands for any run of white space in the text, so "noi  nhan" (two spaces typed), "noi\u00A0nhan" (a no-break space
/// from a web copy) and "noi nhan" all start with "noi nhan". Text that holds the phrase as written, or not even its
/// first word, is answered by one ordinal comparison; only the rest is compared word by word.
/// </summary>
internal static class SpacedWords
{
    /// <summary>Whether <paramref name="text"/> starts with <paramref name="phrase"/>, its words spaced any way.</summary>
    public static bool StartsWith(ReadOnlySpan<char> text, string phrase) => PrefixLength(text, phrase) >= 0;

    /// <summary>
    /// How many characters of <paramref name="text"/> the <paramref name="phrase"/> it starts with takes (more than the
    /// phrase's length when its words are spaced wider); -1 when the text does not start with it.
    /// </summary>
    public static int PrefixLength(ReadOnlySpan<char> text, string phrase)
    {
        if (text.StartsWith(phrase, StringComparison.Ordinal))
        {
            return phrase.Length;
        }

        // Spaced otherwise, the text still starts with the phrase's first word, and has spacing other than single spaces.
        int space = phrase.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && text.StartsWith(phrase.AsSpan(0, space), StringComparison.Ordinal) && IsUneven(text) ? MatchLength(text, phrase) : -1;
    }

    /// <summary>Whether <paramref name="text"/> contains <paramref name="phrase"/>, its words spaced any way.</summary>
    public static bool Contains(ReadOnlySpan<char> text, string phrase)
        => text.Contains(phrase, StringComparison.Ordinal) || SpacedAt(text, text, phrase, out _) >= 0;

    /// <summary>
    /// Where <paramref name="phrase"/> first stands in <paramref name="text"/> at or after <paramref name="from"/>, its
    /// words spaced any way, and how many characters it takes there (<paramref name="length"/>); -1 when it does not.
    /// </summary>
    public static int IndexOf(ReadOnlySpan<char> text, string phrase, int from, out int length)
    {
        var rest = text[Math.Min(from, text.Length)..];
        int found = rest.IndexOf(phrase, StringComparison.Ordinal);
        int spaced = SpacedAt(rest, found < 0 ? rest : rest[..found], phrase, out length);
        if (spaced >= 0)
        {
            return from + spaced;
        }

        length = phrase.Length;
        return found < 0 ? -1 : from + found;
    }

    /// <summary>
    /// The first place in <paramref name="searched"/> (the start of <paramref name="text"/>) where <paramref name="phrase"/>
    /// starts in <paramref name="text"/> spaced other than as written, with the characters it takes; -1 when none does.
    /// Only a text that holds the phrase's first word there, and is spaced unevenly from it on, is compared word by word.
    /// </summary>
    private static int SpacedAt(ReadOnlySpan<char> text, ReadOnlySpan<char> searched, string phrase, out int length)
    {
        length = -1;
        int space = phrase.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return -1;
        }

        var firstWord = phrase.AsSpan(0, space);
        int first = searched.IndexOf(firstWord, StringComparison.Ordinal);
        if (first < 0 || !IsUneven(text[first..]))
        {
            return -1;
        }

        for (int at = first; at >= 0; at = Next(searched, firstWord, at))
        {
            length = MatchLength(text[at..], phrase);
            if (length >= 0)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// <paramref name="text"/> with every run of white space made one plain space: for the rare text spaced unevenly,
    /// when a comparison other than ordinal needs it (the text itself is kept as written).
    /// </summary>
    public static string Squeezed(ReadOnlySpan<char> text)
    {
        // Every white-space character made a plain space, then the runs squeezed as in folded text.
        char[] chars = text.ToArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsWhiteSpace(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars, 0, SqueezedSpaces.Squeeze(chars));
    }

    /// <summary>
    /// <paramref name="text"/> itself when spaced evenly, else with every run of white space made one plain space: for a
    /// name, a post or a wording matched as a whole, whose folded form must stay position for position with it.
    /// </summary>
    public static string Even(string text) => IsUneven(text) ? Squeezed(text) : text;

    /// <summary>
    /// Whether the words of <paramref name="text"/> are spaced other than by single plain spaces: two white-space
    /// characters in a row (tested first, the cheaper search), or one other than the plain space.
    /// </summary>
    public static bool IsUneven(ReadOnlySpan<char> text)
        => text.IndexOf("  ", StringComparison.Ordinal) >= 0 || text.IndexOfAnyInRange('\t', '\r') >= 0
           || VietnameseText.AnyInRange(text, '\u0085', '\u00A0', OtherSpaces) || VietnameseText.AnyInRange(text, '\u2000', '\u205F', OtherSpaces)
           || text.IndexOfAny('\u1680', '\u3000') >= 0;

    /// <summary>Where the first run of at least <paramref name="gap"/> (two or more) plain spaces of <paramref name="text"/> starts, or -1.</summary>
    internal static int IndexOfSpaceRun(ReadOnlySpan<char> text, int gap)
    {
        for (int at = text.IndexOf("  ", StringComparison.Ordinal); at >= 0;)
        {
            int end = at + 2;
            while (end < text.Length && text[end] == ' ')
            {
                end++;
            }

            if (end - at >= gap)
            {
                return at;
            }

            int next = text[end..].IndexOf("  ", StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }

        return -1;
    }

    /// <summary>The position of the first character at or after <paramref name="i"/> that is not white space.</summary>
    internal static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int Next(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int at)
    {
        int next = text[(at + 1)..].IndexOf(word, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>How many characters of <paramref name="text"/>, from its start, the phrase takes; -1 when it does not start there.</summary>
    private static int MatchLength(ReadOnlySpan<char> text, string phrase)
    {
        int t = 0;
        foreach (char c in phrase)
        {
            if (c == ' ')
            {
                if (t >= text.Length || !char.IsWhiteSpace(text[t]))
                {
                    return -1;
                }

                t = SkipSpaces(text, t);
            }
            else if (t < text.Length && text[t] == c)
            {
                t++;
            }
            else
            {
                return -1;
            }
        }

        return t;
    }

    /// <summary>Every white-space character but the plain space (those <see cref="char.IsWhiteSpace(char)"/> holds for; a test checks).</summary>
    internal const string OtherSpaceCharacters = "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    private static readonly SearchValues<char> OtherSpaces = SearchValues.Create(OtherSpaceCharacters);
}
