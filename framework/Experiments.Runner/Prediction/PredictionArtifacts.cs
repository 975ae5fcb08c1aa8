using Experiments.Tracking;
using Experiments.Tracking.Configuration;
using Microsoft.Extensions.Logging;

namespace Experiments.Runner.Prediction;

/// <summary>
/// Logs predictions to an existing tracking run as artifacts, one folder per scan under
/// <c>scans/</c>. The run is looked up first, so a wrong id fails before anything is uploaded.
/// </summary>
public sealed class PredictionArtifacts(ITrackingStore store, ILogger logger)
{
    public const string Folder = "scans";

    public static PredictionArtifacts Open(TrackingSettings settings, ILoggerFactory loggers)
    {
        var target = TrackingTargetResolver.FromProcess().Resolve(settings);
        return new PredictionArtifacts(
            TrackingStoreFactory.Open(target, settings, loggers), loggers.CreateLogger<PredictionArtifacts>());
    }

    public string Destination => store.Description;

    /// <summary>Fails with <see cref="TrackingException"/> when the store has no such run.</summary>
    public async Task RequireRunAsync(string runId, CancellationToken cancellation)
    {
        try
        {
            await store.GetRunAsync(runId, cancellation);
        }
        catch (TrackingException missing) when (missing.ErrorCode == MlflowErrorCodes.ResourceDoesNotExist)
        {
            throw new TrackingException(
                $"--run {runId}: {store.Description} has no such run ({missing.Message}); pass the id of a run " +
                "in the store the checkpoint's experiment logs to (tracking.uri, MLFLOW_TRACKING_URI or ./mlruns).",
                missing.ErrorCode, missing.HttpStatus, missing);
        }
    }

    public async Task<int> LogAsync(string runId, PredictionOutcome outcome, CancellationToken cancellation)
    {
        var uploaded = 0;
        foreach (var prediction in outcome.Predictions)
        {
            foreach (var file in prediction.Files)
            {
                await store.UploadArtifactAsync(
                    runId, file, $"{Folder}/{prediction.Input.Name}/{Path.GetFileName(file)}", cancellation);
                uploaded++;
            }
        }

        logger.LogInformation("Logged {Count} prediction files to run {Run} in {Store}",
            uploaded, runId, store.Description);
        return uploaded;
    }
}
