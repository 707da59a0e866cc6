using AntqDomain.Language;
using System.Collections.Immutable;
using AntqDomain.Plans;
using AntqDomain.Rules;

namespace AntqDomain.Reading;

/// <summary>
/// What a reader returns (<em>kết quả đọc</em>): the plan, or null when the input could not be read at all, and the
/// diagnostics. Reading never throws for bad input.
/// </summary>
/// <param name="Plan">The plan, or null when an error diagnostic says why none could be read.</param>
/// <param name="Diagnostics">Reader diagnostics, in input order.</param>
public sealed record PlanReadResult(FestivalPlan? Plan, ImmutableArray<ReadDiagnostic> Diagnostics)
{
    /// <summary>Whether a plan was read.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Plan))]
    public bool Success => Plan is not null;

    /// <summary>The plan, or an exception explaining the first error.</summary>
    /// <exception cref="PlanFormatException">No plan could be read.</exception>
    public FestivalPlan GetPlanOrThrow()
        => Plan ?? throw new PlanFormatException(Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.MessageEn ?? "No plan could be read.");
}

/// <summary>Input that cannot be read as a plan at all (<em>văn bản không đọc được</em>).</summary>
public sealed class PlanFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public PlanFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public PlanFormatException()
        : this("The input is not a readable plan.")
    {
    }

    /// <summary>Creates the exception wrapping <paramref name="innerException"/>.</summary>
    public PlanFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

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
