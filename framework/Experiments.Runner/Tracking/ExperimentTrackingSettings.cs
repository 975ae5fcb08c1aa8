using Experiments.Configuration.Schema;
using Experiments.Tracking.Configuration;

namespace Experiments.Runner.Tracking;

/// <summary>
/// An experiment's tracking settings: <c>tracking.uri</c> (else MLflow's variables and default),
/// and the MLflow experiment <c>tracking.experiment</c>, else <c>MLFLOW_EXPERIMENT_NAME</c>, else
/// the experiment's name. Runs and the sweeps that look them up must agree on both.
/// </summary>
public static class ExperimentTrackingSettings
{
    public static TrackingSettings For(ExperimentConfig config) => new()
    {
        Uri = config.Tracking.Uri,
        ExperimentName = config.Tracking.Experiment
                         ?? Environment.GetEnvironmentVariable(TrackingTargetResolver.ExperimentVariable)
                         ?? config.Name,
        SpoolFolder = Path.Combine(Path.GetFullPath(config.Training.Checkpointing.Folder), "mlflow-spool"),
    };
}
