using Experiments.Testing;
using Experiments.Tracking.FakeServer;
using Experiments.Tracking.FileStore;
using Experiments.Tracking.Model;
using Experiments.Tracking.Sync;
using Experiments.Tracking.Tests.FileStore;
using Experiments.Tracking.Tests.Rest;

namespace Experiments.Tracking.Tests.Sync;

public sealed class RunSynchronizerTests : IAsyncLifetime
{
    private FakeMlflowServer _server = null!;
    private RunSynchronizer _sync = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeMlflowServer.StartAsync();
        _sync = new RunSynchronizer(FakeServerClients.StoreFor(_server), new RecordingLogger<RunSynchronizer>());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Syncing_the_recorded_store_twice_duplicates_nothing()
    {
        var source = new FileTrackingStore(FileStoreFixture.Root);

        var first = await _sync.SyncFileStoreAsync(source, default);
        var callsAfterFirst = _server.State.LogBatchCalls;
        var second = await _sync.SyncFileStoreAsync(source, default);

        Assert.Equal((3, 0, 0), (first.RunsCreated, first.RunsCompleted, first.RunsUnchanged));
        Assert.Equal(9, first.MetricPointsSent);
        Assert.Equal(2, first.ArtifactsUploaded);
        Assert.Equal((0, 0, 3, 0, 0), (second.RunsCreated, second.RunsCompleted, second.RunsUnchanged,
            second.MetricPointsSent, second.ArtifactsUploaded));
        Assert.Equal(callsAfterFirst, _server.State.LogBatchCalls);
        Assert.Equal(3, _server.State.Runs.Count);
        var handcrafted = _server.State.Runs.Values.Single(run => run.RunName == "handcrafted-run");
        Assert.Equal(3, handcrafted.Metrics.Count);
        Assert.Equal(("FINISHED", 1796397203184L), (handcrafted.Status, handcrafted.EndTime!.Value));
        Assert.Equal("0123456789abcdef0123456789abcdef", handcrafted.Tags[MlflowTags.SyncSourceRunId]);
        Assert.Equal(["filestore-demo", "handcrafted-csharp"],
            _server.State.Experiments.Values.Select(e => e.Name).Where(name => name != "Default").Order());
    }

    [Fact]
    public async Task A_sync_after_the_local_run_grew_sends_only_the_new_points()
    {
        using var folder = new TemporaryFolder();
        var source = new FileTrackingStore(folder.Path);
        var experiment = await source.CreateExperimentAsync("grow", default);
        var run = await source.CreateRunAsync(new RunCreation(experiment, "r", 1, "u", []), default);
        await source.LogBatchAsync(run.RunId, LogBatch.OfMetrics([new MetricPoint("loss", 1, 10, 0)]), default);
        await _sync.SyncFileStoreAsync(source, default);

        await source.LogBatchAsync(run.RunId, LogBatch.OfMetrics([new MetricPoint("loss", 0.5, 11, 1)]), default);
        await source.UpdateRunAsync(run.RunId, RunStatus.Finished, 20, default);
        var second = await _sync.SyncFileStoreAsync(source, default);

        var remote = _server.State.Runs.Values.Single();
        Assert.Equal((0, 1, 1), (second.RunsCreated, second.RunsCompleted, second.MetricPointsSent));
        Assert.Equal([0L, 1L], remote.Metrics.Select(point => point.Step));
        Assert.Equal("FINISHED", remote.Status);
    }
}
