using Experiments.Contracts.Events;
using Experiments.Testing;
using Experiments.Training.Checkpoints;
using Experiments.Training.Loop;
using Experiments.Training.Schedules;
using Experiments.Training.Tests.Doubles;
using static TorchSharp.torch;

namespace Experiments.Training.Tests.Loop;

public sealed class TrainerResumeTests
{
    public TrainerResumeTests() => set_num_threads(1);

    [Fact]
    public void A_run_killed_mid_epoch_and_resumed_ends_with_the_weights_of_an_uninterrupted_run()
    {
        // Given the same seeded 3-epoch run twice, once straight through
        using var straightFolder = new TemporaryFolder();
        var straight = new TinyRun(straightFolder.Path);
        straight.CreateTrainer([new RecordingObserver()], initSeed: 1).Run(CancellationToken.None);

        // and once killed after step 11 (mid-epoch 1), then resumed into a differently initialised network
        using var brokenFolder = new TemporaryFolder();
        var broken = new TinyRun(brokenFolder.Path);
        using var ctrlC = new CancellationTokenSource();
        var killed = broken.CreateTrainer([new RecordingObserver(ctrlC, step: 11)], initSeed: 1).Run(ctrlC.Token);
        var resumed = broken.CreateTrainer([new RecordingObserver()], initSeed: 99).Run(CancellationToken.None, killed.LastCheckpoint);

        // Then the kill saved a checkpoint at step 11, and both runs end bit-identical
        Assert.Equal(RunOutcome.Killed, killed.Outcome);
        Assert.Equal(11, killed.Step);
        Assert.Equal(RunOutcome.Finished, resumed.Outcome);
        Assert.Equal(24, resumed.Step);
        Assert.Equal(TinyRun.Weights(straight.Network), TinyRun.Weights(broken.Network));
    }

    [Fact]
    public void A_resumed_run_continues_the_tracking_run_with_monotone_steps_and_no_repeated_points()
    {
        using var folder = new TemporaryFolder();
        var run = new TinyRun(folder.Path);
        using var ctrlC = new CancellationTokenSource();
        var before = new RecordingObserver(ctrlC, step: 11);
        var killed = run.CreateTrainer([before], initSeed: 1).Run(ctrlC.Token);
        var after = new RecordingObserver();

        run.CreateTrainer([after], initSeed: 1).Run(CancellationToken.None, killed.LastCheckpoint);

        Assert.Equal(RunOutcome.Killed, before.Events.OfType<RunEnded>().Single().Outcome);
        Assert.Equal(before.RunId, after.Events.OfType<RunStarted>().Single().ResumeRunId);
        var steps = before.Steps.Concat(after.Steps).Select(s => s.Step).ToList();
        Assert.Equal(Enumerable.Range(1, 24).Select(i => (long)i), steps);
        var epochs = before.Epochs.Concat(after.Epochs).Select(e => e.Epoch).ToList();
        Assert.Equal([0, 1, 2], epochs);
    }

    [Fact]
    public void Stopped_at_epoch_25_of_the_paper_schedule_the_learning_rate_is_1e5_then_1e6_from_epoch_30()
    {
        // Given the paper's schedule (1e-4, x0.1 at epochs 20 and 30) over 40 one-step epochs
        using var folder = new TemporaryFolder();
        var run = new TinyRun(folder.Path)
        {
            TrainingCases = 1,
            ValidationCases = 1,
            Training = new TrainingSettings { Epochs = 40, Device = DeviceChoice.Cpu },
            Optimizer = new Optimizers.OptimizerSettings { LearningRate = 1e-4 },
            Schedule = new MultiStepSettings(),
        };
        using var ctrlC = new CancellationTokenSource();

        // When it is stopped after epoch 24's step (epoch 25 is next) and resumed
        var killed = run.CreateTrainer([new RecordingObserver(ctrlC, step: 25)], initSeed: 1).Run(ctrlC.Token);
        var after = new RecordingObserver();
        run.CreateTrainer([after], initSeed: 1).Run(CancellationToken.None, killed.LastCheckpoint);

        // Then epochs 25-29 train at 1e-5 and epochs 30-39 at 1e-6
        var rates = after.Steps.ToDictionary(s => s.Epoch, s => s.Metrics[MetricNames.LearningRate]);
        Assert.Equal(Enumerable.Range(25, 15), rates.Keys);
        Assert.All(Enumerable.Range(25, 5), epoch => Assert.Equal(1e-5, rates[epoch], 1e-12));
        Assert.All(Enumerable.Range(30, 10), epoch => Assert.Equal(1e-6, rates[epoch], 1e-12));
    }

    [Fact]
    public void A_non_finite_loss_fails_the_run_with_its_step_and_keeps_the_last_good_checkpoint()
    {
        // Given a segmentation loss that turns NaN at its 17th call: epoch 0 makes 8 training and 4
        // validation calls, so call 17 is step 13, the 5th step of epoch 1
        using var folder = new TemporaryFolder();
        var calls = 0;
        TaskLoss poisoned = (logits, target) =>
            ++calls == 17 ? TestLosses.SoftDice(logits, target) * float.NaN : TestLosses.SoftDice(logits, target);
        var run = new TinyRun(folder.Path)
        {
            Tasks = [TrainingTask.Segmentation(TinyNetwork.Segmentation, poisoned),
                TrainingTask.Classification(TinyNetwork.Expansion, TestLosses.BinaryCrossEntropy)],
        };
        var observer = new RecordingObserver();

        var result = run.CreateTrainer([observer], initSeed: 1).Run(CancellationToken.None);

        var ended = observer.Events.OfType<RunEnded>().Single();
        Assert.Equal(RunOutcome.Failed, ended.Outcome);
        Assert.Contains("step 13", ended.Reason);
        Assert.Equal(12, observer.Steps.Last().Step);
        var saved = CheckpointStore.Load(result.LastCheckpoint, new TinyNetwork(), optimizer: null);
        Assert.Equal((1, 0, 8L), (saved.Epoch, saved.Position, saved.Step));
    }
}
