using System.Buffers;

namespace AntqDomain.Language;

/// <summary>
/// The folded form (<see cref="VietnameseText.Fold"/>) of one short-lived piece of text, made in a buffer the caller
/// gives (on the stack) or, when the text is longer, in one borrowed from the shared pool and given back, emptied, by
/// <see cref="Dispose"/>: for matching a text once without keeping a folded copy.
/// </summary>
internal ref struct FoldScratch
{
    private readonly int clear;
    private char[]? rented;

    /// <summary>Folds <paramref name="text"/> into <paramref name="stack"/> when it fits, else into a borrowed buffer.</summary>
    /// <param name="text">The text.</param>
    /// <param name="stack">The buffer to use when the text fits.</param>
    /// <param name="squeeze">
    /// Whether to make each run of white space one plain space (<see cref="SqueezedSpaces.Squeeze"/>), for a text only
    /// tested for phrases: positions then no longer carry over where the text was spaced unevenly.
    /// </param>
    public FoldScratch(ReadOnlySpan<char> text, Span<char> stack, bool squeeze = false)
    {
        Span<char> target = text.Length <= stack.Length ? stack : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        int length = text.Length;
        if (!squeeze)
        {
            VietnameseText.FoldInto(text, target);
        }
        else if (VietnameseText.FoldFindingSpaceRun(text, target))
        {
            // Squeezed only where the fold saw two spaces in a row (the wide fold sees it in its own pass).
            length = SqueezedSpaces.Squeeze(target[..text.Length]);
        }

        Span = target[..length];
        clear = text.Length;
    }

    /// <summary>
    /// The folded text, one character for each character of the text unless squeezed (the caller may mask characters of
    /// it in place).
    /// </summary>
    public Span<char> Span { get; }

    /// <summary>Gives the borrowed buffer back, if one was needed.</summary>
    public void Dispose()
    {
        if (rented is { } buffer)
        {
            rented = null;
            buffer.AsSpan(0, clear).Clear();
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
