using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using AntqDomain.Commendations;
using AntqDomain.Movement;
using AntqDomain.SafetyStandard;
using AntqDomain.Tests.Commendations;
using AntqDomain.Tests.SafetyStandard;
using NodaTime;

namespace AntqDomain.Tests.Plans;

/// <summary>
/// The records that hold lists compare by content (their equality is written by hand): a copy with rebuilt lists is
/// equal with the same hash code, and a copy that differs in any one public member, whichever it is, is not equal.
/// </summary>
public class EveryMemberTakesPartInEqualityTests
{
    private static MovementModel Model()
        => MovementModel.Found("Tổ tự quản thôn Đông", ModelType.SelfManagementTeam, new LocalDate(2023, 3, 1), "Quyết định số 12/QĐ-UBND", hasOperatingRules: true)
            .Then(new LifecycleEvent(ModelStage.Operating, new LocalDate(2023, 3, 15))) with { Unit = "xã Phương Độ" };

    private static AwardProposal Proposal()
    {
        var p = Proposals.LeaderMedal();
        return p with
        {
            ProposedBy = "Công an tỉnh Tuyên Quang",
            Wording = "Khen thưởng phong trào thi đua",
            CountedAwards = [new PriorAward(CommendationForm.CommendationCertificate, new LocalDate(2024, 8, 19))],
            Nominee = p.Nominee with { Exclusions = [Exclusion.Prosecuted], Pending = [PendingMatter.Discipline], CompletedTasksWell = true, DisciplineEndedOn = new LocalDate(2020, 1, 1) },
        };
    }

    public static TheoryData<string> Subjects() => ["proposal", "nominee", "model", "safety", "practice"];

    private static object Sample(string subject) => subject switch
    {
        "proposal" => Proposal(),
        "nominee" => Proposal().Nominee,
        "model" => Model(),
        "safety" => SafetyRulesTests.Commune() with { ProposedOn = new LocalDate(2025, 12, 1), Excluded = [ExcludedUnit.PrimarySchool] },
        "practice" => ModelPractice.Default with { UnusualSteps = [new StageStep(ModelStage.Operating, ModelStage.Founded)] },
        _ => throw new ArgumentOutOfRangeException(nameof(subject)),
    };

    private static IEnumerable<PropertyInfo> Members(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0);

    private static object Copy(object value) => value.GetType().GetMethod("<Clone>$")!.Invoke(value, null)!;

    [Theory]
    [MemberData(nameof(Subjects))]
    public void A_copy_with_rebuilt_lists_is_equal_with_the_same_hash_code(string subject)
    {
        object sample = Sample(subject);
        object copy = Copy(sample);
        foreach (var member in Members(sample.GetType()).Where(m => IsImmutableArray(m.PropertyType)))
        {
            member.SetValue(copy, Rebuilt(member.GetValue(sample)!, member.PropertyType));
        }

        Assert.Equal(sample, copy);
        Assert.Equal(sample.GetHashCode(), copy.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void A_copy_that_differs_in_any_one_member_is_not_equal(string subject)
    {
        object sample = Sample(subject);
        var members = Members(sample.GetType()).ToList();
        Assert.NotEmpty(members);
        foreach (var member in members)
        {
            object copy = Copy(sample);
            member.SetValue(copy, Other(member.GetValue(sample), member.PropertyType));
            Assert.False(sample.Equals(copy), $"{sample.GetType().Name}.{member.Name} does not take part in equality");
        }
    }

    private static bool IsImmutableArray(Type t) => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    private static object Rebuilt(object array, Type type)
    {
        var items = ((IEnumerable)array).Cast<object>().ToArray();
        return ArrayOf(type, items);
    }

    private static object ArrayOf(Type immutableArrayType, object[] items)
    {
        var element = immutableArrayType.GetGenericArguments()[0];
        var typed = Array.CreateInstance(element, items.Length);
        Array.Copy(items, typed, items.Length);
        var create = typeof(ImmutableArray).GetMethods().Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }]);
        return create.MakeGenericMethod(element).Invoke(null, [typed])!;
    }

    /// <summary>A value of <paramref name="type"/> different from <paramref name="value"/>.</summary>
    private static object? Other(object? value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return value is null ? Other(Activator.CreateInstance(underlying), underlying) : null;
        }

        return value switch
        {
            string s => s + " (khác)",
            bool b => !b,
            int i => i + 1,
            LocalDate d => d.PlusDays(1),
            Period p => p + Period.FromDays(1),
            Enum e => Enum.GetValues(type).Cast<object>().First(v => !v.Equals(e)),
            Authority a => a == Authority.CommuneChair ? Authority.ProvinceChair : Authority.CommuneChair,
            Nominee n => n with { Name = n.Name + " (khác)" },
            _ when IsImmutableArray(type) => ((IEnumerable)value!).Cast<object>().ToArray() is { Length: > 0 } items
                ? ArrayOf(type, items[..^1])
                : throw new InvalidOperationException($"The sample's {type} is empty: give it an item."),
            _ => throw new InvalidOperationException($"No other value known for {type}."),
        };
    }
}
