using System.Reflection;
using System.Runtime.CompilerServices;

namespace AntqDomain.Tests.Architecture;

/// <summary>
/// The model's records hold their data and nothing else: every field of an instance is the field of one of its
/// properties. A value derived for matching (a folded text, a parsed number) or remembered from an earlier call would
/// be a field of its own, kept alive with every plan and invisible to equality; such facts belong to a validation run.
/// </summary>
public class ModelRecordsKeepNoHiddenStateTests
{
    private static readonly string[] ModelFolders = ["Documents", "Calendar", "Administration", "Committees", "Plans", "Commendations", "Movement", "SafetyStandard", "Results"];

    public static TheoryData<string> ModelRecords() => [.. RecordTypes().Select(t => t.FullName!)];

    private static IEnumerable<Type> RecordTypes()
        => typeof(AntqDomain.Plans.FestivalPlan).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.IsClass && IsRecord(t) && ModelFolders.Contains(t.Namespace?.Split('.').ElementAtOrDefault(1)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(ModelRecords))]
    public void Every_field_of_a_model_record_belongs_to_one_of_its_properties(string typeName)
    {
        var type = typeof(AntqDomain.Plans.FestivalPlan).Assembly.GetType(typeName, throwOnError: true)!;
        var hidden = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Where(f => !IsPropertyField(type, f))
            .Select(f => f.Name)
            .ToList();

        Assert.True(hidden.Count == 0, $"{type.Name} keeps state outside its properties: {string.Join(", ", hidden)}");
    }

    [Fact]
    public void The_model_has_records_to_check()
        => Assert.Contains(typeof(AntqDomain.Documents.PlanText), RecordTypes());

    private static bool IsRecord(Type t) => t.GetMethod("<Clone>$") is not null;

    /// <summary>A property's field: the compiler's backing field ("&lt;Text&gt;k__BackingField") or a field a property is written over by hand.</summary>
    private static bool IsPropertyField(Type type, FieldInfo field)
    {
        if (field.IsDefined(typeof(CompilerGeneratedAttribute)) && field.Name.EndsWith(">k__BackingField", StringComparison.Ordinal))
        {
            return true;
        }

        string name = field.Name.TrimStart('_');
        return type.GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.IgnoreCase) is not null;
    }
}
