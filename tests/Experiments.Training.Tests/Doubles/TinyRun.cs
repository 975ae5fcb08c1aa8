using Experiments.Contracts.Events;
using Experiments.Contracts.Losses;
using Experiments.Training.Data;
using Experiments.Training.Loop;
using Experiments.Training.Optimizers;
using Experiments.Training.Schedules;
using Microsoft.Extensions.Logging.Abstractions;
using static TorchSharp.torch;

namespace Experiments.Training.Tests.Doubles;

/// <summary>Builds a seeded tiny training run on synthetic cubes.</summary>
public sealed record TinyRun(string OutputFolder)
{
    public int Seed { get; init; } = 7;

    public int TrainingCases { get; init; } = 8;

    public int ValidationCases { get; init; } = 4;

    public TrainingSettings Training { get; init; } = Cpu(epochs: 3);

    public OptimizerSettings Optimizer { get; init; } = new() { LearningRate = 1e-2 };

    public ScheduleSettings Schedule { get; init; } = new ConstantSettings();

    public IReadOnlyList<TrainingTask>? Tasks { get; init; }

    public Func<ILossWeighting> Weighting { get; init; } = FixedWeighting.Paper;

    public IReadOnlyList<string> CheckpointCompanions { get; init; } = [];

    public TinyNetwork Network { get; private set; } = null!;

    public ILossWeighting UsedWeighting { get; private set; } = null!;

    public static TrainingSettings Cpu(int epochs) => new() { Epochs = epochs, Device = DeviceChoice.Cpu };

    /// <summary>A trainer over a freshly initialised network; <paramref name="initSeed"/> seeds its weights.</summary>
    public Trainer CreateTrainer(IReadOnlyList<ITrainingObserver> observers, long initSeed)
    {
        manual_seed(initSeed);
        Network = new TinyNetwork();
        UsedWeighting = Weighting();
        var setup = new TrainingSetup(
            Network,
            UsedWeighting,
            Tasks ?? TestLosses.PaperTasks(),
            new InMemorySampleSet(SyntheticCubes.Create(TrainingCases, Seed)),
            new InMemorySampleSet(SyntheticCubes.Create(ValidationCases, Seed + 1000)),
            Training with { Seed = Seed },
            Optimizer,
            Schedule,
            OutputFolder,
            "tiny-run") { CheckpointCompanions = CheckpointCompanions };
        return new Trainer(setup, observers, NullLogger.Instance);
    }

    public static float[] Weights(TinyNetwork network) =>
        network.parameters().SelectMany(parameter => parameter.data<float>().ToArray()).ToArray();
}
