using Experiments.Tracking.Model;

namespace Experiments.Tracking.Spool;

/// <summary>Performs one journaled call against a store; the same code serves live sending and replay.</summary>
public static class EntryExecutor
{
    /// <summary>Runs the call; returns the new run's id for <see cref="SpoolEntryKind.CreateRun"/>.</summary>
    public static async Task<string?> ExecuteAsync(
        ITrackingStore store, SpoolEntry entry, string runId, CancellationToken cancellation)
    {
        switch (entry.Kind)
        {
            case SpoolEntryKind.CreateRun:
                var experimentId =
                    await ExperimentResolver.GetOrCreateAsync(store, entry.ExperimentName!, cancellation);
                var existing = await store.SearchRunsAsync(experimentId,
                    new TagEqualityFilter(MlflowTags.ClientRunKey, entry.RunRef).ToString(), cancellation);
                if (existing.Count > 0)
                {
                    return existing[0].Info.RunId;
                }

                var creation = entry.Creation! with
                {
                    ExperimentId = experimentId,
                    Tags = [.. entry.Creation.Tags, new RunTag(MlflowTags.ClientRunKey, entry.RunRef)],
                };
                return (await store.CreateRunAsync(creation, cancellation)).RunId;
            case SpoolEntryKind.LogBatch:
                var batch = entry.Uncertain
                    ? await WithoutStoredPointsAsync(store, runId, entry.Batch!, cancellation)
                    : entry.Batch!;
                await store.LogBatchAsync(runId, batch, cancellation);
                return null;
            case SpoolEntryKind.UpdateRun:
                await store.UpdateRunAsync(runId, entry.Status!.Value, entry.EndTime, cancellation);
                return null;
            case SpoolEntryKind.UploadArtifact:
                await store.UploadArtifactAsync(runId, entry.LocalFile!, entry.ArtifactPath!, cancellation);
                return null;
            default:
                throw new NotSupportedException($"Journal entry kind {entry.Kind} is not known to this version.");
        }
    }

    /// <summary>Drops the metric points the server already holds, one stored point per sent point.</summary>
    public static async Task<LogBatch> WithoutStoredPointsAsync(
        ITrackingStore store, string runId, LogBatch batch, CancellationToken cancellation)
    {
        var remaining = new List<MetricPoint>();
        foreach (var series in batch.Metrics.GroupBy(point => point.Key))
        {
            var stored = (await store.GetMetricHistoryAsync(runId, series.Key, cancellation))
                .GroupBy(PointIdentity)
                .ToDictionary(group => group.Key, group => group.Count());
            foreach (var point in series)
            {
                var identity = PointIdentity(point);
                if (stored.TryGetValue(identity, out var count) && count > 0)
                {
                    stored[identity] = count - 1;
                    continue;
                }

                remaining.Add(point);
            }
        }

        return batch with { Metrics = remaining };
    }

    /// <summary>
    /// NaN equals NaN here, and an infinity equals the largest double a SQLite-backed server stores for it.
    /// </summary>
    private static (long, long, long) PointIdentity(MetricPoint point)
    {
        var value = point.Value switch
        {
            double.NaN => double.NaN,
            double.PositiveInfinity => double.MaxValue,
            double.NegativeInfinity => double.MinValue,
            _ => point.Value,
        };
        return (point.Step, point.Timestamp, BitConverter.DoubleToInt64Bits(value));
    }
}
