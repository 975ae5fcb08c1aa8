namespace Experiments.Tracking.FakeServer;

/// <summary>What the fake server holds; lock on the instance while reading or changing it.</summary>
public sealed class FakeMlflowState
{
    public Dictionary<string, (string Name, List<(string Key, string Value)> Tags)> Experiments { get; } =
        new() { ["0"] = ("Default", []) };

    public Dictionary<string, FakeRun> Runs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, byte[]> Artifacts { get; } = new(StringComparer.Ordinal);

    public int LogBatchCalls { get; set; }

    public int NextExperimentId { get; set; } = 1;

    public IReadOnlyList<(string Key, double Value, long Timestamp, long Step)> MetricsOf(string runId)
    {
        lock (this)
        {
            return Runs[runId].Metrics.ToList();
        }
    }
}
