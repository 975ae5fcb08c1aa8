using Experiments.Contracts.Losses;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Training.Tests.Doubles;

/// <summary>The paper's fixed 0.9 / 0.1 weighting, written here so the tests need no plugin.</summary>
public sealed class FixedWeighting(IReadOnlyDictionary<string, double> weights) : ILossWeighting
{
    public static FixedWeighting Paper() => new(new Dictionary<string, double>
    {
        [TinyNetwork.Segmentation] = 0.9,
        [TinyNetwork.Expansion] = 0.1,
    });

    public IReadOnlyList<Parameter> Parameters => [];

    public IReadOnlyDictionary<string, double> CurrentWeights => weights;

    public List<IReadOnlyDictionary<string, double>> EpochLosses { get; } = [];

    public Tensor Combine(IReadOnlyDictionary<string, Tensor> taskLosses, WeightingStep step) =>
        taskLosses.Select(pair => pair.Value * weights[pair.Key]).Aggregate((sum, term) => sum + term);

    public void EpochCompleted(IReadOnlyDictionary<string, double> meanTaskLosses) => EpochLosses.Add(meanTaskLosses);
}
