using Experiments.Tracking.Configuration;
using Microsoft.Extensions.Logging;

namespace Experiments.Tracking.Tracker;

/// <summary>
/// Builds the tracker for an experiment's <c>tracking:</c> settings and the MLflow environment variables.
/// </summary>
public static class MlflowTrackerFactory
{
    /// <summary>MLflow's own experiment when neither the file nor MLFLOW_EXPERIMENT_NAME names one.</summary>
    public const string DefaultExperimentName = "Default";

    public static MlflowTracker Create(
        TrackingSettings settings, ILoggerFactory loggers, TrackingTargetResolver? resolver = null)
    {
        var target = (resolver ?? TrackingTargetResolver.FromProcess()).Resolve(settings);
        var logger = loggers.CreateLogger<MlflowTracker>();
        logger.LogInformation("Tracking runs in {Destination} (from {Source})", target.Display, target.UriSource);
        var options = new TrackerOptions
        {
            ExperimentName = target.ExperimentName ?? DefaultExperimentName,
            SpoolFolder = Path.GetFullPath(settings.SpoolFolder),
            SystemMetricsInterval = settings.SystemMetricsInterval,
            ReconnectInterval = settings.ReconnectInterval,
            Secrets = TrackingStoreFactory.SecretsOf(target),
        };
        return new MlflowTracker(TrackingStoreFactory.Open(target, settings, loggers), options, logger);
    }
}
