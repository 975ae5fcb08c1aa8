using Experiments.Tracking;
using Experiments.Tracking.Model;

namespace Experiments.EndToEnd.Tests;

public class RunTests
{
    [Fact]
    public async Task A_run_preprocesses_trains_evaluates_and_logs_everything_to_the_file_store()
    {
        // Given a tiny version of the quickstart experiment on synthetic DICOM cases
        using var tiny = new TinyExperiment(epochs: 2);

        // When it is run as a user runs it
        var (exitCode, output) = await ExperimentsApp.RunAsync(tiny.Folder, "run", tiny.File);

        // Then it finishes and the MLflow store holds the run with its params, metrics and artifacts
        Assert.True(exitCode == 0, output);
        var run = Assert.Single(await new TrackedRuns(tiny.Store).WithTagAsync(MlflowTags.RunName, "tiny"));
        Assert.Equal(RunStatus.Finished, run.Info.Status);
        Assert.Contains(new RunParameter("training.epochs", "2"), run.Params);
        Assert.Contains(new RunParameter("loss_weighting.weights.segmentation", "0.9"), run.Params);
        Assert.Contains(
            run.Tags, tag => tag.Key == "experiments.component.model" && tag.Value.StartsWith("two-task-unet3d"));

        var runs = new TrackedRuns(tiny.Store);
        var dice = await runs.HistoryAsync(run.Info.RunId, "val.dice");
        Assert.Equal(2, dice.Count);
        Assert.All(dice, point => Assert.InRange(point.Value, 0, 1));
        var steps = (await runs.HistoryAsync(run.Info.RunId, "loss")).Select(p => p.Step).ToList();
        Assert.Equal(steps.Distinct().Order(), steps.Order());

        Assert.Contains("config/resolved-config.yaml", await runs.ArtifactsAsync(run.Info.RunId, "config"));
        var evaluation = await runs.ArtifactsAsync(run.Info.RunId, "evaluation");
        Assert.Contains("evaluation/evaluation-validation.json", evaluation);
        Assert.Contains(evaluation, path => path.StartsWith("evaluation/roc-") && path.EndsWith(".png"));
        var predictions = await runs.ArtifactsAsync(run.Info.RunId, "predictions");
        Assert.NotEmpty(predictions);
        Assert.All(predictions, path => Assert.EndsWith("_segmentation.nii.gz", path));
    }

    [Fact]
    public async Task A_run_with_a_mistake_in_its_file_reports_it_with_its_line_and_runs_nothing()
    {
        using var tiny = new TinyExperiment(epochs: 1);

        var (exitCode, output) = await ExperimentsApp.RunAsync(
            tiny.Folder, "run", tiny.File, "--set", "optimizer.lerning_rate=0.1");

        Assert.Equal(2, exitCode);
        Assert.Contains("did you mean 'learning_rate'", output);
        Assert.False(Directory.Exists(Path.Combine(tiny.Folder, "mlruns")));
    }
}
