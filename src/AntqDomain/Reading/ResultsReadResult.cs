using AntqDomain.Results;
using System.Collections.Immutable;

namespace AntqDomain.Reading;

/// <summary>What <see cref="ResultsTextReader.Read"/> found: the report, or why there is none, and what the reader said.</summary>
/// <param name="Report">The report, or null when the text could not be read as one.</param>
/// <param name="Diagnostics">The reader's diagnostics (errors, warnings, figures it could not place).</param>
public sealed record ResultsReadResult(ResultsReport? Report, ImmutableArray<ReadDiagnostic> Diagnostics)
{
    /// <summary>Whether a report was read.</summary>
    public bool Success => Report is not null;

    /// <inheritdoc />
    public bool Equals(ResultsReadResult? other) => other is not null && Equals(Report, other.Report) && Diagnostics.SequenceEqual(other.Diagnostics);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Report, Diagnostics.Length);
}
