using Experiments.Contracts.Events;
using Experiments.Plugins.Hosting;
using Experiments.Tracking.Configuration;
using Experiments.Tracking.Tracker;
using Microsoft.Extensions.Logging;

namespace Experiments.Runner.Tracking;

/// <summary>
/// The MLflow tracker of each run: where MLflow would put it (<c>tracking.uri</c>, else
/// <c>MLFLOW_TRACKING_URI</c>, else <c>./mlruns</c>), under <c>tracking.experiment</c>, else
/// <c>MLFLOW_EXPERIMENT_NAME</c>, else the experiment's name; its spool beside the checkpoints.
/// </summary>
public static class RunTrackers
{
    public static Func<PreparedExperiment, ITrainingObserver?> Mlflow(ILoggerFactory loggers) => experiment =>
    {
        var config = experiment.Experiment.Config;
        var settings = new TrackingSettings
        {
            Uri = config.Tracking.Uri,
            ExperimentName = config.Tracking.Experiment
                             ?? Environment.GetEnvironmentVariable(TrackingTargetResolver.ExperimentVariable)
                             ?? config.Name,
            SpoolFolder = Path.Combine(Path.GetFullPath(config.Training.Checkpointing.Folder), "mlflow-spool"),
        };
        return MlflowTrackerFactory.Create(settings, loggers);
    };
}
