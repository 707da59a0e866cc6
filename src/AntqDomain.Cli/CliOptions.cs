using System.CommandLine;
using System.Globalization;

namespace AntqDomain.Cli;

/// <summary>
/// What one command was given, read from System.CommandLine's parse result: the command, its positional arguments,
/// the options by name and the language. The parser has already refused unknown options, missing values and values
/// outside an option's choices.
/// </summary>
internal sealed class CliOptions
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    private CliOptions(string command, CultureInfo language)
    {
        Command = command;
        Language = language;
    }

    public string Command { get; }

    public List<string> Positional { get; } = [];

    public CultureInfo Language { get; }

    public bool Has(string name) => values.ContainsKey(name);

    public string? Get(string name) => values.TryGetValue(name, out var v) ? v : null;

    /// <summary>The <c>--format</c> given, or <paramref name="defaultFormat"/>; the parser has allowed only the command's formats.</summary>
    public string Format(string defaultFormat) => Get("format") ?? defaultFormat;

    /// <summary>The options of <paramref name="command"/> as parsed.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="command">The command that was parsed.</param>
    /// <param name="language">The language the command line was built in (<see cref="CliCommandLine.LanguageOf"/>: --lang, else the UI culture).</param>
    public static CliOptions From(ParseResult parse, Command command, CultureInfo language)
    {
        var o = new CliOptions(command.Name, language);
        foreach (var argument in command.Arguments)
        {
            if (parse.GetResult(argument) is { } result)
            {
                o.Positional.AddRange(result.Tokens.Select(t => t.Value));
            }
        }

        foreach (var option in command.Options)
        {
            if (parse.GetResult(option) is { Implicit: false } result)
            {
                o.values[option.Name.TrimStart('-')] = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "true";
            }
        }

        return o;
    }
}
