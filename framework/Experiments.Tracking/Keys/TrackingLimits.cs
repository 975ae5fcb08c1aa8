namespace Experiments.Tracking.Keys;

/// <summary>The limits an MLflow 2.x server enforces (or silently applies) on keys, values and batches.</summary>
public static class TrackingLimits
{
    public const int MaxKeyLength = 250;
    public const int MaxParamValueLength = 6000;
    public const int MaxTagValueLength = 5000;
    public const int MaxMetricsPerBatch = 1000;
    public const int MaxParamsPerBatch = 100;
    public const int MaxTagsPerBatch = 100;
    public const int MaxEntitiesPerBatch = 1000;
}
