using System.Diagnostics;
using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Models;
using Experiments.Training.Data;
using Experiments.Training.Loop;
using static TorchSharp.torch;

namespace Experiments.Training.Timing;

/// <summary>
/// Times the network on a batch of the run's real input shape before training starts: one warm-up
/// pass (libtorch picks its kernels and allocates then), then the mean of <see cref="TimedPasses"/>
/// forward and backward passes, and of as many forward passes without gradients (validation).
/// The model runs in evaluation mode and no optimizer step is taken, so weights, normalisation
/// statistics and random streams are what they were: a timed run trains exactly as an untimed one.
/// </summary>
internal sealed class StepTimer(nn.Module<Tensor, TaskOutputs> model, IReadOnlyList<TrainingTask> tasks, Device device)
{
    public const int TimedPasses = 2;

    private readonly BatchCollator _collator = new(tasks, device);

    public RunDurationEstimate Estimate(TrainingSetup setup, int multiplier, int epochsLeft)
    {
        var batchSize = setup.Training.BatchSize;
        var sample = setup.TrainingSet.Get(0);
        var wasTraining = model.training;
        model.eval();
        try
        {
            var training = Mean(() => TrainingPass(Enumerable.Repeat(sample, batchSize).ToList()));
            var validation = Mean(() => ForwardPass(sample));
            model.zero_grad();
            return new RunDurationEstimate(training, validation, setup.TrainingSet.Count, multiplier, batchSize,
                setup.ValidationSet.Count, epochsLeft);
        }
        finally
        {
            model.train(wasTraining);
        }
    }

    private static TimeSpan Mean(Action pass)
    {
        pass();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < TimedPasses; i++)
        {
            pass();
        }

        return clock.Elapsed / TimedPasses;
    }

    private void TrainingPass(IReadOnlyList<TrainingSample> samples)
    {
        using var scope = NewDisposeScope();
        using var batch = _collator.Collate(samples);
        using var outputs = model.forward(batch.Image);
        var total = Summed(outputs);
        total.backward();

        // Reading a value waits for the device's queue, backward included (CUDA runs asynchronously).
        _ = total.item<float>();
    }

    private void ForwardPass(TrainingSample sample)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        using var batch = _collator.Collate([sample]);
        using var outputs = model.forward(batch.Image);
        _ = Summed(outputs).item<float>();
    }

    /// <summary>
    /// A stand-in for the losses with the same backward pass through the network: the task losses may
    /// count their calls or keep state, and their own cost is nothing beside the convolutions'.
    /// </summary>
    private Tensor Summed(TaskOutputs outputs) =>
        tasks.Select(task => outputs[task.Name].mean()).Aggregate((sum, value) => sum + value);
}
