using System.CommandLine;
using System.Globalization;
using AntqDomain.Administration;

namespace AntqDomain.Cli;

/// <summary>
/// What one command was given, read from System.CommandLine's parse result: the command, its positional arguments,
/// the options by name and the language. The parser has already refused unknown options, missing values and values
/// outside an option's choices.
/// </summary>
internal sealed class CliOptions
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    private CliOptions(string command, CultureInfo language, string usage)
    {
        Command = command;
        Language = language;
        Usage = usage;
    }

    public string Command { get; }

    /// <summary>The command's usage line in the chosen language ("Usage: antq draft --level …"), derived from its declared arguments and options.</summary>
    public string Usage { get; }

    /// <summary>The level given with <c>--level</c>, already turned into a level by the parser; null when absent.</summary>
    public AdministrativeLevel? Level { get; private set; }

    /// <summary>The names <c>--level</c> accepts on this command ("central|province|…"), for messages.</summary>
    public string LevelNames { get; private set; } = string.Empty;

    public List<string> Positional { get; } = [];

    public CultureInfo Language { get; }

    public bool Has(string name) => values.ContainsKey(name);

    public string? Get(string name) => values.TryGetValue(name, out var v) ? v : null;

    /// <summary>The <c>--format</c> given, or <paramref name="defaultFormat"/>; the parser has allowed only the command's formats.</summary>
    public string Format(string defaultFormat) => Get("format") ?? defaultFormat;

    /// <summary>The options of <paramref name="command"/> as parsed.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="command">The command that was parsed.</param>
    /// <param name="line">The command line, built in the language of <see cref="CliCommandLine.LanguageOf"/> (--lang, else the UI culture).</param>
    public static CliOptions From(ParseResult parse, Command command, CliCommandLine line)
    {
        var o = new CliOptions(command.Name, line.Language, line.T("Cách dùng: ", "Usage: ") + CliHelp.UsageLine(line, command));
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

            if (option is Option<AdministrativeLevel?> level)
            {
                o.Level = parse.GetValue(level);
                o.LevelNames = level.HelpName ?? string.Empty;
            }
        }

        return o;
    }
}
