using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Events;
using Experiments.Training.Data;
using Experiments.Training.Loop;
using Experiments.Training.Optimizers;
using Experiments.Training.Schedules;
using Microsoft.Extensions.Logging.Abstractions;
using static TorchSharp.torch;

namespace Experiments.Bench.Training;

/// <summary>The same training through the framework's Trainer: step times and resident memory per step.</summary>
internal sealed class RunnerLoop : ITrainingObserver
{
    private readonly List<double> _wall = [];
    private readonly List<double> _cpu = [];
    private StepClock _clock = new();

    public StepClock Clock => _clock;

    public List<long> ResidentBytes { get; } = [];

    public void Run(TrainingSample[] samples, int steps, string folder)
    {
        manual_seed(1);
        using var network = new BenchNetwork();
        var setup = new TrainingSetup(
            network,
            new BenchTasks.FixedWeighting(),
            BenchTasks.Tasks,
            new InMemorySampleSet(samples),
            new InMemorySampleSet(samples.Take(1).ToArray()),
            new TrainingSettings { Epochs = steps / samples.Length, Device = DeviceChoice.Cpu },
            new OptimizerSettings { LearningRate = 1e-3 },
            new ConstantSettings(),
            folder,
            "bench");
        _clock = new StepClock();
        _clock.Restart();
        new Trainer(setup, [this], NullLogger.Instance).Run(CancellationToken.None);
    }

    public void Observe(TrainingEvent trainingEvent)
    {
        if (trainingEvent is StepCompleted)
        {
            _clock.Lap();
            ResidentBytes.Add(Environment.WorkingSet);
        }
        else
        {
            // Validation and checkpoints happen between epochs; they are not step time.
            _clock.Restart();
        }
    }
}
