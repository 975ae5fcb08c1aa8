using Experiments.Sweeps.Running;
using Experiments.Tracking;
using Experiments.Tracking.Model;

namespace Experiments.Sweeps.Tracking;

/// <summary>
/// Keeps a sweep's memory in the tracking store: the parent run is found by the sweep's hash
/// tag, each trial's child run by its trial-hash tag under that parent.
/// </summary>
public sealed class TrackingSweepLedger(ITrackingStore store, string experimentId, string userId) : ISweepLedger
{
    public async Task<string> ParentRunAsync(string sweepName, string sweepHash, CancellationToken cancellation)
    {
        var existing = await store.SearchRunsAsync(
            experimentId, new TagEqualityFilter(SweepTags.SweepHash, sweepHash).ToString(), cancellation);
        var parents = existing.Where(run => run.FindTag(MlflowTags.ParentRunId) is null);
        if (parents.MaxBy(run => run.Info.StartTime) is { } run)
        {
            return run.Info.RunId;
        }

        var tags = new List<RunTag>
        {
            new(MlflowTags.RunName, sweepName),
            new(SweepTags.SweepName, sweepName),
            new(SweepTags.SweepHash, sweepHash),
        };
        var created = await store.CreateRunAsync(
            new RunCreation(experimentId, sweepName, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), userId, tags),
            cancellation);
        return created.RunId;
    }

    public async Task<TrialRecord?> FindTrialAsync(string parentRunId, string trialHash, CancellationToken cancellation)
    {
        var runs = await store.SearchRunsAsync(
            experimentId, new TagEqualityFilter(SweepTags.TrialHash, trialHash).ToString(), cancellation);
        var attempts = runs.Where(run => run.FindTag(MlflowTags.ParentRunId) == parentRunId).ToList();
        var chosen = attempts.FirstOrDefault(run => run.Info.Status == RunStatus.Finished)
                     ?? attempts.MaxBy(run => run.Info.StartTime);
        return chosen is null ? null : new TrialRecord(chosen.Info.RunId, chosen.Info.Status == RunStatus.Finished);
    }

    /// <summary>Every child run of the parent, newest attempt per trial hash.</summary>
    public async Task<IReadOnlyDictionary<string, TrackedRun>> TrialRunsAsync(
        string parentRunId, CancellationToken cancellation)
    {
        var runs = await store.SearchRunsAsync(
            experimentId, new TagEqualityFilter(MlflowTags.ParentRunId, parentRunId).ToString(), cancellation);
        return runs
            .Where(run => run.FindTag(SweepTags.TrialHash) is not null)
            .GroupBy(run => run.FindTag(SweepTags.TrialHash)!)
            .ToDictionary(group => group.Key, group => group.MaxBy(run => run.Info.StartTime)!);
    }
}
