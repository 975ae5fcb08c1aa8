namespace Experiments.Tracking.Model;

/// <summary>
/// A run with its data. <see cref="LatestMetrics"/> holds one point per key, as MLflow's
/// <c>runs/get</c> does; the full series comes from <see cref="ITrackingStore.GetMetricHistoryAsync"/>.
/// </summary>
public sealed record TrackedRun(
    RunInfo Info,
    IReadOnlyList<MetricPoint> LatestMetrics,
    IReadOnlyList<RunParameter> Params,
    IReadOnlyList<RunTag> Tags)
{
    public string? FindTag(string key) => Tags.FirstOrDefault(tag => tag.Key == key)?.Value;
}
