using System.Text.RegularExpressions;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Docs;

/// <summary>Each package has its own readme, and it reads well on the package page (no link into the repository's tree).</summary>
public partial class PackageReadmeTests
{
    [Theory]
    [InlineData("AntqDomain")]
    [InlineData("AntqDomain.Docx")]
    [InlineData("AntqDomain.Cli")]
    public void Every_package_packs_its_own_readme(string project)
    {
        string csproj = File.ReadAllText(Repo.PathOf("src", project, project + ".csproj"));
        Assert.Contains("<PackageReadmeFile>README.md</PackageReadmeFile>", csproj, StringComparison.Ordinal);
        Assert.Contains("<None Include=\"README.md\" Pack=\"true\" PackagePath=\"/\" />", csproj, StringComparison.Ordinal);
        Assert.True(File.Exists(Repo.PathOf("src", project, "README.md")));
    }

    [Fact]
    public void Package_readmes_link_only_to_absolute_addresses()
    {
        var readmes = DocsSnippetTests.PackageReadmes().ToArray();
        Assert.Equal(3, readmes.Length);
        foreach (string readme in readmes)
        {
            foreach (Match link in MarkdownLink().Matches(File.ReadAllText(readme)))
            {
                Assert.True(link.Groups[1].Value.StartsWith("https://", StringComparison.Ordinal), $"{readme}: the link '{link.Groups[1].Value}' breaks on the package page.");
            }
        }
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
