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

    /// <summary>The <c>--format</c> given, or the first (default) one; the parser allows only the command's formats.</summary>
    public string? Format(params string[] allowed)
    {
        string value = Get("format") ?? allowed[0];
        return allowed.Contains(value, StringComparer.Ordinal) ? value : null;
    }

    /// <summary>The options of <paramref name="command"/> as parsed.</summary>
    public static CliOptions From(ParseResult parse, Command command, Option<string> lang, CultureInfo language)
    {
        var o = new CliOptions(command.Name, parse.GetValue(lang) is { } chosen ? CultureInfo.GetCultureInfo(chosen) : language);
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
