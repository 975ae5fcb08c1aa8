using Experiments.Contracts.Events;
using Experiments.Testing;
using Experiments.Training.Loop;
using Experiments.Training.Optimizers;
using Experiments.Training.Tests.Doubles;

namespace Experiments.Training.Tests.Loop;

public sealed class TrainerLearningTests
{
    [Fact]
    public void Training_on_synthetic_cubes_lowers_the_loss_and_raises_validation_dice()
    {
        // Given eight seeded cube volumes and a tiny two-task network
        using var folder = new TemporaryFolder();
        var run = new TinyRun(folder.Path)
        {
            Training = new TrainingSettings { Epochs = 12, Device = DeviceChoice.Cpu },
            Optimizer = new OptimizerSettings { LearningRate = 5e-2 },
        };
        var observer = new RecordingObserver();

        // When it trains for 12 epochs with Adam at a constant 5e-2
        var result = run.CreateTrainer([observer], initSeed: 1).Run(CancellationToken.None);

        // Then the run finishes, and the last epoch beats the first in training loss and validation Dice
        Assert.Equal(RunOutcome.Finished, result.Outcome);
        var epochs = observer.Epochs.ToList();
        Assert.Equal(12, epochs.Count);
        var first = epochs[0].Metrics;
        var last = epochs[^1].Metrics;
        Assert.True(last["train.loss"] < 0.7 * first["train.loss"], $"train loss {first["train.loss"]} -> {last["train.loss"]}");
        Assert.True(last[MetricNames.ValidationDice] > first[MetricNames.ValidationDice] + 0.2,
            $"validation Dice {first[MetricNames.ValidationDice]} -> {last[MetricNames.ValidationDice]}");
    }

    [Fact]
    public void Each_step_reports_total_and_task_losses_their_weights_and_the_learning_rate()
    {
        using var folder = new TemporaryFolder();
        var run = new TinyRun(folder.Path) { Training = new TrainingSettings { Epochs = 1, Device = DeviceChoice.Cpu } };
        var observer = new RecordingObserver();

        run.CreateTrainer([observer], initSeed: 1).Run(CancellationToken.None);

        var step = observer.Steps.First();
        Assert.Equal(1, step.Step);
        Assert.Equal(0.9, step.Metrics["weight.segmentation"]);
        Assert.Equal(0.1, step.Metrics["weight.expansion"]);
        Assert.Equal(1e-2, step.Metrics[MetricNames.LearningRate]);
        var expected = (0.9 * step.Metrics["loss.segmentation"]) + (0.1 * step.Metrics["loss.expansion"]);
        Assert.Equal(expected, step.Metrics[MetricNames.Loss], 5);
        Assert.Equal(8, observer.Steps.Count());
    }

    [Fact]
    public void Batches_and_gradient_accumulation_group_items_into_fewer_steps()
    {
        // Given 8 cases, batches of 2 and 2 batches per update
        using var folder = new TemporaryFolder();
        var settings = new TrainingSettings { Epochs = 1, BatchSize = 2, GradientAccumulation = 2, Device = DeviceChoice.Cpu };
        var run = new TinyRun(folder.Path) { Training = settings };
        var observer = new RecordingObserver();

        run.CreateTrainer([observer], initSeed: 1).Run(CancellationToken.None);

        // Then one epoch is 8 / (2 x 2) = 2 optimizer steps
        Assert.Equal([1L, 2L], observer.Steps.Select(s => s.Step));
    }

    [Fact]
    public void A_validation_set_of_one_class_leaves_auc_out_and_the_run_finishes()
    {
        // Given two validation cubes of edge 2 and 3, both labelled "no expansion"
        using var folder = new TemporaryFolder();
        var run = new TinyRun(folder.Path)
        {
            ValidationCases = 2,
            Training = new TrainingSettings { Epochs = 1, Device = DeviceChoice.Cpu },
        };
        var observer = new RecordingObserver();

        var result = run.CreateTrainer([observer], initSeed: 1).Run(CancellationToken.None);

        Assert.Equal(RunOutcome.Finished, result.Outcome);
        var metrics = observer.Epochs.Single().Metrics;
        Assert.DoesNotContain(MetricNames.ValidationAuc(TinyNetwork.Expansion), metrics.Keys);
        Assert.Contains(MetricNames.ValidationDice, metrics.Keys);
    }
}
