using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;

namespace AntqDomain.Movement;

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
    public ImmutableArray<LifecycleEvent> History { get; init => field = Internal.Structural.OrEmpty(value); } = [];

    /// <summary>The stage after the last step, or null before founding.</summary>
    [JsonIgnore]
    public ModelStage? Stage => History.IsDefaultOrEmpty ? null : History[^1].Stage;

    /// <summary>The founding date, or null.</summary>
    [JsonIgnore]
    public LocalDate? FoundedOn => History.FirstOrDefault(e => e.Stage == ModelStage.Founded)?.On;

    /// <summary>A model founded on <paramref name="on"/> by <paramref name="decision"/>.</summary>
    /// <param name="name">The model's name.</param>
    /// <param name="type">The kind of model.</param>
    /// <param name="on">The day of founding.</param>
    /// <param name="decision">The founding decision, or null.</param>
    /// <param name="hasOperatingRules">Whether the model has its operating rules.</param>
    /// <param name="hasCoordinationPlan">Whether the model has its coordination plan.</param>
    /// <returns>The model, at the founded stage.</returns>
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
    /// <param name="step">The next step of the model's life.</param>
    /// <returns>A new model; this one is unchanged.</returns>
    public MovementModel Then(LifecycleEvent step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (ModelLifecycle.Refusal(Stage, History.IsDefaultOrEmpty ? null : History[^1].On, step) is { } why)
        {
            throw new LifecycleException(Stage, step.Stage, why.En);
        }

        return this with { History = History.Add(step) };
    }

    /// <summary>The model's status on <paramref name="on"/>: stage, last review, whether a review is overdue, whether the last review showed no effect.</summary>
    /// <param name="on">The day asked about.</param>
    /// <returns>The status on that day.</returns>
    public ModelStatus StatusOn(LocalDate on) => ModelLifecycle.StatusOn(this, on);

    /// <summary>The model's status on <paramref name="on"/> under a committee's own <paramref name="practice"/> (its review interval).</summary>
    /// <param name="on">The day asked about.</param>
    /// <param name="practice">The committee's practice.</param>
    /// <returns>The status on that day.</returns>
    public ModelStatus StatusOn(LocalDate on, ModelPractice practice) => ModelLifecycle.StatusOn(this, on, practice);

    /// <inheritdoc />
    public bool Equals(MovementModel? other)
        => other is not null && Name == other.Name && Type == other.Type && Unit == other.Unit && FoundingDecision == other.FoundingDecision
           && HasOperatingRules == other.HasOperatingRules && HasCoordinationPlan == other.HasCoordinationPlan && Internal.Structural.Equal(History, other.History);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Type, Unit, Internal.Structural.Hash(History));
}
