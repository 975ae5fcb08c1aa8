using Experiments.Contracts.Augmentation;
using static TorchSharp.torch;

namespace Experiments.Bench.Training;

/// <summary>
/// The reference: a hand-written TorchSharp loop with the same model, losses, weighting and Adam,
/// building the input tensors from the same managed arrays each step, as any loop over data must.
/// </summary>
internal static class BareLoop
{
    public static StepClock Run(TrainingSample[] samples, int steps)
    {
        manual_seed(1);
        using var model = new BenchNetwork();
        using var adam = optim.Adam(model.parameters(), 1e-3);
        var clock = new StepClock();
        clock.Restart();
        for (var step = 0; step < steps; step++)
        {
            var sample = samples[step % samples.Length];
            using (NewDisposeScope())
            {
                adam.zero_grad();
                long[] shape = [1, 1, sample.Depth, sample.Height, sample.Width];
                var image = tensor(sample.Image, shape);
                var mask = tensor(sample.Mask, shape);
                var label = tensor(new[] { sample.Labels[BenchTasks.Expansion] }, [1, 1]);
                using var outputs = model.forward(image);
                var segmentation = BenchTasks.SoftDice(outputs[BenchTasks.Segmentation], mask);
                var expansion = nn.functional.binary_cross_entropy_with_logits(outputs[BenchTasks.Expansion], label);
                var loss = (segmentation * 0.9) + (expansion * 0.1);
                _ = loss.item<float>();
                loss.backward();
                adam.step();
            }

            clock.Lap();
        }

        return clock;
    }
}
