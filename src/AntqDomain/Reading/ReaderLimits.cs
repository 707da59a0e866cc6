using AntqDomain.Language;
using System.Collections.Immutable;
using AntqDomain.Rules;

namespace AntqDomain.Reading;

/// <summary>Limits that keep readers safe on hostile input (<em>giới hạn đầu vào</em>).</summary>
/// <param name="MaxChars">Largest input, in characters (default 4,000,000, about 4 MB of text; a real plan is 10–60 KB).</param>
/// <param name="MaxLineChars">Longest line kept whole for matching (default 20,000); longer lines are analysed up to the limit; the rest is kept verbatim among the unplaced text, with diagnostic ANTQ009.</param>
/// <param name="MaxJsonDepth">Deepest JSON nesting accepted (default 64).</param>
/// <param name="MaxLines">Most lines analysed (default 50,000; a real plan has a few hundred); the text from the next line on is kept verbatim as one unplaced piece, with diagnostic ANTQ010, so that any input within <paramref name="MaxChars"/> reads in bounded time and memory.</param>
public sealed record ReaderLimits(int MaxChars = 4_000_000, int MaxLineChars = TextPatterns.DefaultMaxLineChars, int MaxJsonDepth = 64, int MaxLines = 50_000)
{
    /// <summary>The default limits.</summary>
    public static ReaderLimits Default { get; } = new();
}
