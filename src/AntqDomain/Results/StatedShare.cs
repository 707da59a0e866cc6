using AntqDomain.Documents;

namespace AntqDomain.Results;

/// <summary>
/// A percentage a report states of two of its counts (<em>tỷ lệ</em>): "đạt 95,5%" of the units in scope that held
/// the festival. Checked against the counts (ANTQ903).
/// </summary>
/// <param name="Part">The count the share is of.</param>
/// <param name="Whole">The count it is a share of.</param>
/// <param name="Percent">The stated percentage (95.5 for "95,5%").</param>
/// <param name="At">Where it is stated, or null.</param>
public sealed record StatedShare(Indicator Part, Indicator Whole, decimal Percent, Location? At = null);
