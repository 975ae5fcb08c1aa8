using Experiments.Runner.Prediction;
using Experiments.Testing;
using Experiments.Training.Checkpoints;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Runner.Tests.Prediction;

public sealed class PredictionModelTests
{
    [Fact]
    public void The_checkpoints_own_experiment_decides_preprocessing_and_threshold()
    {
        using var folder = new TemporaryFolder();
        var checkpoint = TrainedCheckpoint.Write(folder.Path, "evaluation:\n  threshold: 0.7");

        var model = PredictionModel.Load(checkpoint, NullLoggerFactory.Instance);

        Assert.Equal(Path.Combine(checkpoint, CheckpointFiles.Experiment), model.ConfigFile);
        Assert.Equal(0.7, model.Threshold);
        Assert.Equal(["series-to-volume", "skull-strip-otsu", "resample", "window", "zscore"],
            model.Steps.Select(s => s.Name));
        Assert.Equal(["segmentation", "expansion"], model.Tasks.Select(t => t.Name));
    }

    [Fact]
    public void A_checkpoint_without_its_experiment_is_refused_with_what_is_missing()
    {
        using var folder = new TemporaryFolder();
        var checkpoint = TrainedCheckpoint.Write(folder.Path);
        File.Delete(Path.Combine(checkpoint, CheckpointFiles.Experiment));
        File.Delete(folder.File(CheckpointFiles.Experiment));

        var refused = Assert.Throws<FileNotFoundException>(
            () => PredictionModel.Load(checkpoint, NullLoggerFactory.Instance));
        Assert.Contains(CheckpointFiles.Experiment, refused.Message);
        Assert.Contains(checkpoint, refused.Message);
    }
}
