using System.CommandLine;
using System.CommandLine.Help;
using System.Text;

namespace AntqDomain.Cli;

/// <summary>
/// The help of <c>antq</c>, written from the command tree in the chosen language: the usage line of every command is
/// derived from its arguments and options, so the help cannot drift from what the parser accepts.
/// </summary>
internal static class CliHelp
{
    /// <summary>The help of <paramref name="command"/> (the root: every command; a command: its arguments and options).</summary>
    public static string Write(CliCommandLine line, Command command)
    {
        var o = new StringBuilder();
        if (command is RootCommand root)
        {
            o.AppendLine(root.Description).AppendLine();
            o.AppendLine(line.T("Cách dùng:", "Usage:"));
            foreach (var sub in root.Subcommands)
            {
                o.Append("  ").AppendLine(UsageLine(line, sub));
                o.Append("      ").AppendLine(sub.Description);
                if (line.Notes.TryGetValue(sub.Name, out string? note))
                {
                    o.Append("      ").AppendLine(note);
                }
            }

            o.AppendLine();
            o.AppendLine(line.T(
                "Tùy chọn chung: --lang vi|en (ngôn ngữ thông báo), --help, --version. Trợ giúp một lệnh: antq <lệnh> --help.",
                "Common options: --lang vi|en (message language), --help, --version. Help on one command: antq <command> --help."));
            o.AppendLine(line.T(
                "Tham số có thể đặt trong tệp: antq @tham-số.rsp. Gợi ý bằng phím Tab: antq completion bash|zsh|pwsh.",
                "Arguments can come from a file: antq @arguments.rsp. Tab completion: antq completion bash|zsh|pwsh."));
            return o.ToString();
        }

        o.Append(line.T("Cách dùng: ", "Usage: ")).AppendLine(UsageLine(line, command)).AppendLine();
        o.AppendLine(command.Description);
        var rows = new List<(string Left, string Right)>();
        foreach (var argument in command.Arguments)
        {
            rows.Add((ArgumentText(argument), argument.Description ?? string.Empty));
        }

        foreach (var option in command.Options.Concat(line.Root.Options.Where(o => o.Recursive || o is HelpOption)))
        {
            if (option is VersionOption)
            {
                continue;
            }

            string names = string.Join(", ", option.Aliases.Where(a => a.StartsWith('-') && a.Length == 2).Append(option.Name));
            rows.Add((option.Arity.MaximumNumberOfValues == 0 ? names : $"{names} {ValueText(option)}", option.Description ?? string.Empty));
        }

        o.AppendLine();
        int width = rows.Max(r => r.Left.Length) + 2;
        foreach (var (left, right) in rows)
        {
            o.Append("  ").Append(left.PadRight(width)).AppendLine(right);
        }

        if (line.Notes.TryGetValue(command.Name, out string? closing))
        {
            o.AppendLine().AppendLine(closing);
        }

        return o.ToString();
    }

    /// <summary>The usage line of a command: <c>antq validate &lt;tệp&gt;... [--format text|json|sarif] …</c>.</summary>
    public static string UsageLine(CliCommandLine line, Command command)
    {
        var parts = new List<string> { "antq", command.Name };
        parts.AddRange(command.Arguments.Select(ArgumentText));
        foreach (var option in command.Options)
        {
            string text = option.Arity.MaximumNumberOfValues == 0 ? option.Name : $"{option.Name} {ValueText(option)}";
            parts.Add(line.RequiredOptions.Contains(option) ? text : $"[{text}]");
        }

        return string.Join(' ', parts);
    }

    private static string ArgumentText(Argument argument)
    {
        string name = argument.HelpName ?? argument.Name;
        name = name.Contains('|', StringComparison.Ordinal) ? name : $"<{name}>";
        return argument.Arity.MaximumNumberOfValues > 1 ? name + "..." : name;
    }

    private static string ValueText(Option option)
    {
        string name = option.HelpName ?? "value";
        return name.Contains('|', StringComparison.Ordinal) || name.StartsWith("yyyy", StringComparison.Ordinal) || name.StartsWith('"') ? name : $"<{name}>";
    }
}
