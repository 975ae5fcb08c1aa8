using Experiments.Testing;
using Experiments.Training.Data;
using Experiments.Training.Evaluation;
using Experiments.Training.Loop;
using Experiments.Training.Tests.Doubles;
using Microsoft.Extensions.Logging.Abstractions;
using static TorchSharp.torch;

namespace Experiments.Training.Tests.Evaluation;

public sealed class EvaluationRunTests
{
    [Fact]
    public void Evaluating_the_best_checkpoint_in_a_fresh_network_reproduces_the_last_validation_dice()
    {
        // Given a finished run whose last epoch was its best (Dice reaches 1 on the synthetic cubes)
        using var folder = new TemporaryFolder();
        var run = new TinyRun(folder.Path)
        {
            Training = TinyRun.Cpu(epochs: 8),
            Optimizer = new Optimizers.OptimizerSettings { LearningRate = 5e-2 },
        };
        var observer = new RecordingObserver();
        var result = run.CreateTrainer([observer], initSeed: 1).Run(CancellationToken.None);
        var validation = new InMemorySampleSet(SyntheticCubes.Create(4, run.Seed + 1000));

        // When the best checkpoint is evaluated in a differently initialised network on the validation cases
        manual_seed(123);
        var inputs = new EvaluationInputs(new TinyNetwork(), TestLosses.PaperTasks(), validation, "validation")
        {
            Device = DeviceChoice.Cpu,
        };
        var outcome = new EvaluationRun(NullLogger.Instance)
            .Run(inputs, result.BestCheckpoint, folder.File("evaluation"));

        // Then its mean Dice is the best validation Dice the run reported, and the run id came along
        Assert.Equal(result.BestMetric!.Value, outcome.Report.Segmentation.Single().MeanDice, 12);
        Assert.Equal(observer.RunId, outcome.TrackingRunId);
        Assert.All(outcome.ReportFiles, file => Assert.True(File.Exists(file)));
    }
}
