using System.ComponentModel;
using Experiments.Cli.Infrastructure;
using Experiments.Plugins.Hosting;
using Experiments.Sweeps.Definition;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>Checks an experiment (schema, plugins, component options) and reports every problem at once.</summary>
public sealed class ValidateCommand(ILoggerFactory loggerFactory) : Command<ValidateCommand.Settings>
{
    public sealed class Settings : ExperimentSettings
    {
        [CommandOption("--resolved")]
        [Description("Print the resolved experiment (extends, overrides and every default applied) as YAML.")]
        public bool PrintResolved { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var prepared = new ExperimentSetup(loggerFactory).Prepare(settings.File, settings.Overrides).PreparedOrThrow();

        // A sweep block with mistakes throws, and is reported like any configuration error.
        var sweep = SweepParser.ParseFile(settings.File);
        if (settings.PrintResolved)
        {
            AnsiConsole.Console.Profile.Out.Writer.Write(prepared.Experiment.ToYaml());
            return ExitCodes.Success;
        }

        AnsiConsole.MarkupLine($"[green]valid[/] {Markup.Escape(settings.File)}");
        foreach (var (path, component) in prepared.Components.Versions)
        {
            AnsiConsole.MarkupLine($"  {Markup.Escape(path)}: {Markup.Escape(component)}");
        }

        if (sweep is not null)
        {
            AnsiConsole.MarkupLine($"  sweep '{Markup.Escape(sweep.Name)}': {sweep.ToPlan().Trials.Count} trials " +
                                   "(experiments sweep --dry-run validates each one)");
        }

        return ExitCodes.Success;
    }
}
