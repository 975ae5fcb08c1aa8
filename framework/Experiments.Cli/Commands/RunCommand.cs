using Experiments.Cli.Infrastructure;
using Experiments.Plugins.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>
/// Validates an experiment like <c>validate</c>, then hands the prepared experiment to the
/// <see cref="IExperimentRunner"/> the app was built with, showing its progress.
/// </summary>
public sealed class RunCommand(ILoggerFactory loggerFactory, IExperimentRunner runner)
    : AsyncCommand<ExperimentSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, ExperimentSettings settings, CancellationToken cancellationToken)
    {
        var result = new ExperimentSetup(loggerFactory).Prepare(settings.File, settings.Overrides);
        if (result.Prepared is not { } prepared)
        {
            ProblemRenderer.Render(ErrorConsole.Instance, result.Problems);
            return ExitCodes.InvalidInput;
        }

        await AnsiConsole.Progress()
            .AutoClear(false)
            .StartAsync(async progress =>
            {
                var observer = new ProgressObserver(progress, prepared.Experiment.Config.Training.Epochs);
                await runner.RunAsync(prepared, observer, cancellationToken);
            });
        return ExitCodes.Success;
    }
}
