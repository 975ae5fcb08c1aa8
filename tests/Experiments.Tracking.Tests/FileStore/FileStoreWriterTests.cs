using System.Text;
using Experiments.Testing;
using Experiments.Tracking.FileStore;
using Experiments.Tracking.Model;

namespace Experiments.Tracking.Tests.FileStore;

public sealed class FileStoreWriterTests
{
    private const string RunId = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task Writing_the_handcrafted_run_reproduces_mlflows_files_byte_for_byte()
    {
        using var folder = new TemporaryFolder();
        var root = Path.Combine(folder.Path, "mlruns");
        await WriteHandcraftedRunAsync(root);

        var expectedFiles = FileStoreFixture.FilesUnder(FileStoreFixture.Root, "424242");
        Assert.Equal(expectedFiles, FileStoreFixture.FilesUnder(root, "424242"));
        var rootUri = FileStoreLayout.ToFileUri(root);
        foreach (var file in expectedFiles.Append("0/meta.yaml"))
        {
            var expected = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(FileStoreFixture.Root, file)));
            var written = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(root, file)))
                .Replace(rootUri, FileStoreFixture.RecordedRootUri, StringComparison.Ordinal);
            Assert.True(expected == written, $"{file} differs.\nexpected:\n{expected}\nwritten:\n{written}");
        }

        Assert.True(Directory.Exists(Path.Combine(root, ".trash")));
        Assert.True(Directory.Exists(Path.Combine(root, "models")));
    }

    [Fact]
    public async Task A_written_run_reads_back_with_every_value()
    {
        using var folder = new TemporaryFolder();
        var root = Path.Combine(folder.Path, "mlruns");
        await WriteHandcraftedRunAsync(root);

        var reader = new FileTrackingStore(root);
        var run = await reader.GetRunAsync(RunId, CancellationToken.None);
        var history = await reader.GetMetricHistoryAsync(RunId, "loss", CancellationToken.None);
        var artifacts = await reader.ListArtifactsAsync(RunId, null, CancellationToken.None);

        Assert.Equal(RunStatus.Finished, run.Info.Status);
        Assert.Equal(1796397203184, run.Info.EndTime);
        Assert.Equal("handcrafted-run", run.Info.RunName);
        Assert.Equal([new RunParameter("epochs", "2"), new RunParameter("learning_rate", "0.01")], run.Params);
        Assert.Equal("csharp", run.FindTag("mlflow.user"));
        Assert.Equal(
            [new MetricPoint("loss", 0.9, 1796397198184, 0), new MetricPoint("loss", 0.5, 1796397199184, 1)],
            history);
        Assert.Contains(new MetricPoint("accuracy", 0.875, 1796397199184, 1), run.LatestMetrics);
        Assert.Equal([new ArtifactEntry("model.txt", false, 23)], artifacts);
        Assert.Equal("csharp", reader.ListExperiments().Single(e => e.ExperimentId == "424242").Tags.Single().Value);
    }

    [Fact]
    public async Task Keys_with_slashes_become_folders_and_odd_values_survive_the_round_trip()
    {
        using var folder = new TemporaryFolder();
        var store = new FileTrackingStore(folder.Path);
        var experiment = await store.CreateExperimentAsync("yes", CancellationToken.None);
        var run = await store.CreateRunAsync(new RunCreation(experiment, "007", 5, "", []), CancellationToken.None);
        var points = new[]
        {
            new MetricPoint("train/loss", double.NaN, 10, 0),
            new MetricPoint("train/loss", double.PositiveInfinity, 11, 1),
            new MetricPoint("train/loss", 1e-5, 12, 2),
            new MetricPoint("train/loss", 1e16, 13, 3),
            new MetricPoint("train/loss", -2.0, 14, 4),
        };
        await store.LogBatchAsync(run.RunId, new LogBatch(points, [new RunParameter("multi_line", "a\nb")],
            [new RunTag("nested/tag", "x")]), CancellationToken.None);

        var metricFile = Path.Combine(folder.Path, experiment, run.RunId, "metrics", "train", "loss");
        Assert.Equal("10 nan 0\n11 inf 1\n12 1e-05 2\n13 1e+16 3\n14 -2.0 4\n", File.ReadAllText(metricFile));
        Assert.Equal("x", File.ReadAllText(Path.Combine(folder.Path, experiment, run.RunId, "tags", "nested", "tag")));
        var meta = File.ReadAllText(Path.Combine(folder.Path, experiment, run.RunId, "meta.yaml"));
        Assert.Contains("end_time: null\n", meta);
        Assert.Contains("run_name: '007'\n", meta);
        Assert.Contains("name: 'yes'\n", File.ReadAllText(Path.Combine(folder.Path, experiment, "meta.yaml")));
        var readBack = await store.GetMetricHistoryAsync(run.RunId, "train/loss", CancellationToken.None);
        Assert.Equal(points, readBack);
        Assert.Equal("007", (await store.GetRunAsync(run.RunId, CancellationToken.None)).Info.RunName);
        Assert.Equal("a\nb", (await store.GetRunAsync(run.RunId, CancellationToken.None)).Params.Single().Value);
    }

    [Fact]
    public async Task Changing_a_logged_param_is_refused_like_mlflow_does()
    {
        using var folder = new TemporaryFolder();
        var store = new FileTrackingStore(folder.Path);
        var experiment = await store.CreateExperimentAsync("e", CancellationToken.None);
        var run = await store.CreateRunAsync(new RunCreation(experiment, "r", 1, "", []), CancellationToken.None);
        await store.LogBatchAsync(run.RunId, LogBatch.OfParams([new RunParameter("epochs", "40")]), default);
        await store.LogBatchAsync(run.RunId, LogBatch.OfParams([new RunParameter("epochs", "40")]), default);

        var error = await Assert.ThrowsAsync<TrackingException>(() =>
            store.LogBatchAsync(run.RunId, LogBatch.OfParams([new RunParameter("epochs", "3")]), default));
        Assert.Equal(MlflowErrorCodes.InvalidParameterValue, error.ErrorCode);
    }

    [Fact]
    public async Task Replacing_meta_yaml_leaves_no_temporary_files_behind()
    {
        using var folder = new TemporaryFolder();
        var store = new FileTrackingStore(folder.Path);
        var experiment = await store.CreateExperimentAsync("e", CancellationToken.None);
        var run = await store.CreateRunAsync(new RunCreation(experiment, "r", 1, "", []), CancellationToken.None);
        await store.UpdateRunAsync(run.RunId, RunStatus.Killed, 9, CancellationToken.None);

        var runFolder = Path.Combine(folder.Path, experiment, run.RunId);
        Assert.Equal(["meta.yaml"], Directory.GetFiles(runFolder).Select(Path.GetFileName));
        Assert.Contains("status: 5\n", File.ReadAllText(Path.Combine(runFolder, "meta.yaml")));
    }

    private static async Task WriteHandcraftedRunAsync(string root)
    {
        var clock = new SteppingClock(1796397174977);
        var store = new FileTrackingStore(root, clock, () => RunId, () => "424242");
        Assert.Null(await store.FindExperimentByNameAsync("handcrafted-csharp", CancellationToken.None));
        clock.Now = 1796397198184;
        var experiment = await store.CreateExperimentAsync("handcrafted-csharp", CancellationToken.None);
        store.SetExperimentTag(experiment, "team", "csharp");
        var run = await store.CreateRunAsync(
            new RunCreation(experiment, "handcrafted-run", 1796397198184, "csharp",
                [new RunTag("mlflow.user", "csharp")]),
            CancellationToken.None);
        await store.LogBatchAsync(run.RunId, new LogBatch(
            [
                new MetricPoint("loss", 0.9, 1796397198184, 0),
                new MetricPoint("loss", 0.5, 1796397199184, 1),
                new MetricPoint("accuracy", 0.875, 1796397199184, 1),
            ],
            [new RunParameter("learning_rate", "0.01"), new RunParameter("epochs", "2")],
            []), CancellationToken.None);
        var artifact = Path.Combine(Path.GetDirectoryName(root)!, "model.txt");
        await File.WriteAllTextAsync(artifact, "hello from handcrafted\n");
        await store.UploadArtifactAsync(run.RunId, artifact, "model.txt", CancellationToken.None);
        await store.UpdateRunAsync(run.RunId, RunStatus.Finished, 1796397203184, CancellationToken.None);
    }
}
