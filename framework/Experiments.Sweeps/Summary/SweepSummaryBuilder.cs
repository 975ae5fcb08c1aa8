using Experiments.Sweeps.Running;
using Experiments.Tracking;
using Experiments.Tracking.Model;

namespace Experiments.Sweeps.Summary;

/// <summary>
/// Reads each trial's child run back from the tracking store: best validation Dice
/// (<c>val.dice</c>) and best validation AUC (the first <c>val.auc.*</c> metric) over all epochs.
/// </summary>
public sealed class SweepSummaryBuilder(ITrackingStore store)
{
    public const string DiceMetric = "val.dice";
    public const string AucPrefix = "val.auc.";

    public async Task<IReadOnlyList<TrialSummary>> BuildAsync(
        IReadOnlyList<PlannedTrial> trials,
        IReadOnlyDictionary<string, TrackedRun> runs,
        CancellationToken cancellation)
    {
        var rows = new List<TrialSummary>();
        foreach (var planned in trials)
        {
            var settings = string.Join(", ", planned.Trial.CommandLineSettings);
            if (!runs.TryGetValue(planned.Hash, out var run))
            {
                rows.Add(new TrialSummary(
                    planned.Trial.Index, planned.Trial.Name, settings, "not started", null, null));
                continue;
            }

            var aucKey = run.LatestMetrics
                .Select(m => m.Key)
                .Where(k => k.StartsWith(AucPrefix, StringComparison.Ordinal))
                .Order()
                .FirstOrDefault();
            rows.Add(new TrialSummary(
                planned.Trial.Index,
                planned.Trial.Name,
                settings,
                run.Info.Status.ToString().ToLowerInvariant(),
                await BestAsync(run.Info.RunId, DiceMetric, cancellation),
                aucKey is null ? null : await BestAsync(run.Info.RunId, aucKey, cancellation)));
        }

        return rows;
    }

    private async Task<double?> BestAsync(string runId, string key, CancellationToken cancellation)
    {
        var history = await store.GetMetricHistoryAsync(runId, key, cancellation);
        var finite = history.Select(point => point.Value).Where(double.IsFinite).ToList();
        return finite.Count == 0 ? null : finite.Max();
    }
}
