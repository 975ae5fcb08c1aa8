using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Losses;
using Experiments.Training.Loop;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Bench.Training;

/// <summary>The tasks, the fixed 0.9 / 0.1 weighting and random volumes the benchmark trains on.</summary>
internal static class BenchTasks
{
    public const string Segmentation = "segmentation";
    public const string Expansion = "expansion";
    public const int Depth = 16;
    public const int Side = 32;

    public static readonly IReadOnlyDictionary<string, double> Weights =
        new Dictionary<string, double> { [Segmentation] = 0.9, [Expansion] = 0.1 };

    public static IReadOnlyList<TrainingTask> Tasks { get; } =
    [
        TrainingTask.Segmentation(Segmentation, SoftDice),
        TrainingTask.Classification(Expansion, (logits, target) =>
            nn.functional.binary_cross_entropy_with_logits(logits, target)),
    ];

    public static Tensor SoftDice(Tensor logits, Tensor target)
    {
        var probabilities = sigmoid(logits);
        return 1 - (((2 * (probabilities * target).sum()) + 1) / (probabilities.sum() + target.sum() + 1));
    }

    public static TrainingSample[] Samples(int count)
    {
        var random = new Random(3);
        return Enumerable.Range(0, count).Select(i =>
        {
            var voxels = Depth * Side * Side;
            var image = Enumerable.Range(0, voxels).Select(_ => (float)random.NextDouble()).ToArray();
            var mask = image.Select(v => v > 0.8f ? 1f : 0f).ToArray();
            var labels = new Dictionary<string, float> { [Expansion] = i % 2 };
            return new TrainingSample($"bench-{i}", Depth, Side, Side, image, mask, labels);
        }).ToArray();
    }

    public sealed class FixedWeighting : ILossWeighting
    {
        public IReadOnlyList<Parameter> Parameters => [];

        public IReadOnlyDictionary<string, double> CurrentWeights => Weights;

        public Tensor Combine(IReadOnlyDictionary<string, Tensor> taskLosses, WeightingStep step) =>
            taskLosses.Select(pair => pair.Value * Weights[pair.Key]).Aggregate((sum, term) => sum + term);

        public void EpochCompleted(IReadOnlyDictionary<string, double> meanTaskLosses)
        {
        }
    }
}
