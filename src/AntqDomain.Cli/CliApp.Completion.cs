namespace AntqDomain.Cli;

/// <content>The <c>completion</c> command: the shell script that asks <c>antq</c> for completions as you type.</content>
public static partial class CliApp
{
    /// <summary>
    /// Prints the completion script of a shell. Each script calls <c>antq "[suggest:N]" "line"</c> (System.CommandLine's
    /// suggestion directive), so commands, options and option values complete from the same tree the parser uses.
    /// </summary>
    private static int Completion(CliOptions options, TextWriter stdout)
    {
        stdout.Write(options.Positional[0] switch
        {
            "bash" => """
                # antq tab completion for bash: add to ~/.bashrc:  eval "$(antq completion bash)"
                _antq_complete() {
                  local IFS=$'\n'
                  COMPREPLY=( $(compgen -W "$(antq "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}") )
                }
                complete -o default -F _antq_complete antq

                """,
            "zsh" => """
                # antq tab completion for zsh: add to ~/.zshrc:  eval "$(antq completion zsh)"
                _antq() {
                  local -a candidates
                  candidates=("${(@f)$(antq "[suggest:${CURSOR}]" "${BUFFER}" 2>/dev/null)}")
                  compadd -a candidates
                }
                compdef _antq antq

                """,
            _ => """
                # antq tab completion for PowerShell: add to $PROFILE:  antq completion pwsh | Out-String | Invoke-Expression
                Register-ArgumentCompleter -Native -CommandName antq -ScriptBlock {
                    param($wordToComplete, $commandAst, $cursorPosition)
                    antq "[suggest:$cursorPosition]" "$commandAst" | ForEach-Object {
                        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
                    }
                }

                """,
        });
        return Ok;
    }
}
