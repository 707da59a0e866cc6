using System.Globalization;
using AntqDomain.Internal;
using NodaTime;
using AntqDomain.Legal;

namespace AntqDomain.Rules;

/// <summary>
/// A rule as data (<em>quy tắc</em>): code, severity, effective period, citation, titles and message templates in
/// Vietnamese and English. Templates use named placeholders such as <c>{found}</c> and <c>{expected}</c>.
/// </summary>
/// <param name="Code">The stable code.</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Period">When it applies.</param>
/// <param name="Citation">The legal source.</param>
/// <param name="TitleVi">What it checks, in Vietnamese.</param>
/// <param name="TitleEn">What it checks, in English.</param>
/// <param name="MessageVi">The Vietnamese message template.</param>
/// <param name="MessageEn">The English message template.</param>
public sealed record RuleDefinition(
    RuleCode Code,
    FindingSeverity Severity,
    EffectivePeriod Period,
    Citation Citation,
    string TitleVi,
    string TitleEn,
    string MessageVi,
    string MessageEn)
{
    /// <summary>
    /// The ways the rule can be broken when they need different words, each with its own message templates; empty when
    /// <see cref="MessageVi"/> and <see cref="MessageEn"/> say it all. The catalogue page lists every wording.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<RuleOutcome> Outcomes { get; init => field = Internal.Structural.OrEmpty(value); } = [];

    /// <summary>The outcome with <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">The rule has no such outcome.</exception>
    /// <param name="key">The outcome's key.</param>
    /// <returns>The outcome.</returns>
    public RuleOutcome Outcome(string key)
    {
        foreach (var o in Outcomes)
        {
            if (string.Equals(o.Key, key, StringComparison.Ordinal))
            {
                return o;
            }
        }

        throw new KeyNotFoundException($"Rule {Code} has no outcome '{key}'.");
    }

    /// <summary>Whether the rule's findings can carry a <see cref="SuggestedFix"/> (when the defect has one right answer and a text position).</summary>
    public bool Fixable { get; init; }

    /// <summary>What the rule checks: a plan, a commendation proposal, a movement model or a safety assessment (from the code's hundred).</summary>
    public RuleSubject Subject => Code.Group switch
    {
        6 => RuleSubject.AwardProposal,
        7 => RuleSubject.MovementModel,
        8 => RuleSubject.SafetyAssessment,
        9 => Code.Number >= 950 ? RuleSubject.SteeringCommittee : RuleSubject.ResultsReport,
        _ => RuleSubject.Plan,
    };

    /// <summary>The title in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The language: English when its two-letter name is "en", Vietnamese otherwise; the current UI culture when null.</param>
    /// <returns>The title in that language.</returns>
    public string Title(CultureInfo? culture = null) => Localization.Pick(culture, TitleVi, TitleEn);
}

/// <summary>Fills named placeholders of a message template: "{found}" → value.</summary>
internal static class MessageTemplate
{
    /// <summary>
    /// The most characters of the user's own text that a message or an excerpt quotes: a 10 MB "number" is reported,
    /// not echoed. Longer text is cut at a character boundary and ends with "…".
    /// </summary>
    public const int MaxQuotedChars = 200;

    /// <summary>The message as a sentence: its first letter in capitals, whatever the template's first argument was.</summary>
    public static string Sentence(string message)
        => message.Length > 0 && char.IsLower(message[0]) ? string.Concat(char.ToUpperInvariant(message[0]).ToString(), message.AsSpan(1)) : message;

    /// <summary>The text, cut to <see cref="MaxQuotedChars"/> when longer.</summary>
    public static string? Cap(string? text)
    {
        if (text is null || text.Length <= MaxQuotedChars)
        {
            return text;
        }

        return string.Concat(text.AsSpan(0, KeptOfLong(text)), "…");
    }

    /// <summary>
    /// How many characters of a text longer than <see cref="MaxQuotedChars"/> are kept before its "…": one fewer than the
    /// limit, two fewer when the last kept would be the first half of a surrogate pair.
    /// </summary>
    private static int KeptOfLong(string text)
        => char.IsHighSurrogate(text[MaxQuotedChars - 2]) ? MaxQuotedChars - 2 : MaxQuotedChars - 1;

    public static string Format(string template, ReadOnlySpan<(string Name, string Value)> args)
    {
        if (args.IsEmpty)
        {
            return template;
        }

        // Measured, then written once into the message's own string: no builder and no growing buffers.
        int length = Fill(template, args, []);
        char[]? rented = length > 512 ? System.Buffers.ArrayPool<char>.Shared.Rent(length) : null;
        try
        {
            Span<char> buffer = rented ?? stackalloc char[512];
            Fill(template, args, buffer[..length]);
            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="template"/> with its placeholders replaced into <paramref name="into"/>, or, when that is
    /// empty, only counts: the message's length either way. An unknown placeholder is kept as written.
    /// </summary>
    private static int Fill(string template, ReadOnlySpan<(string Name, string Value)> args, Span<char> into)
    {
        int at = 0;
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            int close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                Put(template.AsSpan(i), into, ref at);
                break;
            }

            Put(template.AsSpan(i, open - i), into, ref at);
            var name = template.AsSpan(open + 1, close - open - 1);
            bool found = false;
            foreach (var (n, v) in args)
            {
                if (name.SequenceEqual(n))
                {
                    // The user's own text is cut to MaxQuotedChars; the library's own lists ("list…") are written whole.
                    if (n.StartsWith("list", StringComparison.Ordinal) || v is null || v.Length <= MaxQuotedChars)
                    {
                        Put(v, into, ref at);
                    }
                    else
                    {
                        Put(v.AsSpan(0, KeptOfLong(v)), into, ref at);
                        Put("…", into, ref at);
                    }

                    found = true;
                    break;
                }
            }

            if (!found)
            {
                Put(template.AsSpan(open, close - open + 1), into, ref at);
            }

            i = close + 1;
        }

        return at;

        static void Put(ReadOnlySpan<char> text, Span<char> into, ref int at)
        {
            if (!into.IsEmpty)
            {
                text.CopyTo(into[at..]);
            }

            at += text.Length;
        }
    }
}
