using AntqDomain.Language;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace AntqDomain.Documents;

/// <summary>
/// A blank of a draft that a person must fill in (<em>nội dung cần điền</em>): a label in square brackets, such as
/// "[số]" in "Số: [số]/KH-BCĐ" or "[Họ và tên người ký]" under the signature. A drafter writes one for every fact it
/// cannot know instead of inventing it; the validator lists them in one finding (ANTQ110).
/// </summary>
/// <param name="Kind">What must be filled in.</param>
/// <param name="Text">The placeholder as written, brackets included.</param>
public sealed partial record Placeholder(PlaceholderKind Kind, string Text)
{
    /// <summary>The placeholder of a document number: "[số]".</summary>
    public static Placeholder Number { get; } = new(PlaceholderKind.Number, "[số]");

    /// <summary>The placeholder of the signer's full name.</summary>
    public static Placeholder SignerName { get; } = new(PlaceholderKind.SignerName, "[Họ và tên người ký]");

    /// <summary>The placeholder of the showcase site (<em>nơi tổ chức điểm</em>).</summary>
    public static Placeholder ShowcaseSite { get; } = new(PlaceholderKind.ShowcaseSite, "[tên xã, phường tổ chức điểm]");

    /// <summary>The placeholder of the ceremony's day in August on the backdrop title.</summary>
    public static Placeholder CeremonyDay { get; } = new(PlaceholderKind.CeremonyDay, "[ngày]");

    /// <summary>The placeholder of the parent plan's number.</summary>
    public static Placeholder ParentNumber { get; } = new(PlaceholderKind.ParentNumber, "[số kế hoạch cấp trên]");

    /// <summary>The placeholder of the parent plan's date.</summary>
    public static Placeholder ParentDate { get; } = new(PlaceholderKind.ParentDate, "[ngày/tháng]");

    /// <summary>The placeholder of the name of the unit above (its province or district).</summary>
    public static Placeholder ParentUnit { get; } = new(PlaceholderKind.ParentUnit, "[tên đơn vị cấp trên]");

    /// <summary>The signer's post in the body whose seal a committee uses, for a deputy signing.</summary>
    public static Placeholder SignerPost { get; } = new(PlaceholderKind.SignerPost, "[CHỨC VỤ CỦA NGƯỜI KÝ TẠI CƠ QUAN]");

    /// <summary>The placeholders a drafter writes, each with its own text.</summary>
    public static IReadOnlyList<Placeholder> Known { get; } = [Number, SignerName, ShowcaseSite, CeremonyDay, ParentNumber, ParentDate, ParentUnit, SignerPost];

    /// <summary>The placeholder written as <paramref name="text"/>: a known one, or one of kind <see cref="PlaceholderKind.Other"/>.</summary>
    /// <param name="text">A bracketed label.</param>
    /// <returns>The placeholder.</returns>
    public static Placeholder Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var k in Known)
        {
            if (string.Equals(k.Text, text, StringComparison.Ordinal))
            {
                return k;
            }
        }

        return new Placeholder(PlaceholderKind.Other, text);
    }

    /// <summary>Whether <paramref name="text"/> is, as a whole, a bracketed label that starts with a letter.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True for "[số]", false for "[1]" (a footnote) or "số".</returns>
    public static bool IsPlaceholder(string? text)
        => text is not null && IsPlaceholder(text.AsSpan());

    /// <summary>As <see cref="IsPlaceholder(string?)"/>, for a span of text.</summary>
    internal static bool IsPlaceholder(ReadOnlySpan<char> text)
        => text.Length >= 3 && text[0] == '[' && text[^1] == ']' && Pattern().IsMatch(text);

    /// <summary>Every bracketed label in <paramref name="text"/>, with its position, in order.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The placeholders' texts and start indexes.</returns>
    public static ImmutableArray<(string Text, int Index)> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('[', StringComparison.Ordinal))
        {
            return [];
        }

        var found = ImmutableArray.CreateBuilder<(string, int)>();
        foreach (Match m in Pattern().Matches(text))
        {
            found.Add((m.Value, m.Index));
        }

        return found.ToImmutable();
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    [GeneratedRegex(@"\[\p{L}[^\[\]\r\n]{0,58}\]", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
