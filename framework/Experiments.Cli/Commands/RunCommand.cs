using Experiments.Cli.Infrastructure;
using Experiments.Plugins.Hosting;
using Experiments.Runner;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>
/// Validates an experiment like <c>validate</c>, then hands the prepared experiment to the
/// <see cref="IExperimentRunner"/> the app builds for the command line's run request, showing its progress,
/// and at the end its results and where to look at them.
/// </summary>
public sealed class RunCommand(ILoggerFactory loggerFactory, Func<RunRequest, IExperimentRunner> runners)
    : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var prepared = new ExperimentSetup(loggerFactory).Prepare(settings.File, settings.Overrides).PreparedOrThrow();
        var config = prepared.Experiment.Config;
        var evaluation = await AnsiConsole.Progress()
            .AutoClear(false)
            .StartAsync(async progress =>
            {
                var results = new RunResultsObserver(new ProgressObserver(progress, config.Training.Epochs));
                await runners(settings.ToRequest()).RunAsync(prepared, results, cancellationToken);
                return results.Evaluation;
            });
        RunResultsReport.Write(AnsiConsole.Console, config, evaluation);
        return ExitCodes.Success;
    }
}
