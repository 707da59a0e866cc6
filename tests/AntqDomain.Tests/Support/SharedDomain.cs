namespace AntqDomain.Tests.Support;

/// <summary>Locates <c>../shared/domain</c> (the requirements folder beside the repository), when present.</summary>
public static class SharedDomain
{
    public static string? Directory { get; } = Find();

    public const string MissingReason = "The shared requirements folder (../shared/domain beside the repository) is absent on this machine.";

    public static string? Seed(string prefix)
        => Directory is null ? null
            : System.IO.Directory.EnumerateFiles(Path.Combine(Directory, "seeds"), prefix + "*").FirstOrDefault();

    private static string? Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "domain");
            if (File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        return null;
    }
}
