using Experiments.Configuration.Schema.Optimizers;
using Experiments.Configuration.Schema.Schedules;
using Experiments.Testing;

namespace Experiments.Configuration.Tests;

public sealed class DefaultExperimentTests
{
    [Fact]
    public void The_paper_experiment_file_is_valid_and_holds_the_papers_training_numbers()
    {
        var path = Path.Combine(RepositoryPaths.Root, "experiments", "hematoma-expansion.yaml");

        var result = ExperimentLoader.Load(path, []);

        Assert.Empty(result.Problems);
        var config = result.Config!;
        Assert.Equal((40, 1), (config.Training.Epochs, config.Training.BatchSize));
        Assert.Equal(1.0e-4, Assert.IsType<AdamOptimizer>(config.Optimizer).LearningRate);
        var schedule = Assert.IsType<MultiStepSchedule>(config.Schedule);
        Assert.Equal([20, 30], schedule.Milestones);
        Assert.Equal(0.1, schedule.Gamma);
        Assert.Equal(
            ["series-to-volume", "skull-strip-otsu", "resample", "window", "zscore"],
            config.Preprocessing.Select(step => step.Name));
    }
}
