using System.Reflection;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.PublicApi;

/// <summary>
/// The public surface is declared in each package's <c>PublicAPI.Shipped.txt</c> (released in 0.1.0) and
/// <c>PublicAPI.Unshipped.txt</c> (since then); Microsoft.CodeAnalysis.PublicApiAnalyzers fails the build on any
/// public change not written there. These tests keep the declaration and the assemblies in step from the outside.
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("AntqDomain", typeof(AntqDomain.Rules.RuleCatalogue))]
    [InlineData("AntqDomain.Docx", typeof(AntqDomain.Docx.DocxPlanReader))]
    public void Every_public_type_is_declared_in_the_public_api_files(string project, Type anyType)
    {
        var declared = Declared(project);
        var missing = anyType.Assembly.GetExportedTypes().Select(ApiName).Where(n => !declared.Contains(n)).Order(StringComparer.Ordinal).ToArray();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("AntqDomain", typeof(AntqDomain.Rules.RuleCatalogue))]
    [InlineData("AntqDomain.Docx", typeof(AntqDomain.Docx.DocxPlanReader))]
    public void No_declared_type_is_missing_from_the_assembly(string project, Type anyType)
    {
        var exported = anyType.Assembly.GetExportedTypes().Select(ApiName).ToHashSet(StringComparer.Ordinal);
        var typeLines = Declared(project).Where(l => !l.Contains(' ', StringComparison.Ordinal) && !l.Contains('(', StringComparison.Ordinal)
                                                     && !l.Contains(".get", StringComparison.Ordinal) && !l.Contains(".set", StringComparison.Ordinal)
                                                     && !l.Contains(".init", StringComparison.Ordinal));
        var stale = typeLines.Where(l => !exported.Contains(l) && !exported.Any(t => l.StartsWith(t + ".", StringComparison.Ordinal))).ToArray();
        Assert.Empty(stale);
    }

    [Fact]
    public void The_xml_documentation_ships_beside_the_assembly()
    {
        // XML docs are enforced by the compiler (CS1591 as error); here: the docs file ships with the assembly.
        string xml = Path.ChangeExtension(typeof(AntqDomain.Rules.RuleCatalogue).Assembly.Location, ".xml");
        Assert.True(File.Exists(xml), "The XML documentation file is missing beside the assembly.");
    }

    /// <summary>The declared lines still in force: shipped ones not marked removed, plus the unshipped additions.</summary>
    private static HashSet<string> Declared(string project)
    {
        static IEnumerable<string> Lines(string path) => File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'));
        var shipped = Lines(Repo.PathOf("src", project, "PublicAPI.Shipped.txt"));
        var unshipped = Lines(Repo.PathOf("src", project, "PublicAPI.Unshipped.txt")).ToArray();
        var removed = unshipped.Where(l => l.StartsWith("*REMOVED*", StringComparison.Ordinal)).Select(l => l["*REMOVED*".Length..]).ToHashSet(StringComparer.Ordinal);
        return shipped.Where(l => !removed.Contains(l)).Concat(unshipped.Where(l => !l.StartsWith('*'))).Select(l => l.TrimEnd('!', '?')).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A type as the API files write it: namespace-qualified, nested types with dots, generic parameters in angle brackets.</summary>
    private static string ApiName(Type t)
    {
        string name = t.IsNested ? ApiName(t.DeclaringType!) + "." + t.Name : t.Namespace + "." + t.Name;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick] + "<" + string.Join(", ", t.GetTypeInfo().GenericTypeParameters.Select(p => p.Name)) + ">";
    }
}
