namespace Experiments.Tracking.Model;

/// <summary>The attributes of a run (times in Unix milliseconds; no end time while it runs).</summary>
public sealed record RunInfo(
    string RunId,
    string ExperimentId,
    string RunName,
    string UserId,
    RunStatus Status,
    long StartTime,
    long? EndTime,
    string ArtifactUri,
    string LifecycleStage)
{
    public bool IsDeleted => LifecycleStage == LifecycleStages.Deleted;
}
