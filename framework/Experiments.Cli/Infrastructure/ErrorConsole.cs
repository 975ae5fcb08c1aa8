using Spectre.Console;

namespace Experiments.Cli.Infrastructure;

/// <summary>The console for errors: standard error, so they never mix into a command's output.</summary>
public static class ErrorConsole
{
    public static IAnsiConsole Instance { get; } =
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
