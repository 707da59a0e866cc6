using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Reliability;

public class DeterminismTests
{
    [Fact]
    public void The_library_never_reads_the_system_clock_directly()
    {
        string[] forbidden = ["DateTime.Now", "DateTime.Today", "DateTime.UtcNow", "DateTimeOffset.Now", "DateTimeOffset.UtcNow"];
        var offenders = new List<string>();
        foreach (string file in Directory.GetFiles(Repo.PathOf("src", "AntqDomain"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                foreach (string f in forbidden)
                {
                    if (lines[i].Contains(f, StringComparison.Ordinal))
                    {
                        offenders.Add($"{Path.GetRelativePath(Repo.Root, file)}:{i + 1}: {f}");
                    }
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_compiled_library_references_no_clock_property_of_DateTime()
    {
        // The source check above misses aliases and generated code; the metadata of the assembly does not.
        var asm = typeof(AntqDomain.Rules.RuleCatalogue).Assembly;
        using var stream = File.OpenRead(asm.Location);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var used = new List<string>();
        foreach (var handle in md.MemberReferences)
        {
            var member = md.GetMemberReference(handle);
            string name = md.GetString(member.Name);
            if (member.Parent.Kind == System.Reflection.Metadata.HandleKind.TypeReference)
            {
                var type = md.GetTypeReference((System.Reflection.Metadata.TypeReferenceHandle)member.Parent);
                string typeName = md.GetString(type.Name);
                if (typeName is "DateTime" or "DateTimeOffset" && name is "get_Now" or "get_Today" or "get_UtcNow")
                {
                    used.Add($"{typeName}.{name}");
                }
            }
        }

        Assert.Empty(used);
    }
}
