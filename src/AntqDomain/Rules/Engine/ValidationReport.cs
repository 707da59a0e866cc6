using System.Collections.Immutable;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>The findings of one validation (<em>kết quả kiểm tra</em>) and the date the requirements were chosen by.</summary>
/// <param name="Findings">The findings, in rule-code order, then in input order.</param>
/// <param name="Date">The date whose requirements were applied.</param>
public sealed record ValidationReport(ImmutableArray<Finding> Findings, LocalDate Date)
{
    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>The findings of <paramref name="severity"/>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The findings of that severity, in report order.</returns>
    public IEnumerable<Finding> OfSeverity(FindingSeverity severity) => Findings.Where(f => f.Severity == severity);

    /// <inheritdoc />
    public bool Equals(ValidationReport? other) => other is not null && Date == other.Date && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Findings.Length);
}
