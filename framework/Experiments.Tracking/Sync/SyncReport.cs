namespace Experiments.Tracking.Sync;

/// <summary>What one sync did; a second sync of the same source reports only unchanged runs.</summary>
public sealed record SyncReport(
    int RunsCreated,
    int RunsCompleted,
    int RunsUnchanged,
    int MetricPointsSent,
    int ArtifactsUploaded,
    int JournalsReplayed,
    int JournalsPending)
{
    public static SyncReport Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public static SyncReport operator +(SyncReport left, SyncReport right) => new(
        left.RunsCreated + right.RunsCreated,
        left.RunsCompleted + right.RunsCompleted,
        left.RunsUnchanged + right.RunsUnchanged,
        left.MetricPointsSent + right.MetricPointsSent,
        left.ArtifactsUploaded + right.ArtifactsUploaded,
        left.JournalsReplayed + right.JournalsReplayed,
        left.JournalsPending + right.JournalsPending);
}
