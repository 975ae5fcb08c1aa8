using Experiments.Tracking.FileStore;
using Experiments.Tracking.Model;

namespace Experiments.Tracking.Tests.FileStore;

/// <summary>Reads the runs MLflow's own Python API wrote, as recorded in filestore-example.md.</summary>
public sealed class FileStoreReaderTests
{
    private readonly FileTrackingStore _store = new(FileStoreFixture.Root);

    [Fact]
    public void Lists_the_recorded_experiments_with_their_names()
    {
        var experiments = _store.ListExperiments();

        Assert.Equal(["0", "163409705051994713", "424242"], experiments.Select(e => e.ExperimentId));
        Assert.Equal(["Default", "filestore-demo", "handcrafted-csharp"], experiments.Select(e => e.Name));
        Assert.Equal("file:///srv/mlflow/mlruns/163409705051994713", experiments[1].ArtifactLocation);
    }

    [Fact]
    public async Task Reads_a_python_written_run_with_nan_inf_nested_keys_and_a_multi_line_param()
    {
        const string runId = "a4fe9a2e6fdc4cfd895c69268abdfcb3";

        var run = await _store.GetRunAsync(runId, CancellationToken.None);

        Assert.Equal(("py-run-2-edge", "root", RunStatus.Finished),
            (run.Info.RunName, run.Info.UserId, run.Info.Status));
        Assert.Equal((1796397188942L, 1796397188952L), (run.Info.StartTime, run.Info.EndTime!.Value));
        Assert.Equal("163409705051994713", run.Info.ExperimentId);
        Assert.Equal("a\nb", run.Params.Single(p => p.Key == "multi_line").Value);
        Assert.Equal("x", run.FindTag("nested/tag"));
        Assert.True(double.IsNaN(run.LatestMetrics.Single(m => m.Key == "nan_metric").Value));
        Assert.Equal(double.PositiveInfinity, run.LatestMetrics.Single(m => m.Key == "inf_metric").Value);
        Assert.Equal(new MetricPoint("train/loss", 1.25, 1796397188950, 7),
            run.LatestMetrics.Single(m => m.Key == "train/loss"));
    }

    [Fact]
    public async Task Reads_the_full_metric_history_in_order()
    {
        var history = await _store.GetMetricHistoryAsync("041c26d1834249a1bd6ea81757e046ce", "loss", default);

        Assert.Equal(
            [new MetricPoint("loss", 0.9, 1796397175052, 0), new MetricPoint("loss", 0.5, 1796397175053, 1)],
            history);
    }

    [Fact]
    public async Task Lists_nested_artifacts_folder_by_folder()
    {
        const string runId = "041c26d1834249a1bd6ea81757e046ce";

        var top = await _store.ListArtifactsAsync(runId, null, default);
        var inside = await _store.ListArtifactsAsync(runId, "outputs", default);

        Assert.Equal([new ArtifactEntry("outputs", true, null)], top);
        Assert.Equal([new ArtifactEntry("outputs/model.txt", false, 18)], inside);
    }
}
