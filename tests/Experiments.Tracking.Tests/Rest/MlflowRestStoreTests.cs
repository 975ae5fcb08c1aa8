using Experiments.Testing;
using Experiments.Tracking.FakeServer;
using Experiments.Tracking.Keys;
using Experiments.Tracking.Model;
using Experiments.Tracking.Rest;
using Microsoft.Extensions.Logging;

namespace Experiments.Tracking.Tests.Rest;

public sealed class MlflowRestStoreTests : IAsyncLifetime
{
    private FakeMlflowServer _server = null!;
    private readonly RecordingLogger<MlflowRestStore> _logger = new();
    private MlflowRestStore _store = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeMlflowServer.StartAsync();
        _store = FakeServerClients.StoreFor(_server, _logger);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Creates_an_experiment_and_finds_it_by_name()
    {
        Assert.Null(await _store.FindExperimentByNameAsync("exp a", default));

        var id = await _store.CreateExperimentAsync("exp a", default);
        var found = await _store.FindExperimentByNameAsync("exp a", default);

        Assert.Equal(id, found!.ExperimentId);
        Assert.Equal($"mlflow-artifacts:/{id}", found.ArtifactLocation);
    }

    [Fact]
    public async Task A_create_race_is_settled_by_the_error_code()
    {
        var first = await _store.CreateExperimentAsync("raced", default);

        var error = await Assert.ThrowsAsync<TrackingException>(() => _store.CreateExperimentAsync("raced", default));
        var settled = await ExperimentResolver.GetOrCreateAsync(_store, "raced", default);

        Assert.Equal(MlflowErrorCodes.ResourceAlreadyExists, error.ErrorCode);
        Assert.Equal(first, settled);
    }

    [Fact]
    public async Task A_run_is_created_updated_read_and_found_by_tag()
    {
        var experiment = await _store.CreateExperimentAsync("runs", default);
        var run = await _store.CreateRunAsync(new RunCreation(experiment, "r1", 1796397150459, "me",
            [new RunTag("experiments.sync.source_run_id", "abc")]), default);

        await _store.UpdateRunAsync(run.RunId, RunStatus.Finished, 1796397155459, default);
        var read = await _store.GetRunAsync(run.RunId, default);
        var found = await _store.SearchRunsAsync(experiment, "tags.`experiments.sync.source_run_id` = 'abc'", default);
        var notFound = await _store.SearchRunsAsync(experiment, "tags.`experiments.sync.source_run_id` = 'x'", default);

        Assert.Equal((RunStatus.Running, "r1"), (run.Status, run.RunName));
        Assert.Equal((RunStatus.Finished, 1796397155459L), (read.Info.Status, read.Info.EndTime!.Value));
        Assert.Equal("r1", read.FindTag("mlflow.runName"));
        Assert.Equal(run.RunId, found.Single().Info.RunId);
        Assert.Empty(notFound);
    }

    [Fact]
    public async Task Large_batches_are_split_to_the_server_limits_and_every_point_arrives()
    {
        var run = await NewRunAsync();
        var metrics = Enumerable.Range(0, 2500).Select(i => new MetricPoint("loss", i, 1000 + i, i)).ToList();
        var parameters = Enumerable.Range(0, 250).Select(i => new RunParameter($"p{i}", "v")).ToList();
        var tags = Enumerable.Range(0, 120).Select(i => new RunTag($"t{i}", "v")).ToList();

        await _store.LogBatchAsync(run, new LogBatch(metrics, parameters, tags), default);
        var history = await _store.GetMetricHistoryAsync(run, "loss", default);
        var read = await _store.GetRunAsync(run, default);

        // 3 metric requests (1000, 1000, 500) and 3 param/tag requests (100+100, 100+20, 50).
        Assert.Equal(6, _server.State.LogBatchCalls);
        Assert.Equal(metrics, history);
        Assert.Equal(250, read.Params.Count);
        Assert.Equal(121, read.Tags.Count);
    }

    [Fact]
    public async Task Nan_and_infinity_travel_as_json_strings()
    {
        var run = await NewRunAsync();

        await _store.LogBatchAsync(run, LogBatch.OfMetrics(
            [
                new MetricPoint("nan_metric", double.NaN, 1, 0),
                new MetricPoint("inf_metric", double.PositiveInfinity, 1, 0),
            ]),
            default);
        var read = await _store.GetRunAsync(run, default);

        Assert.True(double.IsNaN(read.LatestMetrics.Single(m => m.Key == "nan_metric").Value));
        Assert.Equal(double.MaxValue, read.LatestMetrics.Single(m => m.Key == "inf_metric").Value);
    }

    [Fact]
    public async Task Bad_keys_are_refused_before_anything_is_sent()
    {
        var run = await NewRunAsync();
        var before = _server.State.LogBatchCalls;

        var error = await Assert.ThrowsAsync<TrackingValidationException>(() => _store.LogBatchAsync(run,
            LogBatch.OfMetrics([new MetricPoint("bad key!", 1, 1, 0), new MetricPoint("../x", 1, 1, 0),
                new MetricPoint(new string('k', 251), 1, 1, 0)]), default));

        Assert.Equal(before, _server.State.LogBatchCalls);
        Assert.Equal(3, error.Refusals.Count);
        Assert.Contains("'bad key!'", error.Refusals[0]);
        Assert.Contains("251 characters", error.Refusals[2]);
    }

    [Fact]
    public async Task Over_long_values_are_shortened_with_a_warning_instead_of_silently()
    {
        var run = await NewRunAsync();

        await _store.LogBatchAsync(run, new LogBatch([], [new RunParameter("long", new string('a', 6001))],
            [new RunTag("longtag", new string('b', 5001))]), default);
        var read = await _store.GetRunAsync(run, default);

        Assert.Equal(6000, read.Params.Single(p => p.Key == "long").Value.Length);
        Assert.Equal(5000, read.FindTag("longtag")!.Length);
        Assert.Equal(2, _logger.At(LogLevel.Warning).Count(message => message.Contains("shortened")));
    }

    [Fact]
    public async Task Secrets_are_redacted_and_never_logged()
    {
        var run = await NewRunAsync();

        await _store.LogBatchAsync(run, new LogBatch([],
            [new RunParameter("db.password", "hunter2"), new RunParameter("note", "uses s3cr3t-token")],
            [new RunTag("api_key", "k-123")]), default);
        var read = await _store.GetRunAsync(run, default);

        Assert.Equal(SecretGuard.RedactedValue, read.Params.Single(p => p.Key == "db.password").Value);
        Assert.Equal(SecretGuard.RedactedValue, read.Params.Single(p => p.Key == "note").Value);
        Assert.Equal(SecretGuard.RedactedValue, read.FindTag("api_key"));
        Assert.DoesNotContain(_logger.Entries, entry =>
            entry.Message.Contains("hunter2") || entry.Message.Contains("s3cr3t") || entry.Message.Contains("k-123"));
    }

    [Fact]
    public async Task Changing_a_param_is_refused_with_the_servers_error_code()
    {
        var run = await NewRunAsync();
        await _store.LogBatchAsync(run, LogBatch.OfParams([new RunParameter("epochs", "40")]), default);
        await _store.LogBatchAsync(run, LogBatch.OfParams([new RunParameter("epochs", "40")]), default);

        var error = await Assert.ThrowsAsync<TrackingException>(() =>
            _store.LogBatchAsync(run, LogBatch.OfParams([new RunParameter("epochs", "3")]), default));

        Assert.Equal((MlflowErrorCodes.InvalidParameterValue, 400), (error.ErrorCode, error.HttpStatus!.Value));
    }

    [Fact]
    public async Task Logging_to_a_deleted_run_is_refused()
    {
        var run = await NewRunAsync();
        lock (_server.State)
        {
            _server.State.Runs[run].LifecycleStage = "deleted";
        }

        var error = await Assert.ThrowsAsync<TrackingException>(() =>
            _store.LogBatchAsync(run, LogBatch.OfTags([new RunTag("after", "delete")]), default));

        Assert.Equal(MlflowErrorCodes.InvalidParameterValue, error.ErrorCode);
        Assert.Contains("deleted", error.Message);
    }

    [Fact]
    public async Task An_unknown_run_gives_resource_does_not_exist()
    {
        var error = await Assert.ThrowsAsync<TrackingException>(() =>
            _store.GetRunAsync("0123456789abcdef0123456789abcdef", default));

        Assert.Equal((MlflowErrorCodes.ResourceDoesNotExist, 404), (error.ErrorCode, error.HttpStatus!.Value));
    }

    [Fact]
    public async Task The_double_enforces_content_type_and_method_like_the_real_server()
    {
        using var http = new HttpClient { BaseAddress = _server.Uri };

        var noContentType =
            await http.PostAsync("api/2.0/mlflow/runs/log-batch", new ByteArrayContent("{}"u8.ToArray()));
        var wrongMethod = await http.GetAsync("api/2.0/mlflow/runs/log-batch");

        Assert.Equal(400, (int)noContentType.StatusCode);
        Assert.Contains("Content-Type must be one of", await noContentType.Content.ReadAsStringAsync());
        Assert.Equal(405, (int)wrongMethod.StatusCode);
    }

    [Fact]
    public async Task Retries_through_503s_and_gives_up_with_unavailable_when_they_persist()
    {
        var run = await NewRunAsync();
        _server.Outage = ServerOutage.Unavailable;

        var error = await Assert.ThrowsAsync<TrackingUnavailableException>(() =>
            _store.LogBatchAsync(run, LogBatch.OfMetrics([new MetricPoint("m", 1, 1, 0)]), default));
        var attempts = _server.Requests.Count(request => request.EndsWith("log-batch"));
        _server.Outage = ServerOutage.None;

        Assert.False(error.MayHaveBeenApplied);
        Assert.Equal(3, attempts);
        Assert.Equal(3, _logger.At(LogLevel.Warning).Count(message => message.Contains("retry")) + 1);
    }

    [Fact]
    public async Task A_metric_batch_whose_answer_was_lost_is_reported_as_maybe_applied_and_not_resent()
    {
        var run = await NewRunAsync();
        _server.Outage = ServerOutage.DropAfterHandling;

        var error = await Assert.ThrowsAsync<TrackingUnavailableException>(() =>
            _store.LogBatchAsync(run, LogBatch.OfMetrics([new MetricPoint("m", 1, 1, 0)]), default));
        _server.Outage = ServerOutage.None;

        Assert.True(error.MayHaveBeenApplied);
        Assert.Single(_server.State.MetricsOf(run));
    }

    [Fact]
    public async Task Artifacts_are_uploaded_through_the_proxy_and_listed_back()
    {
        var run = await NewRunAsync();
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "hello from csharp\n");

        await _store.UploadArtifactAsync(run, file, "outputs/model.txt", default);
        var top = await _store.ListArtifactsAsync(run, null, default);
        var inside = await _store.ListArtifactsAsync(run, "outputs", default);
        File.Delete(file);

        Assert.Equal([new ArtifactEntry("outputs", true, null)], top);
        Assert.Equal([new ArtifactEntry("outputs/model.txt", false, 18)], inside);
        Assert.Contains(_server.Requests, request =>
            request == $"PUT /api/2.0/mlflow-artifacts/artifacts/1/{run}/artifacts/outputs/model.txt");
    }

    private async Task<string> NewRunAsync()
    {
        var experiment = await ExperimentResolver.GetOrCreateAsync(_store, "tests", default);
        return (await _store.CreateRunAsync(new RunCreation(experiment, "r", 1, "", []), default)).RunId;
    }
}
