namespace AntqDomain.Language;

/// <summary>
/// A Vietnamese word or phrase looked up by its folded form (<see cref="VietnameseText.Fold"/>), but found only where
/// the text spells it with the same tone marks, or where the line around it carries no marks at all (text typed
/// without them): folding alone makes "quận" (an urban district), "quản" (to manage) and "quan" (as in "hải quan",
/// customs) one word.
/// </summary>
internal sealed class SpelledPhrase
{
    /// <summary>The phrase as written, in lower case with its tone marks ("công an quận").</summary>
    public SpelledPhrase(string spelled)
    {
        Spelled = spelled;
        Folded = VietnameseText.Fold(spelled);
    }

    /// <summary>The phrase as written, in lower case with its tone marks.</summary>
    public string Spelled { get; }

    /// <summary>The folded phrase, as searched in folded text (same length as <see cref="Spelled"/>).</summary>
    public string Folded { get; }

    /// <summary>
    /// Where the phrase first stands as whole words in <paramref name="text"/> at or after <paramref name="from"/>,
    /// spelled as the phrase (case aside) or in a line without marks; -1 when it does not.
    /// </summary>
    /// <param name="text">The text as written.</param>
    /// <param name="folded">The text folded (<see cref="VietnameseText.Fold"/>), position for position.</param>
    /// <param name="from">The first position to look at.</param>
    public int IndexIn(string text, ReadOnlySpan<char> folded, int from = 0)
    {
        for (int at = VietnameseText.IndexOf(folded, Folded, from); at >= 0; at = VietnameseText.IndexOf(folded, Folded, at + 1))
        {
            if (VietnameseText.IsWholeWords(folded, at, Folded.Length) && IsAt(text, folded, at))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="text"/> starts (after spaces) with the phrase as whole words.</summary>
    /// <param name="text">The text as written.</param>
    /// <param name="folded">The text folded, position for position.</param>
    public bool StartsWith(string text, string folded)
    {
        int start = folded.Length - folded.TrimStart().Length;
        return IndexIn(text, folded, start) == start;
    }

    /// <summary>
    /// Whether the phrase stands at <paramref name="at"/> (not necessarily as whole words) spelled as the phrase, case
    /// aside, or in a line of <paramref name="text"/> that carries no marks at all.
    /// </summary>
    /// <param name="text">The text as written.</param>
    /// <param name="folded">The text folded, position for position.</param>
    /// <param name="at">Where the phrase would start.</param>
    public bool IsAt(string text, ReadOnlySpan<char> folded, int at)
    {
        if (at < 0 || at + Folded.Length > folded.Length || !folded.Slice(at, Folded.Length).SequenceEqual(Folded))
        {
            return false;
        }

        return text.AsSpan(at, Spelled.Length).Equals(Spelled, StringComparison.OrdinalIgnoreCase) || !LineHasMarks(text, at);
    }

    /// <summary>Whether the line of <paramref name="text"/> that holds position <paramref name="at"/> has a letter with marks (or "đ").</summary>
    private static bool LineHasMarks(string text, int at)
    {
        int start = text.LastIndexOf('\n', at) + 1;
        int end = text.IndexOf('\n', at);
        foreach (char c in text.AsSpan(start, (end < 0 ? text.Length : end) - start))
        {
            if (c > '\u007F' && char.IsLetter(c) && VietnameseText.FoldChar(c) != char.ToLowerInvariant(c))
            {
                return true;
            }
        }

        return false;
    }
}
