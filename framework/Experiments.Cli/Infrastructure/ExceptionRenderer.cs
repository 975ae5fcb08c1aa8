using Experiments.Configuration.Problems;
using Experiments.Data.Datasets;
using Experiments.Sweeps.Definition;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Infrastructure;

/// <summary>
/// Turns an exception escaping a command into a message and an exit code: usage and configuration
/// errors exit 2, everything else (a failed run) exits 1. The stack trace shows only with --verbose.
/// </summary>
public sealed class ExceptionRenderer(bool verbose)
{
    public int Render(Exception exception)
    {
        var console = ErrorConsole.Instance;
        switch (exception)
        {
            case ConfigurationException configuration:
                ProblemRenderer.Render(console, configuration.Problems);
                return ExitCodes.InvalidInput;
            case DatasetFileException dataset:
                console.MarkupLine($"[red]error[/] {Markup.Escape(dataset.Message)}");
                return ExitCodes.InvalidInput;
            case SweepDefinitionException sweep:
                console.MarkupLine($"[red]error[/] {Markup.Escape(sweep.Message)}");
                return ExitCodes.InvalidInput;
            case CommandAppException usage:
                console.MarkupLine($"[red]error[/] {Markup.Escape(usage.Message)}");
                console.MarkupLine("Run with --help for the commands and their options.");
                return ExitCodes.InvalidInput;
            default:
                console.MarkupLine($"[red]run failed[/] {Markup.Escape(exception.Message)}");
                if (verbose)
                {
                    console.WriteException(exception);
                }
                else
                {
                    console.MarkupLine("Run with --verbose for the details.");
                }

                return ExitCodes.RunFailed;
        }
    }
}
