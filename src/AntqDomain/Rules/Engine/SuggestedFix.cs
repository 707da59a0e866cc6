using System.Collections.Immutable;
using System.Globalization;
using AntqDomain.Documents;
using AntqDomain.Internal;

namespace AntqDomain.Rules;

/// <summary>
/// The mechanical repair of a finding that has one right answer (<em>cách sửa đề xuất</em>): one or more text edits
/// and a one-line description in Vietnamese and English. Defects that need a person's judgement carry none.
/// </summary>
/// <param name="DescriptionVi">What the fix does, in Vietnamese ("Sửa \"76 năm\" thành \"77 năm\"").</param>
/// <param name="DescriptionEn">What the fix does, in English.</param>
/// <param name="Edits">The edits, each inside the text it repairs; they do not overlap.</param>
public sealed record SuggestedFix(string DescriptionVi, string DescriptionEn, ImmutableArray<TextEdit> Edits)
{
    /// <summary>The description in the language of <paramref name="culture"/> (Vietnamese unless English is asked).</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The description.</returns>
    public string Description(CultureInfo? culture = null) => Localization.Pick(culture, DescriptionVi, DescriptionEn);

    /// <inheritdoc />
    public bool Equals(SuggestedFix? other)
        => other is not null && DescriptionVi == other.DescriptionVi && DescriptionEn == other.DescriptionEn && Edits.SequenceEqual(other.Edits);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DescriptionVi, Edits.Length);
}
