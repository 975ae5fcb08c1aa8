using Experiments.Cli.Infrastructure;
using Experiments.Runner.Prediction;
using Experiments.Runner.Tracking;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>
/// <c>experiments predict</c>: a trained checkpoint on new scans. Each scan gets its segmentation
/// as NIfTI on its own grid, the expansion probability, the hematoma volume and overlay PNGs;
/// with <c>--run</c> they are logged to that tracking run too. Unreadable scans are skipped.
/// </summary>
public sealed class PredictCommand(ILoggerFactory loggerFactory) : AsyncCommand<PredictSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, PredictSettings settings, CancellationToken cancellationToken)
    {
        var model = PredictionModel.Load(settings.Checkpoint, loggerFactory);
        PredictionArtifacts? artifacts = null;
        if (settings.Run is { } runId)
        {
            artifacts = PredictionArtifacts.Open(
                ExperimentTrackingSettings.For(model.Experiment.Experiment.Config), loggerFactory);
            await artifacts.RequireRunAsync(runId, cancellationToken);
        }

        var output = Path.GetFullPath(settings.Output);
        var run = new ScanPredictionRun(model, output, loggerFactory);
        var inputs = ScanInput.FromPaths(settings.Inputs);
        var outcome = AnsiConsole.Status().Start("Predicting", status => run.Run(
            inputs, new Progress<ScanInput>(input => status.Status($"Predicting {input.Name}")), cancellationToken));

        if (outcome.Predictions.Count > 0)
        {
            AnsiConsole.Write(PredictionTable.Of(outcome.Predictions));
            AnsiConsole.MarkupLineInterpolated($"Masks, overlays and prediction.json per scan in [bold]{output}[/]");
        }

        foreach (var skipped in outcome.Skipped)
        {
            ErrorConsole.Instance.MarkupLineInterpolated($"[red]skipped[/] {skipped.Input.Path}: {skipped.Reason}");
        }

        if (artifacts is not null)
        {
            var count = await artifacts.LogAsync(settings.Run!, outcome, cancellationToken);
            var destination = $"{artifacts.Destination} under {PredictionArtifacts.Folder}/";
            AnsiConsole.MarkupLineInterpolated($"Logged {count} files to run {settings.Run} in {destination}");
        }

        return outcome.Skipped.Count == 0 ? ExitCodes.Success : ExitCodes.RunFailed;
    }
}
