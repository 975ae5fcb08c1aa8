using Experiments.Tracking.Model;

namespace Experiments.Tracking.Keys;

/// <summary>
/// Splits a batch to the server's limits. Metrics travel apart from params and tags, so a refused
/// param (a changed value) never takes metrics down with it.
/// </summary>
public static class BatchSplitter
{
    public static IEnumerable<LogBatch> Split(LogBatch batch)
    {
        foreach (var metrics in batch.Metrics.Chunk(TrackingLimits.MaxMetricsPerBatch))
        {
            yield return LogBatch.OfMetrics(metrics);
        }

        var paramChunks = batch.Params.Chunk(TrackingLimits.MaxParamsPerBatch).ToList();
        var tagChunks = batch.Tags.Chunk(TrackingLimits.MaxTagsPerBatch).ToList();
        for (var index = 0; index < Math.Max(paramChunks.Count, tagChunks.Count); index++)
        {
            yield return new LogBatch(
                [],
                index < paramChunks.Count ? paramChunks[index] : [],
                index < tagChunks.Count ? tagChunks[index] : []);
        }
    }
}
