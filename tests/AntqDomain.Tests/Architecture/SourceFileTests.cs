using System.Text.RegularExpressions;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Architecture;

/// <summary>Each public type of the library sits in a file of its own, named for it.</summary>
public partial class SourceFileTests
{
    public static TheoryData<string> Projects() => ["AntqDomain", "AntqDomain.Docx"];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_public_type_has_a_file_of_its_own_named_for_it(string project)
    {
        var problems = new List<string>();
        string root = Repo.PathOf("src", project);
        foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(root, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            var types = PublicType().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).ToList();
            string expected = Path.GetFileNameWithoutExtension(file).Split('.')[0];
            if (types.Count > 1 || (types.Count == 1 && types[0] != expected))
            {
                problems.Add($"{relative}: {string.Join(", ", types)}");
            }
        }

        Assert.Empty(problems);
    }

    [GeneratedRegex(@"^public (?:sealed |static |readonly |partial |abstract )*(?:record struct|record|class|enum|struct|interface) (?<name>[A-Z]\w*)", RegexOptions.Multiline)]
    private static partial Regex PublicType();
}
