using Experiments.Runner.Prediction;
using Experiments.Testing;
using Experiments.Tracking;
using Experiments.Tracking.FileStore;
using Experiments.Tracking.Model;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Runner.Tests.Prediction;

public sealed class PredictionArtifactsTests
{
    [Fact]
    public async Task Each_scans_files_land_in_its_own_folder_of_the_run()
    {
        using var folder = new TemporaryFolder();
        var store = new FileTrackingStore(folder.File("mlruns"));
        var experiment = await store.CreateExperimentAsync("prediction", CancellationToken.None);
        var run = await store.CreateRunAsync(
            new RunCreation(experiment, "trained", 0, "tester", []), CancellationToken.None);
        var outcome = new PredictionOutcome(
            [Prediction(folder, "ct-1", "segmentation.nii.gz", "prediction.json"), Prediction(folder, "ct-2", "a.png")],
            []);

        var artifacts = new PredictionArtifacts(store, NullLogger.Instance);
        await artifacts.RequireRunAsync(run.RunId, CancellationToken.None);
        var uploaded = await artifacts.LogAsync(run.RunId, outcome, CancellationToken.None);

        Assert.Equal(3, uploaded);
        var first = await store.ListArtifactsAsync(run.RunId, "scans/ct-1", CancellationToken.None);
        Assert.Equal(
            ["scans/ct-1/prediction.json", "scans/ct-1/segmentation.nii.gz"], first.Select(a => a.Path).Order());
        var second = await store.ListArtifactsAsync(run.RunId, "scans/ct-2", CancellationToken.None);
        Assert.Equal(["scans/ct-2/a.png"], second.Select(a => a.Path));
    }

    [Fact]
    public async Task A_run_the_store_does_not_have_is_refused_before_anything_is_uploaded()
    {
        using var folder = new TemporaryFolder();
        var store = new FileTrackingStore(folder.File("mlruns"));
        await store.CreateExperimentAsync("prediction", CancellationToken.None);
        var artifacts = new PredictionArtifacts(store, NullLogger.Instance);

        var refused = await Assert.ThrowsAsync<TrackingException>(
            () => artifacts.RequireRunAsync("0123456789abcdef0123456789abcdef", CancellationToken.None));
        Assert.Equal(MlflowErrorCodes.ResourceDoesNotExist, refused.ErrorCode);
    }

    private static ScanPrediction Prediction(TemporaryFolder folder, string name, params string[] files)
    {
        var scanFolder = Directory.CreateDirectory(folder.File(name)).FullName;
        var paths = files.Select(f => Path.Combine(scanFolder, f)).ToList();
        paths.ForEach(p => File.WriteAllText(p, name));
        return new ScanPrediction(new ScanInput(name, name), scanFolder, new Dictionary<string, double>(),
            new Dictionary<string, double>(), null, paths);
    }
}
