using Experiments.Testing;
using Experiments.Tracking;

namespace Experiments.EndToEnd.Tests;

public class PredictTests
{
    private const string ScanName = "dcm_qa_ct_GE_tilt";

    [Fact]
    public async Task A_trained_run_predicts_on_a_real_ct_and_predict_logs_more_scans_to_it_but_not_to_unknown_runs()
    {
        // Given a tiny run that also predicts on the real gantry-tilted head CT after training
        using var tiny = new TinyExperiment(epochs: 2);
        var realCt = Path.Combine(RepositoryPaths.SharedData, "ct", ScanName);
        var withScans = Path.Combine(tiny.Folder, "tiny-predict.yaml");
        await File.WriteAllTextAsync(withScans, $"""
            extends: {tiny.File}
            evaluation:
              predict_scans: [{realCt}]
            """);

        // When it runs
        var (runExit, runOutput) = await ExperimentsApp.RunAsync(tiny.Folder, "run", withScans);

        // Then the run holds the scan's mask, brain mask, overlays and summary beside its evaluation
        Assert.True(runExit == 0, runOutput);
        var runs = new TrackedRuns(tiny.Store);
        var run = Assert.Single(await runs.WithTagAsync(MlflowTags.RunName, "tiny"));
        var scan = await runs.ArtifactsAsync(run.Info.RunId, $"scans/{ScanName}");
        Assert.Contains($"scans/{ScanName}/segmentation.nii.gz", scan);
        Assert.Contains($"scans/{ScanName}/brain-mask.nii.gz", scan);
        Assert.Contains($"scans/{ScanName}/prediction.json", scan);
        Assert.Equal(3, scan.Count(path => path.EndsWith(".png", StringComparison.Ordinal)));
        Assert.Contains(await runs.ArtifactsAsync(run.Info.RunId, "evaluation"), path => path.EndsWith(".png"));

        // When predict is given the run's best checkpoint, a NIfTI of the scan and a missing file
        var nifti = Path.Combine(tiny.Folder, "ge-tilt.nii.gz");
        var (convertExit, convertOutput) = await ExperimentsApp.RunAsync(tiny.Folder,
            "convert", realCt, nifti, "--gantry-tilt", "resample", "--uneven-spacing", "resample");
        Assert.True(convertExit == 0, convertOutput);
        var (predictExit, predictOutput) = await ExperimentsApp.RunAsync(tiny.Folder,
            "predict", "--checkpoint", Path.Combine(tiny.Folder, "run", "checkpoints", "best"),
            "--run", run.Info.RunId, "--out", Path.Combine(tiny.Folder, "predicted"), nifti, "missing.nii.gz");

        // Then the missing file is reported and skipped (exit 1) and the NIfTI's outputs reach the run
        Assert.True(predictExit == 1, predictOutput);
        Assert.Contains("skipped", predictOutput);
        Assert.Contains("missing.nii.gz", predictOutput);
        var logged = await runs.ArtifactsAsync(run.Info.RunId, "scans/ge-tilt");
        Assert.Contains("scans/ge-tilt/segmentation.nii.gz", logged);
        Assert.Contains("scans/ge-tilt/prediction.json", logged);
        Assert.True(File.Exists(Path.Combine(tiny.Folder, "predicted", "ge-tilt", "segmentation.nii.gz")));

        // When the run id is one the store does not have, nothing is predicted
        var unknown = "0123456789abcdef0123456789abcdef";
        var (refusedExit, refusedOutput) = await ExperimentsApp.RunAsync(tiny.Folder,
            "predict", "--checkpoint", Path.Combine(tiny.Folder, "run", "checkpoints", "best"),
            "--run", unknown, "--out", Path.Combine(tiny.Folder, "refused"), nifti);
        Assert.True(refusedExit == 1, refusedOutput);
        Assert.Contains(unknown, refusedOutput);
        Assert.False(Directory.Exists(Path.Combine(tiny.Folder, "refused")));
    }
}
