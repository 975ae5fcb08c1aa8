namespace Experiments.Tracking.Model;

/// <summary>One value of a metric: <paramref name="Timestamp"/> in Unix milliseconds.</summary>
public sealed record MetricPoint(string Key, double Value, long Timestamp, long Step);
