using System.Globalization;

namespace AntqDomain.Cli;

/// <summary>Parsed command line: the command, positional arguments and <c>--name value</c> options.</summary>
internal sealed class CliOptions
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "help", "version", "deputy", "write" };
    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal) { "format", "on", "lang", "parent", "out", "level", "unit", "year", "issuer", "date", "number", "signer", "site", "committee" };

    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public string? Command { get; private set; }

    public List<string> Positional { get; } = [];

    public CultureInfo Language { get; private set; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
        ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("vi");

    public bool Has(string name) => values.ContainsKey(name);

    public string? Get(string name) => values.TryGetValue(name, out var v) ? v : null;

    public string? Format(params string[] allowed)
    {
        string value = Get("format") ?? allowed[0];
        return allowed.Contains(value, StringComparer.Ordinal) ? value : null;
    }

    public static CliOptions Parse(string[] args, out string? error)
    {
        var o = new CliOptions();
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a is "-h" or "-?")
            {
                a = "--help";
            }

            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                string name = a[2..];
                string? inline = null;
                int eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    inline = name[(eq + 1)..];
                    name = name[..eq];
                }

                if (Flags.Contains(name))
                {
                    o.values[name] = "true";
                }
                else if (Valued.Contains(name))
                {
                    string? value = inline ?? (i + 1 < args.Length ? args[++i] : null);
                    if (value is null)
                    {
                        error = $"--{name}: value missing / thiếu giá trị.";
                        return o;
                    }

                    o.values[name] = value;
                }
                else
                {
                    error = $"Unknown option / tùy chọn không xác định: {a}";
                    return o;
                }
            }
            else if (o.Command is null)
            {
                o.Command = a;
            }
            else
            {
                o.Positional.Add(a);
            }
        }

        if (o.Get("lang") is { } lang)
        {
            if (lang is not ("vi" or "en"))
            {
                error = $"--lang: '{lang}' (vi|en)";
                return o;
            }

            o.Language = CultureInfo.GetCultureInfo(lang);
        }

        return o;
    }
}
