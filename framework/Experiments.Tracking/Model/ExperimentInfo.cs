namespace Experiments.Tracking.Model;

/// <summary>An MLflow experiment as a store reports it.</summary>
public sealed record ExperimentInfo(
    string ExperimentId,
    string Name,
    string ArtifactLocation,
    string LifecycleStage,
    IReadOnlyList<RunTag> Tags);
