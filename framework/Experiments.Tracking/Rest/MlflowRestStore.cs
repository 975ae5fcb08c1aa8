using System.Collections.Concurrent;
using Experiments.Tracking.Keys;
using Experiments.Tracking.Model;
using Experiments.Tracking.Rest.Wire;
using Microsoft.Extensions.Logging;

namespace Experiments.Tracking.Rest;

/// <summary>
/// An MLflow tracking server reached over its REST API (<c>/api/2.0/mlflow/...</c>), artifacts through
/// the <c>mlflow-artifacts</c> proxy. Batches are checked and split to the server's limits before sending.
/// </summary>
public sealed class MlflowRestStore : ITrackingStore
{
    private const string Api = "api/2.0/mlflow/";
    private const string ArtifactsApi = "api/2.0/mlflow-artifacts/artifacts";
    private const int PageSize = 1000;

    private readonly RestTransport _transport;
    private readonly BatchValidator _validator;
    private readonly ConcurrentDictionary<string, string> _artifactRoots = new();

    public MlflowRestStore(HttpClient http, RetryPolicy retry, TimeSpan timeout, SecretGuard secrets, ILogger logger)
    {
        _transport = new RestTransport(http, retry, timeout, logger);
        _validator = new BatchValidator(secrets, logger);
        Description = $"MLflow server {http.BaseAddress}";
    }

    public string Description { get; }

    public async Task<ExperimentInfo?> FindExperimentByNameAsync(string name, CancellationToken cancellation)
    {
        try
        {
            var response = await _transport.SendJsonAsync<ExperimentResponse>(HttpMethod.Get,
                $"{Api}experiments/get-by-name?experiment_name={Uri.EscapeDataString(name)}", null, true, cancellation);
            return WireMapping.ToModel(response.Experiment);
        }
        catch (TrackingException error) when (error.ErrorCode == MlflowErrorCodes.ResourceDoesNotExist)
        {
            return null;
        }
    }

    public async Task<string> CreateExperimentAsync(string name, CancellationToken cancellation)
    {
        // A repeat after a lost answer meets RESOURCE_ALREADY_EXISTS, which callers settle by looking the name up.
        var response = await _transport.SendJsonAsync<CreateExperimentResponse>(HttpMethod.Post,
            $"{Api}experiments/create", new CreateExperimentRequest(name), true, cancellation);
        return response.ExperimentId;
    }

    public async Task<RunInfo> CreateRunAsync(RunCreation creation, CancellationToken cancellation)
    {
        var tags = _validator.Validate(LogBatch.OfTags(creation.Tags));
        ThrowIfRefused(tags);
        var request = new CreateRunRequest(creation.ExperimentId, creation.RunName, creation.StartTime,
            creation.UserId, tags.Accepted.Tags.Select(tag => new WireTag(tag.Key, tag.Value)).ToList());
        var response = await _transport.SendJsonAsync<RunResponse>(HttpMethod.Post, $"{Api}runs/create", request,
            false, cancellation);
        var run = WireMapping.ToModel(response.Run.Info);
        _artifactRoots[run.RunId] = run.ArtifactUri;
        return run;
    }

    public Task UpdateRunAsync(string runId, RunStatus status, long? endTime, CancellationToken cancellation) =>
        _transport.SendJsonAsync<UpdateRunResponse>(HttpMethod.Post, $"{Api}runs/update",
            new UpdateRunRequest(runId, WireMapping.ToWire(status), endTime), true, cancellation);

    public async Task<TrackedRun> GetRunAsync(string runId, CancellationToken cancellation)
    {
        var response = await _transport.SendJsonAsync<RunResponse>(HttpMethod.Get,
            $"{Api}runs/get?run_id={Uri.EscapeDataString(runId)}", null, true, cancellation);
        var run = WireMapping.ToModel(response.Run);
        _artifactRoots[runId] = run.Info.ArtifactUri;
        return run;
    }

    public async Task<IReadOnlyList<TrackedRun>> SearchRunsAsync(
        string experimentId, string filter, CancellationToken cancellation)
    {
        var runs = new List<TrackedRun>();
        string? pageToken = null;
        do
        {
            var response = await _transport.SendJsonAsync<SearchRunsResponse>(HttpMethod.Post, $"{Api}runs/search",
                new SearchRunsRequest([experimentId], filter, PageSize, pageToken), true, cancellation);
            runs.AddRange(response.Runs?.Select(WireMapping.ToModel) ?? []);
            pageToken = string.IsNullOrEmpty(response.NextPageToken) ? null : response.NextPageToken;
        }
        while (pageToken is not null);

        return runs;
    }

    public async Task<IReadOnlyList<MetricPoint>> GetMetricHistoryAsync(
        string runId, string key, CancellationToken cancellation)
    {
        var points = new List<MetricPoint>();
        string? pageToken = null;
        do
        {
            var query = $"{Api}metrics/get-history?run_id={Uri.EscapeDataString(runId)}" +
                        $"&metric_key={Uri.EscapeDataString(key)}" +
                        (pageToken is null ? "" : $"&page_token={Uri.EscapeDataString(pageToken)}");
            var response = await _transport.SendJsonAsync<MetricHistoryResponse>(HttpMethod.Get, query, null, true,
                cancellation);
            points.AddRange(response.Metrics?.Select(WireMapping.ToModel) ?? []);
            pageToken = string.IsNullOrEmpty(response.NextPageToken) ? null : response.NextPageToken;
        }
        while (pageToken is not null);

        return points;
    }

    public async Task LogBatchAsync(string runId, LogBatch batch, CancellationToken cancellation)
    {
        var validated = _validator.Validate(batch);
        ThrowIfRefused(validated);
        foreach (var part in BatchSplitter.Split(validated.Accepted))
        {
            var request = new LogBatchRequest(runId,
                part.Metrics.Count > 0 ? part.Metrics.Select(WireMapping.ToWire).ToList() : null,
                part.Params.Count > 0 ? part.Params.Select(p => new WireTag(p.Key, p.Value)).ToList() : null,
                part.Tags.Count > 0 ? part.Tags.Select(tag => new WireTag(tag.Key, tag.Value)).ToList() : null);

            // Params and tags may be sent twice safely; metric points would be stored twice.
            await _transport.SendJsonAsync<object>(HttpMethod.Post, $"{Api}runs/log-batch", request,
                part.Metrics.Count == 0, cancellation);
        }
    }

    public async Task UploadArtifactAsync(
        string runId, string localFile, string artifactPath, CancellationToken cancellation)
    {
        var root = await ArtifactRootAsync(runId, cancellation);
        var target = $"{ArtifactsApi}/{EscapePath(root)}/{EscapePath(artifactPath)}";
        await _transport.SendAsync(() => new HttpRequestMessage(HttpMethod.Put, target)
        {
            Content = new StreamContent(File.OpenRead(localFile)),
        }, true, cancellation);
    }

    public async Task<IReadOnlyList<ArtifactEntry>> ListArtifactsAsync(
        string runId, string? folder, CancellationToken cancellation)
    {
        var root = await ArtifactRootAsync(runId, cancellation);
        var path = folder is null ? root : $"{root}/{folder.Trim('/')}";
        var response = await _transport.SendJsonAsync<ArtifactListResponse>(HttpMethod.Get,
            $"{ArtifactsApi}?path={Uri.EscapeDataString(path)}", null, true, cancellation);
        var prefix = folder is null ? "" : folder.Trim('/') + "/";
        return response.Files?.Select(file => new ArtifactEntry(prefix + file.Path, file.IsDir, file.FileSize)).ToList()
               ?? [];
    }

    /// <summary>
    /// The run's artifact folder as a proxy path: <c>mlflow-artifacts:/1/RUN/artifacts</c> gives
    /// <c>1/RUN/artifacts</c>.
    /// </summary>
    private async Task<string> ArtifactRootAsync(string runId, CancellationToken cancellation)
    {
        if (!_artifactRoots.TryGetValue(runId, out var uri))
        {
            uri = (await GetRunAsync(runId, cancellation)).Info.ArtifactUri;
        }

        const string scheme = "mlflow-artifacts:";
        if (!uri.StartsWith(scheme, StringComparison.Ordinal))
        {
            throw new NotSupportedException(
                $"Run {runId} keeps artifacts at '{uri}', which this client cannot write; start the server with " +
                "--serve-artifacts (the default since MLflow 2.0) so artifacts go through the mlflow-artifacts proxy.");
        }

        var rest = uri[scheme.Length..];
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var slash = rest.IndexOf('/', 2);
            rest = slash < 0 ? "" : rest[slash..];
        }

        return rest.Trim('/');
    }

    private static string EscapePath(string path) =>
        string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));

    private static void ThrowIfRefused(ValidatedBatch validated)
    {
        if (validated.Refusals.Count > 0)
        {
            throw new TrackingValidationException(validated.Refusals);
        }
    }
}
