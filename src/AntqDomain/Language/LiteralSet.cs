namespace AntqDomain.Language;

/// <summary>
/// A fixed set of literals (ordinal, usually folded phrases) found in a text in one pass: the cheap test that lets a
/// rule or a scan skip the texts where none of its phrases can occur. On .NET 9 and later the search is one vectorised
/// multi-string search; on .NET 8 each literal is looked for in turn (same answers, more passes).
/// </summary>
internal sealed class LiteralSet
{
#if NET9_0_OR_GREATER
    private readonly System.Buffers.SearchValues<string> search;
#endif

    /// <summary>A set of the given literals, in the given order (repeats are kept once, at their first place).</summary>
    /// <param name="literals">The literals; none may be empty.</param>
    public LiteralSet(IEnumerable<string> literals)
    {
        ArgumentNullException.ThrowIfNull(literals);
        Literals = [.. literals.Distinct(StringComparer.Ordinal)];
        if (Literals.Length == 0 || Array.Exists(Literals, string.IsNullOrEmpty))
        {
            throw new ArgumentException("A literal set needs at least one literal, and no empty one.", nameof(literals));
        }

#if NET9_0_OR_GREATER
        search = System.Buffers.SearchValues.Create(Literals, StringComparison.Ordinal);
#endif
    }

    /// <summary>The literals, each once; positions in <see cref="FirstPositions"/> follow this order.</summary>
    public string[] Literals { get; }

    /// <summary>Where <paramref name="literal"/> stands in <see cref="Literals"/> (-1 when it is not one of them).</summary>
    public int IdOf(string literal) => Array.IndexOf(Literals, literal);

    /// <summary>Whether any of the literals occurs in <paramref name="text"/>.</summary>
    public bool AnyIn(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        return text.IndexOfAny(search) >= 0;
#else
        foreach (string literal in Literals)
        {
            if (text.IndexOf(literal, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
#endif
    }

    /// <summary>
    /// Sets <paramref name="at"/>[k] to where <see cref="Literals"/>[k] first occurs in <paramref name="text"/>, -1
    /// where it does not, and tells whether any occurs.
    /// </summary>
    /// <param name="text">The text searched.</param>
    /// <param name="at">At least as long as <see cref="Literals"/>.</param>
    public bool FirstPositions(ReadOnlySpan<char> text, Span<int> at)
    {
        at = at[..Literals.Length];
        at.Fill(-1);
        bool any = false;
#if NET9_0_OR_GREATER
        // At each place where some literal starts, note every literal starting there; then search on from the next char,
        // so that a literal starting inside another one is found too.
        for (int start = 0; start < text.Length;)
        {
            int hit = text[start..].IndexOfAny(search);
            if (hit < 0)
            {
                break;
            }

            hit += start;
            var rest = text[hit..];
            for (int k = 0; k < Literals.Length; k++)
            {
                if (at[k] < 0 && rest.StartsWith(Literals[k], StringComparison.Ordinal))
                {
                    at[k] = hit;
                    any = true;
                }
            }

            start = hit + 1;
        }
#else
        for (int k = 0; k < Literals.Length; k++)
        {
            at[k] = text.IndexOf(Literals[k], StringComparison.Ordinal);
            any |= at[k] >= 0;
        }
#endif
        return any;
    }
}
