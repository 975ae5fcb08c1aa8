using Experiments.Contracts.Events;
using Experiments.Plugins.Hosting;
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
        MlflowTrackerFactory.Create(ExperimentTrackingSettings.For(experiment.Experiment.Config), loggers);
}
