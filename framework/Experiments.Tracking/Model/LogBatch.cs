namespace Experiments.Tracking.Model;

/// <summary>Metrics, parameters and tags sent together (MLflow's <c>runs/log-batch</c>).</summary>
public sealed record LogBatch(
    IReadOnlyList<MetricPoint> Metrics,
    IReadOnlyList<RunParameter> Params,
    IReadOnlyList<RunTag> Tags)
{
    public static LogBatch Empty { get; } = new([], [], []);

    public int Count => Metrics.Count + Params.Count + Tags.Count;

    public static LogBatch OfMetrics(IReadOnlyList<MetricPoint> metrics) => new(metrics, [], []);

    public static LogBatch OfParams(IReadOnlyList<RunParameter> parameters) => new([], parameters, []);

    public static LogBatch OfTags(IReadOnlyList<RunTag> tags) => new([], [], tags);
}
