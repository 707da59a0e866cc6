using NetArchTest.Rules;

namespace AntqDomain.Tests.Architecture;

/// <summary>
/// The library's folders form layers that point one way (docs/architecture.md): Vietnamese-language and legal helpers at
/// the bottom, then documents, then the domain model, then the rules, then reading, writing and serialization, then
/// drafting and fixing on top.
/// </summary>
public class LayerTests
{
    /// <summary>The layers, lowest first; a folder may use folders of lower layers only.</summary>
    public static readonly string[][] Layers =
    [
        ["Internal", "Language", "Legal"],
        ["Documents"],
        ["Calendar", "Administration"],
        ["Committees"],
        ["Plans", "Commendations", "Movement", "SafetyStandard"],
        ["Results"],
        ["Rules"],
        ["Writing", "Reading"],
        ["Serialization", "Drafting"],
        ["Fixing"],
    ];

    private static readonly string[] ModelFolders = ["Calendar", "Administration", "Committees", "Plans", "Commendations", "Movement", "SafetyStandard", "Results"];

    public static TheoryData<string> Folders() => [.. FolderDependencies.Of().Keys.OrderBy(k => k, StringComparer.Ordinal)];

    [Fact]
    public void Every_folder_of_the_library_has_a_layer()
    {
        var placed = Layers.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(FolderDependencies.Of().Keys, f => !placed.Contains(f));
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_only_folders_of_lower_layers(string folder)
    {
        int Layer(string f) => Array.FindIndex(Layers, l => l.Contains(f, StringComparer.Ordinal));
        var upward = FolderDependencies.Of()[folder].Where(d => Layer(d) >= Layer(folder)).OrderBy(d => d, StringComparer.Ordinal).ToList();
        Assert.True(upward.Count == 0, $"{folder} uses {string.Join(", ", upward.Select(u => $"{u} (through {string.Join(", ", FolderDependencies.Witnesses(folder, u))})"))}");
    }

    [Fact]
    public void No_two_folders_use_each_other_even_through_others()
    {
        var graph = FolderDependencies.Of();
        var cycles = new List<string>();
        foreach (var start in graph.Keys)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<string>(graph[start]);
            while (stack.Count > 0)
            {
                string f = stack.Pop();
                if (f == start)
                {
                    cycles.Add(start);
                    break;
                }

                if (seen.Add(f) && graph.TryGetValue(f, out var next))
                {
                    foreach (var n in next)
                    {
                        stack.Push(n);
                    }
                }
            }
        }

        Assert.Empty(cycles);
    }

    [Theory]
    [MemberData(nameof(ModelFolderNames))]
    public void The_domain_model_knows_nothing_of_rules_reading_writing_or_serialization(string folder)
    {
        var result = Types.InAssembly(typeof(AntqDomain.Plans.FestivalPlan).Assembly)
            .That().ResideInNamespace("AntqDomain." + folder)
            .ShouldNot().HaveDependencyOnAny("AntqDomain.Rules", "AntqDomain.Reading", "AntqDomain.Serialization", "AntqDomain.Writing", "AntqDomain.Drafting", "AntqDomain.Fixing")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    public static TheoryData<string> ModelFolderNames() => [.. ModelFolders];

    [Fact]
    public void The_language_and_legal_helpers_stand_alone()
    {
        var result = Types.InAssembly(typeof(AntqDomain.Plans.FestivalPlan).Assembly)
            .That().ResideInNamespace("AntqDomain.Language").Or().ResideInNamespace("AntqDomain.Legal")
            .ShouldNot().HaveDependencyOnAny([.. Layers.Skip(1).SelectMany(l => l).Select(f => "AntqDomain." + f)])
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }
}
