using Experiments.Tracking.Model;

namespace Experiments.Tracking;

/// <summary>
/// Where runs are recorded: an MLflow server over REST or a classic <c>./mlruns</c> file store.
/// Failures a server reports throw <see cref="TrackingException"/> with MLflow's error code; a server
/// that cannot be reached throws <see cref="TrackingUnavailableException"/>.
/// </summary>
public interface ITrackingStore
{
    /// <summary>A readable description of the destination, never containing credentials.</summary>
    string Description { get; }

    Task<ExperimentInfo?> FindExperimentByNameAsync(string name, CancellationToken cancellation);

    /// <summary>
    /// Creates an experiment; a taken name throws with <see cref="MlflowErrorCodes.ResourceAlreadyExists"/>.
    /// </summary>
    Task<string> CreateExperimentAsync(string name, CancellationToken cancellation);

    Task<RunInfo> CreateRunAsync(RunCreation creation, CancellationToken cancellation);

    Task UpdateRunAsync(string runId, RunStatus status, long? endTime, CancellationToken cancellation);

    Task<TrackedRun> GetRunAsync(string runId, CancellationToken cancellation);

    /// <summary>Active runs of an experiment matching an MLflow filter such as <c>tags.`a.b` = 'x'</c>.</summary>
    Task<IReadOnlyList<TrackedRun>> SearchRunsAsync(string experimentId, string filter, CancellationToken cancellation);

    Task<IReadOnlyList<MetricPoint>> GetMetricHistoryAsync(string runId, string key, CancellationToken cancellation);

    /// <summary>Logs a batch of any size; the store splits it to its own limits.</summary>
    Task LogBatchAsync(string runId, LogBatch batch, CancellationToken cancellation);

    Task UploadArtifactAsync(string runId, string localFile, string artifactPath, CancellationToken cancellation);

    /// <summary>The direct children of a run's artifact folder (<paramref name="folder"/> null for the root).</summary>
    Task<IReadOnlyList<ArtifactEntry>> ListArtifactsAsync(string runId, string? folder, CancellationToken cancellation);
}
