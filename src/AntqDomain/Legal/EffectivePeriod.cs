using System.Globalization;
using NodaTime;

namespace AntqDomain.Legal;

/// <summary>
/// The period in which a rule applies (<em>thời gian hiệu lực</em>): inclusive first and last days; null means open.
/// A rule applies to a plan whose issue date (for an undated draft, its earliest possible date) falls inside.
/// </summary>
/// <param name="From">First day, or null.</param>
/// <param name="To">Last day, or null.</param>
public sealed record EffectivePeriod(LocalDate? From = null, LocalDate? To = null)
{
    /// <summary>Always in force.</summary>
    public static EffectivePeriod Always { get; } = new();

    /// <summary>Whether <paramref name="date"/> is inside the period.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>True when the period is in effect that day.</returns>
    public bool Contains(LocalDate date) => (From is not { } f || date >= f) && (To is not { } t || date <= t);

    /// <summary>"2024-01-01 –" style text.</summary>
    /// <returns>The period, e.g. "2024-01-01 –".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{(From is { } f ? f.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "…")} – {(To is { } t ? t.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "…")}");
}
