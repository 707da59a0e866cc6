using System.Collections.Immutable;
using AntqDomain.Fixing;
using AntqDomain.Rules;

namespace AntqDomain.Docx;

/// <summary>What <see cref="DocxPlanFixer.Fix"/> did to a Word file (<em>kết quả sửa tệp Word</em>).</summary>
/// <param name="Bytes">The fixed .docx file (the original bytes when nothing changed).</param>
/// <param name="TextBefore">The document as the reader saw it before.</param>
/// <param name="TextAfter">The document as the reader sees it after.</param>
/// <param name="Applied">The fixes applied, in order.</param>
/// <param name="Remaining">The validation of the fixed file's plan: what needs a person.</param>
public sealed record DocxFixResult(byte[] Bytes, string TextBefore, string TextAfter, ImmutableArray<SuggestedFix> Applied, ValidationReport Remaining)
{
    /// <summary>Whether any fix changed the document.</summary>
    public bool Changed => !string.Equals(TextBefore, TextAfter, StringComparison.Ordinal);

    /// <summary>The unified diff of the document's text, before and after.</summary>
    /// <param name="name">The file name shown in the headers.</param>
    /// <returns>The diff; empty when nothing changed.</returns>
    public string Diff(string name = "plan.docx") => UnifiedDiff.Create(TextBefore, TextAfter, "a/" + name, "b/" + name);

    /// <inheritdoc />
    public bool Equals(DocxFixResult? other)
        => other is not null && Bytes.AsSpan().SequenceEqual(other.Bytes) && TextAfter == other.TextAfter && Applied.SequenceEqual(other.Applied);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TextAfter, Applied.Length);
}
