namespace AntqDomain.Movement;

/// <summary>A move of a movement model from one stage to the next (<em>bước chuyển giai đoạn</em>).</summary>
/// <param name="From">The stage before.</param>
/// <param name="To">The stage after.</param>
public readonly record struct StageStep(ModelStage From, ModelStage To);
