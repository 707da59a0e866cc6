using System.Reflection;
using System.Text.RegularExpressions;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Docs;

/// <summary>What the documentation names in code spans (`Type`, `Type.Member`) is public API that exists.</summary>
public partial class DocsNameOnlyPublicApiTests
{
    private static readonly Assembly[] Library = [typeof(AntqDomain.Plans.FestivalPlan).Assembly, typeof(AntqDomain.Docx.DocxPlanReader).Assembly];

    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string> { "README.md" };
        foreach (string f in Directory.EnumerateFiles(Repo.PathOf("docs"), "*.md").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(f) != "rules.md")
            {
                pages.Add("docs/" + Path.GetFileName(f));
            }
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_library_type_and_member_a_page_names_is_public(string page)
    {
        var types = Library.SelectMany(a => a.GetTypes()).Where(t => !t.IsNested && t.Namespace?.StartsWith("AntqDomain", StringComparison.Ordinal) == true && !t.Name.Contains('<', StringComparison.Ordinal))
            .GroupBy(t => t.Name.Split('`')[0]).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var problems = new List<string>();
        string text = File.ReadAllText(Repo.PathOf(page.Split('/')));
        foreach (Match m in CodeSpan().Matches(text))
        {
            string type = m.Groups["type"].Value;
            string? member = m.Groups["member"].Success ? m.Groups["member"].Value : null;
            if (!types.TryGetValue(type, out var candidates))
            {
                continue;
            }

            var visible = candidates.Where(t => t.IsPublic).ToList();
            if (visible.Count == 0)
            {
                problems.Add($"`{m.Groups["span"].Value}`: {type} is internal");
                continue;
            }

            if (member is not null && !visible.Any(t => t.GetMember(member, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy).Length > 0))
            {
                problems.Add($"`{m.Groups["span"].Value}`: {type} has no public {member}");
            }
        }

        Assert.True(problems.Count == 0, page + ": " + string.Join("; ", problems.Distinct()));
    }

    [GeneratedRegex(@"`(?<span>(?<type>[A-Z][A-Za-z0-9]+)(?:\.(?<member>[A-Z][A-Za-z0-9]+))?(?:\([^`)]*\))?)`")]
    private static partial Regex CodeSpan();
}
