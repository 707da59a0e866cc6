using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Documents;
using NodaTime;

namespace AntqDomain.Plans;

/// <summary>
/// The campaign window of a plan (<em>thời gian tổ chức</em>), as stated: "Từ tháng 7/2024 – ngày 19/8/2024". A start
/// given as a month counts from its first day. Start and end are kept even when reversed, so the rules can say so.
/// </summary>
/// <param name="Start">First day, or null when not stated.</param>
/// <param name="End">Last day, or null when not stated.</param>
/// <param name="Text">The statement as written.</param>
public sealed record PlanWindow(LocalDate? Start, LocalDate? End, PlanText? Text = null)
{
    /// <summary>The window as an interval when both ends are known and in order.</summary>
    [JsonIgnore]
    public DateInterval? Interval => Start is { } s && End is { } e && s <= e ? new DateInterval(s, e) : null;
}
