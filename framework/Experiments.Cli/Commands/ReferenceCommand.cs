using Experiments.Cli.Infrastructure;
using Experiments.Configuration.Reference;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>Prints the reference of every experiment key (the text of docs/experiment-reference.md).</summary>
public sealed class ReferenceCommand : Command<CommonSettings>
{
    public override int Execute(CommandContext context, CommonSettings settings, CancellationToken cancellationToken)
    {
        AnsiConsole.Console.Profile.Out.Writer.Write(ExperimentReference.Markdown());
        return ExitCodes.Success;
    }
}
