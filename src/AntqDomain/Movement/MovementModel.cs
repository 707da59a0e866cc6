using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;

namespace AntqDomain.Movement;

/// <summary>
/// What a model achieved in a review period (<em>chỉ số hiệu quả</em>): tips on crime, disputes mediated, weapons
/// recovered, members and patrol hours.
/// </summary>
/// <param name="CrimeTips">Tips on crime passed to the police (<em>tin báo tội phạm</em>).</param>
/// <param name="DisputesMediated">Disputes mediated at the grassroots (<em>hòa giải mâu thuẫn</em>).</param>
/// <param name="WeaponsRecovered">Weapons, explosives and tools recovered (<em>vũ khí, vật liệu nổ thu hồi</em>).</param>
/// <param name="Members">Members at the end of the period (<em>thành viên</em>).</param>
/// <param name="PatrolHours">Hours of patrol (<em>giờ tuần tra</em>).</param>
public sealed record EffectIndicators(int CrimeTips = 0, int DisputesMediated = 0, int WeaponsRecovered = 0, int Members = 0, int PatrolHours = 0)
{
    /// <summary>Whether the period shows any measured effect (members alone are not an effect).</summary>
    [JsonIgnore]
    public bool HasEffect => CrimeTips > 0 || DisputesMediated > 0 || WeaponsRecovered > 0 || PatrolHours > 0;
}

/// <summary>A step in a model's life (<em>sự kiện</em>): the stage reached, when, by which decision, and the review's indicators.</summary>
/// <param name="Stage">The stage reached.</param>
/// <param name="On">When it happened; <c>"occurredOn"</c> in JSON.</param>
/// <param name="Decision">The decision or report as written ("Quyết định số 45/QĐ-UBND"), or null.</param>
/// <param name="Effect">For a review or summary: the indicators of the period.</param>
public sealed record LifecycleEvent([property: JsonRequired] ModelStage Stage, [property: JsonRequired, JsonPropertyName("occurredOn")] LocalDate On, string? Decision = null, EffectIndicators? Effect = null);

/// <summary>
/// A movement model (<em>mô hình</em>) with its life so far. Build it with <see cref="Found"/> and
/// <see cref="Then"/>, which refuse impossible steps with a <see cref="LifecycleException"/>; a model read from JSON
/// may hold any history, and the validator reports impossible steps (ANTQ704).
/// </summary>
public sealed record MovementModel
{
    /// <summary>The name ("Tổ tự quản thôn Đông").</summary>
    public required string Name { get; init; }

    /// <summary>The type.</summary>
    public required ModelType Type { get; init; }

    /// <summary>The unit or place it belongs to ("xã Tân Hương"), or null.</summary>
    public string? Unit { get; init; }

    /// <summary>The founding decision as written ("Quyết định số 12/QĐ-UBND"), or null when there is none.</summary>
    public string? FoundingDecision { get; init; }

    /// <summary>Whether the model has operating rules (<em>quy chế hoạt động</em>).</summary>
    public required bool HasOperatingRules { get; init; }

    /// <summary>For a safe school gate: whether the coordination plan between school, commune police and traffic police exists (<em>kế hoạch phối hợp</em>).</summary>
    public bool HasCoordinationPlan { get; init; }

    /// <summary>The steps of its life, in order.</summary>
    public ImmutableArray<LifecycleEvent> History { get; init; } = [];

    /// <summary>The stage after the last step, or null before founding.</summary>
    [JsonIgnore]
    public ModelStage? Stage => History.IsDefaultOrEmpty ? null : History[^1].Stage;

    /// <summary>The founding date, or null.</summary>
    [JsonIgnore]
    public LocalDate? FoundedOn => History.IsDefault ? null : History.FirstOrDefault(e => e.Stage == ModelStage.Founded)?.On;

    /// <summary>A model founded on <paramref name="on"/> by <paramref name="decision"/>.</summary>
    public static MovementModel Found(string name, ModelType type, LocalDate on, string? decision, bool hasOperatingRules, bool hasCoordinationPlan = false)
        => new()
        {
            Name = name,
            Type = type,
            FoundingDecision = decision,
            HasOperatingRules = hasOperatingRules,
            HasCoordinationPlan = hasCoordinationPlan,
            History = [new LifecycleEvent(ModelStage.Founded, on, decision)],
        };

    /// <summary>The model after <paramref name="step"/>; throws <see cref="LifecycleException"/> when the step is impossible.</summary>
    public MovementModel Then(LifecycleEvent step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (ModelLifecycle.Refusal(Stage, History.IsDefaultOrEmpty ? null : History[^1].On, step) is { } why)
        {
            throw new LifecycleException(Stage, step.Stage, why.En);
        }

        return this with { History = History.IsDefault ? [step] : History.Add(step) };
    }

    /// <summary>The model's status on <paramref name="on"/>: stage, last review, whether a review is overdue, whether the last review showed no effect.</summary>
    public ModelStatus StatusOn(LocalDate on) => ModelLifecycle.StatusOn(this, on);

    /// <summary>The model's status on <paramref name="on"/> under a committee's own <paramref name="practice"/> (its review interval).</summary>
    public ModelStatus StatusOn(LocalDate on, ModelPractice practice) => ModelLifecycle.StatusOn(this, on, practice);

    /// <inheritdoc />
    public bool Equals(MovementModel? other)
        => other is not null && Name == other.Name && Type == other.Type && Unit == other.Unit && FoundingDecision == other.FoundingDecision
           && HasOperatingRules == other.HasOperatingRules && HasCoordinationPlan == other.HasCoordinationPlan && Internal.Structural.Equal(History, other.History);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Type, Unit, Internal.Structural.Hash(History));
}

/// <summary>
/// A model's status on a date (<em>tình trạng mô hình</em>).
/// </summary>
/// <param name="Stage">The stage reached by that date, or null when not yet founded.</param>
/// <param name="LastReview">The last review or summary by that date, or null.</param>
/// <param name="ReviewOverdue">Whether more than the review interval (12 months by default) has passed since the last review (or the founding when never reviewed).</param>
/// <param name="NoEffectInLastReview">Whether the last review measured no effect.</param>
public sealed record ModelStatus(ModelStage? Stage, LifecycleEvent? LastReview, bool ReviewOverdue, bool NoEffectInLastReview);

/// <summary>An impossible step in a model's life, such as replicating a removed model (<em>bước không hợp lệ</em>).</summary>
public sealed class LifecycleException : InvalidOperationException
{
    /// <summary>An impossible step from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public LifecycleException(ModelStage? from, ModelStage to, string reason)
        : base($"A model cannot move from {(from is { } f ? f.ToString() : "not founded")} to {to}: {reason}")
    {
        From = from;
        To = to;
    }

    /// <summary>An impossible step.</summary>
    public LifecycleException()
    {
    }

    /// <summary>An impossible step, described.</summary>
    public LifecycleException(string message)
        : base(message)
    {
    }

    /// <summary>An impossible step, described, with its cause.</summary>
    public LifecycleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The stage before the step, or null before founding.</summary>
    public ModelStage? From { get; }

    /// <summary>The stage the step tried to reach.</summary>
    public ModelStage To { get; }
}
