namespace AntqDomain.Tests.Support;

/// <summary>
/// Tests that redirect <see cref="Console.Out"/> to capture what a snippet prints. The console is one per process: two
/// such classes running in parallel would capture each other's lines, so they share this collection and run one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConsoleOutputTests
{
    public const string Name = "Console output";
}
