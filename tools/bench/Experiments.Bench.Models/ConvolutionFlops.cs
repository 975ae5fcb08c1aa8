using Experiments.Contracts.Models;
using Experiments.Training.Models;
using TorchSharp.Modules;

namespace Experiments.Bench.Models;

/// <summary>
/// Floating-point operations of a network's convolutions, counted from their weights and output
/// shapes: 2 per multiply-add; a training step counts 3 forward passes (forward, gradient of the
/// input, gradient of the weights).
/// </summary>
internal static class ConvolutionFlops
{
    public static double Forward(IMultiTaskNetwork network, long[] inputShape)
    {
        var summary = ModelSummarizer.Summarize(network, inputShape);
        double flops = 0;
        foreach (var (name, module) in network.Module.named_modules())
        {
            var shape = summary.Layers.FirstOrDefault(row => row.Name == name)?.OutputShape ?? [];
            var voxels = (double)shape.Skip(2).Aggregate(1L, (product, size) => product * size);
            flops += module switch
            {
                Conv3d conv => 2.0 * conv.weight!.numel() * voxels,
                // The 2x2x2 stride-2 up-convolution: each input voxel (1/8 of the output) feeds 8 outputs.
                ConvTranspose3d transposed => 2.0 * transposed.weight!.numel() * voxels / 8,
                _ => 0,
            };
        }

        return flops;
    }

    public static double TrainingStep(IMultiTaskNetwork network, long[] inputShape) => 3 * Forward(network, inputShape);
}
