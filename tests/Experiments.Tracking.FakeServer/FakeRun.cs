namespace Experiments.Tracking.FakeServer;

/// <summary>A run held by the fake server; metrics keep every point, duplicates included, as MLflow does.</summary>
public sealed class FakeRun(string runId, string experimentId, string runName, string userId, long startTime)
{
    public string RunId { get; } = runId;
    public string ExperimentId { get; } = experimentId;
    public string RunName { get; } = runName;
    public string UserId { get; } = userId;
    public long StartTime { get; } = startTime;
    public long? EndTime { get; set; }
    public string Status { get; set; } = "RUNNING";
    public string LifecycleStage { get; set; } = "active";
    public Dictionary<string, string> Params { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);
    public List<(string Key, double Value, long Timestamp, long Step)> Metrics { get; } = [];
    public string ArtifactUri => $"mlflow-artifacts:/{ExperimentId}/{RunId}/artifacts";
}
