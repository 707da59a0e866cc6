using AntqDomain.Cli;

using var stdin = Console.OpenStandardInput();
return CliApp.Run(args, stdin, Console.Out, Console.Error);
