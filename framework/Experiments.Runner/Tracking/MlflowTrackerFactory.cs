using Experiments.Contracts.Events;
using Experiments.Plugins.Hosting;
using Experiments.Tracking;
using Experiments.Tracking.Configuration;
using Experiments.Tracking.Tracker;
using Microsoft.Extensions.Logging;

namespace Experiments.Runner.Tracking;

/// <summary>
/// The MLflow tracker of a run, resolved as MLflow does: the experiment file's <c>tracking.uri</c>,
/// else <c>MLFLOW_TRACKING_URI</c>, else <c>./mlruns</c>; the MLflow experiment from
/// <c>tracking.experiment</c>, else <c>MLFLOW_EXPERIMENT_NAME</c>, else the experiment's name.
/// </summary>
public static class MlflowTrackerFactory
{
    public static Func<PreparedExperiment, ITrainingObserver?> For(ILoggerFactory loggers) => experiment =>
    {
        var config = experiment.Experiment.Config;
        var settings = new TrackingSettings { Uri = config.Tracking.Uri, ExperimentName = config.Tracking.Experiment };
        var target = TrackingTargetResolver.FromProcess().Resolve(settings);
        var store = TrackingStoreFactory.Open(target, settings, loggers);
        var options = new TrackerOptions
        {
            ExperimentName = target.ExperimentName ?? config.Name,
            SpoolFolder = Path.Combine(Path.GetFullPath(config.Training.Checkpointing.Folder), settings.SpoolFolder),
            Secrets = TrackingStoreFactory.SecretsOf(target),
        };
        return new MlflowTracker(store, options, loggers.CreateLogger<MlflowTracker>());
    };
}
