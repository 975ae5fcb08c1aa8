using System.Diagnostics;
using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Losses;
using Experiments.Contracts.Models;
using Experiments.Plugins.LossWeighting;
using Experiments.Training.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace Experiments.Bench.Models;

/// <summary>One optimisation step of the paper's recipe: forward, 0.9 Dice + 0.1 BCE, backward, Adam.</summary>
internal sealed class TrainingStep
{
    private readonly IMultiTaskNetwork network;
    private readonly optim.Optimizer optimizer;
    private readonly ITaskLoss dice = new SoftDiceLoss(1);
    private readonly ITaskLoss crossEntropy = new BinaryCrossEntropyLoss(1);
    private readonly ILossWeighting weighting = new FixedWeighting(new FixedWeightingOptions());
    private long step;

    public TrainingStep(IMultiTaskNetwork network)
    {
        this.network = network;
        optimizer = optim.Adam(network.Module.parameters(), lr: 1e-4);
        network.Module.train();
    }

    /// <summary>Runs one step on the sample and returns its wall-clock time in milliseconds.</summary>
    public double Run(TrainingSample sample)
    {
        var watch = Stopwatch.StartNew();
        using var scope = NewDisposeScope();
        long[] shape = [1, 1, sample.Depth, sample.Height, sample.Width];
        var image = tensor(sample.Image).reshape(shape);
        var mask = tensor(sample.Mask).reshape(shape);
        var label = tensor(new[] { sample.Labels.GetValueOrDefault("expansion") }).reshape(1, 1);

        optimizer.zero_grad();
        using var outputs = network.Module.call(image);
        var losses = new Dictionary<string, Tensor>
        {
            ["segmentation"] = dice.Compute(outputs["segmentation"], mask),
            ["expansion"] = crossEntropy.Compute(outputs["expansion"], label),
        };
        var total = weighting.Combine(losses, new WeightingStep(0, step++, network.SharedParameters));
        total.backward();
        optimizer.step();
        return watch.Elapsed.TotalMilliseconds;
    }
}
