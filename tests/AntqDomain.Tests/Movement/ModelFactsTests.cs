using AntqDomain.Movement;
using NodaTime;

namespace AntqDomain.Tests.Movement;

/// <summary>The facts a model states about itself: what counts as an effect, its founding date, its next step.</summary>
public class ModelFactsTests
{
    [Theory]
    [InlineData(1, 0, 0, 0, 0, true)]
    [InlineData(0, 1, 0, 0, 0, true)]
    [InlineData(0, 0, 1, 0, 0, true)]
    [InlineData(0, 0, 0, 0, 1, true)]
    [InlineData(0, 0, 0, 25, 0, false)]
    [InlineData(0, 0, 0, 0, 0, false)]
    [InlineData(-3, 0, 0, 0, 0, false)]
    public void Any_measured_result_is_an_effect_but_members_alone_are_not(int tips, int disputes, int weapons, int members, int patrolHours, bool effect)
        => Assert.Equal(effect, new EffectIndicators(tips, disputes, weapons, members, patrolHours).HasEffect);

    [Fact]
    public void The_founding_date_is_the_founding_steps_whatever_came_first()
    {
        var model = new MovementModel
        {
            Name = "Tổ tự quản thôn Đông",
            Type = ModelType.SelfManagementTeam,
            HasOperatingRules = true,
            History = [new LifecycleEvent(ModelStage.Reviewed, new LocalDate(2022, 12, 1)), new LifecycleEvent(ModelStage.Founded, new LocalDate(2023, 3, 1))],
        };
        Assert.Equal(new LocalDate(2023, 3, 1), model.FoundedOn);
        Assert.Null((model with { History = default }).FoundedOn);
        Assert.Null((model with { History = [new LifecycleEvent(ModelStage.Operating, new LocalDate(2023, 3, 15))] }).FoundedOn);
    }

    [Fact]
    public void A_first_step_on_a_model_built_without_history_starts_it()
    {
        var bare = new MovementModel { Name = "Camera an ninh tổ 3", Type = ModelType.SecurityCamera, HasOperatingRules = true, History = default };
        var founded = bare.Then(new LifecycleEvent(ModelStage.Founded, new LocalDate(2025, 9, 1)));
        Assert.Equal(ModelStage.Founded, Assert.Single(founded.History).Stage);
        Assert.Equal(new LocalDate(2025, 9, 1), founded.FoundedOn);
    }
}
