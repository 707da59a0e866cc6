namespace AntqDomain.Language;

/// <summary>
/// A Vietnamese word or phrase looked up by its folded form (<see cref="VietnameseText.Fold"/>), but found only where
/// the text spells it with the same tone marks, or carries no marks there at all: folding alone makes "quận" (an
/// urban district) and "quản" (to manage) one word.
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
    /// spelled as the phrase (case aside) or without marks; -1 when it does not.
    /// </summary>
    /// <param name="text">The text as written.</param>
    /// <param name="folded">The text folded (<see cref="VietnameseText.Fold"/>), position for position.</param>
    /// <param name="from">The first position to look at.</param>
    public int IndexIn(string text, string folded, int from = 0)
    {
        for (int at = folded.IndexOf(Folded, from, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(Folded, at + 1, StringComparison.Ordinal))
        {
            int end = at + Folded.Length;
            bool wholeWords = (at == 0 || !char.IsLetter(folded[at - 1])) && (end == folded.Length || !char.IsLetter(folded[end]));
            if (wholeWords && SpelledAt(text, folded, at))
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

    private bool SpelledAt(string text, string folded, int at)
    {
        var written = text.AsSpan(at, Spelled.Length);
        return written.Equals(Spelled, StringComparison.OrdinalIgnoreCase) || written.Equals(folded.AsSpan(at, Spelled.Length), StringComparison.OrdinalIgnoreCase);
    }
}
