namespace Experiments.Tracking.Rest.Wire;

// The JSON shapes of MLflow's REST API (snake_case on the wire), as recorded from a 2.12 server.

internal sealed record WireTag(string Key, string Value);

internal sealed record WireMetric(string Key, double Value, long Timestamp, long Step);

internal sealed record WireExperiment(
    string ExperimentId,
    string Name,
    string? ArtifactLocation,
    string? LifecycleStage,
    List<WireTag>? Tags);

internal sealed record WireRunInfo(
    string RunId,
    string ExperimentId,
    string? RunName,
    string? UserId,
    string Status,
    long StartTime,
    long? EndTime,
    string? ArtifactUri,
    string? LifecycleStage);

internal sealed record WireRunData(List<WireMetric>? Metrics, List<WireTag>? Params, List<WireTag>? Tags);

internal sealed record WireRun(WireRunInfo Info, WireRunData? Data);

internal sealed record WireFile(string Path, bool IsDir, long? FileSize);
