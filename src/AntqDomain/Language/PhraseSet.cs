namespace AntqDomain.Language;

/// <summary>
/// A fixed set of up to 64 phrases (ordinal, usually folded) looked for together: <see cref="Present"/> tells which of
/// them occur in a text as one bit each. On processors with AVX-512 VBMI the texts are searched 64 characters at a time
/// for all the phrases at once (<see cref="WidePhraseSearch"/>). Elsewhere, texts laid end to end
/// (<see cref="PresentIn"/>, a whole plan) are one multi-phrase search on .NET 9 and later (the runtime's vectorised
/// <c>SearchValues&lt;string&gt;</c>), so a dozen cues cost about one pass instead of a dozen, and one text alone is
/// searched phrase by phrase. Every way gives the same answer.
/// </summary>
internal sealed class PhraseSet
{
    /// <summary>The most phrases a set holds: one bit each in a <see cref="ulong"/>.</summary>
    public const int MaxPhrases = 64;

    private readonly string[] phrases;

    /// <summary>The 64-characters-at-a-time search, where the processor has it.</summary>
    private readonly WidePhraseSearch? wide;

#if NET9_0_OR_GREATER
    private readonly System.Buffers.SearchValues<string> search;
#endif

    /// <summary>A set of the distinct non-empty phrases of <paramref name="phrases"/>, numbered in their first order.</summary>
    /// <exception cref="ArgumentException">A phrase is empty, or there are more than <see cref="MaxPhrases"/>.</exception>
    public PhraseSet(IEnumerable<string> phrases)
        : this(phrases, wide: true)
    {
    }

    /// <summary>
    /// As <see cref="PhraseSet(IEnumerable{string})"/>; with <paramref name="wide"/> false the set never searches 64
    /// characters at a time, as on a processor without AVX-512 VBMI (the tests compare both).
    /// </summary>
    internal PhraseSet(IEnumerable<string> phrases, bool wide)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        this.phrases = [.. phrases.Distinct(StringComparer.Ordinal)];
        if (this.phrases.Length > MaxPhrases)
        {
            throw new ArgumentException($"A phrase set holds at most {MaxPhrases} phrases; {this.phrases.Length} were given.", nameof(phrases));
        }

        if (Array.Exists(this.phrases, string.IsNullOrEmpty))
        {
            throw new ArgumentException("A phrase set holds no empty phrase: it would occur in every text.", nameof(phrases));
        }

        this.wide = wide ? WidePhraseSearch.TryCreate(this.phrases) : null;
#if NET9_0_OR_GREATER
        search = System.Buffers.SearchValues.Create(this.phrases, StringComparison.Ordinal);
#endif
    }

    /// <summary>The bits that stand for <paramref name="some"/> of the set's phrases in the answers of <see cref="Present"/>.</summary>
    /// <exception cref="ArgumentException">A phrase is not in the set.</exception>
    public ulong Bits(IEnumerable<string> some)
    {
        ulong bits = 0;
        foreach (string phrase in some)
        {
            int index = Array.IndexOf(phrases, phrase);
            bits |= index >= 0 ? 1UL << index : throw new ArgumentException($"\"{phrase}\" is not one of the set's phrases.", nameof(some));
        }

        return bits;
    }

    /// <summary>
    /// The bits of the phrases that occur in each of several texts laid end to end in <paramref name="texts"/>: text
    /// <c>k</c> runs from <paramref name="starts"/>[k] to <paramref name="starts"/>[k + 1], and its bits go to
    /// <paramref name="found"/>[k]. The same answers as <see cref="Present"/> on each text (a phrase that would run
    /// across the end of a text does not count), from one search of them all.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="starts"/> does not hold one more entry than <paramref name="found"/>, or does not rise within <paramref name="texts"/>.</exception>
    public void PresentIn(ReadOnlySpan<char> texts, ReadOnlySpan<int> starts, Span<ulong> found)
    {
        if (starts.Length != found.Length + 1)
        {
            throw new ArgumentException("There is one start more than there are texts: where the last one ends.", nameof(starts));
        }

        for (int k = 0; k < found.Length; k++)
        {
            if (starts[k] < 0 || starts[k] > starts[k + 1] || starts[k + 1] > texts.Length)
            {
                throw new ArgumentException("The texts' starts rise from 0 and stay within the texts.", nameof(starts));
            }
        }

        found.Clear();
        if (wide is not null)
        {
            wide.PresentIn(texts, starts, found);
            return;
        }

#if NET9_0_OR_GREATER
        int item = 0;
        int from = found.Length == 0 ? texts.Length : starts[0];
        int last = starts[^1];
        while (from < last)
        {
            int at = texts[from..last].IndexOfAny(search);
            if (at < 0)
            {
                break;
            }

            int hit = from + at;
            while (starts[item + 1] <= hit)
            {
                item++;
            }

            found[item] |= StartingAt(texts[hit..starts[item + 1]]);

            from = hit + 1;
        }
#else
        for (int k = 0; k < found.Length; k++)
        {
            found[k] = Present(texts[starts[k]..starts[k + 1]]);
        }
#endif
    }

    /// <summary>
    /// The bits of the phrases that occur in <paramref name="text"/> (see <see cref="Bits"/>). One text is searched 64
    /// characters at a time where the processor can; otherwise phrase by phrase, as a multi-phrase search costs more to
    /// set out on one short text (a paragraph, a step) than a few dozen searches of it.
    /// </summary>
    public ulong Present(ReadOnlySpan<char> text)
    {
        if (wide is not null)
        {
            Span<int> starts = [0, text.Length];
            Span<ulong> found = [0];
            wide.PresentIn(text, starts, found);
            return found[0];
        }

        ulong bits = 0;
        for (int i = 0; i < phrases.Length; i++)
        {
            if (text.Contains(phrases[i], StringComparison.Ordinal))
            {
                bits |= 1UL << i;
            }
        }

        return bits;
    }

#if NET9_0_OR_GREATER
    /// <summary>
    /// The bits of the phrases that <paramref name="rest"/> (where the search stopped, not empty) begins with: one
    /// position may begin several ("cand" and "cand viet nam"), and every one counts.
    /// </summary>
    private ulong StartingAt(ReadOnlySpan<char> rest)
    {
        ulong bits = 0;
        for (int i = 0; i < phrases.Length; i++)
        {
            string phrase = phrases[i];
            if (phrase[0] == rest[0] && rest.StartsWith(phrase, StringComparison.Ordinal))
            {
                bits |= 1UL << i;
            }
        }

        return bits;
    }
#endif
}
