namespace Experiments.Tracking.Rest.Wire;

// Requests and responses of the endpoints the client calls.

internal sealed record CreateExperimentRequest(string Name);

internal sealed record CreateExperimentResponse(string ExperimentId);

internal sealed record ExperimentResponse(WireExperiment Experiment);

internal sealed record CreateRunRequest(
    string ExperimentId,
    string RunName,
    long StartTime,
    string UserId,
    List<WireTag> Tags);

internal sealed record RunResponse(WireRun Run);

internal sealed record UpdateRunRequest(string RunId, string Status, long? EndTime);

internal sealed record UpdateRunResponse(WireRunInfo RunInfo);

internal sealed record SearchRunsRequest(List<string> ExperimentIds, string Filter, int MaxResults, string? PageToken);

internal sealed record SearchRunsResponse(List<WireRun>? Runs, string? NextPageToken);

internal sealed record MetricHistoryResponse(List<WireMetric>? Metrics, string? NextPageToken);

internal sealed record LogBatchRequest(
    string RunId,
    List<WireMetric>? Metrics,
    List<WireTag>? Params,
    List<WireTag>? Tags);

internal sealed record ArtifactListResponse(List<WireFile>? Files);

internal sealed record ErrorResponse(string? ErrorCode, string? Message);
