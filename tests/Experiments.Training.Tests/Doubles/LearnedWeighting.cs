using Experiments.Contracts.Losses;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Training.Tests.Doubles;

/// <summary>Uncertainty-style weighting with one learnable log-variance per task: exp(-s) L + s.</summary>
public sealed class LearnedWeighting : ILossWeighting
{
    private readonly Dictionary<string, Parameter> _logVariances = new()
    {
        [TinyNetwork.Segmentation] = new Parameter(zeros(1)),
        [TinyNetwork.Expansion] = new Parameter(zeros(1)),
    };

    private Dictionary<string, double> _weights = [];

    public IReadOnlyList<Parameter> Parameters => _logVariances.Values.ToList();

    public IReadOnlyDictionary<string, double> CurrentWeights => _weights;

    public Tensor Combine(IReadOnlyDictionary<string, Tensor> taskLosses, WeightingStep step)
    {
        _weights = _logVariances.ToDictionary(pair => pair.Key, pair => Math.Exp(-pair.Value.item<float>()));
        return taskLosses
            .Select(pair => (exp(-_logVariances[pair.Key]) * pair.Value) + _logVariances[pair.Key])
            .Aggregate((sum, term) => sum + term)
            .sum();
    }

    public void EpochCompleted(IReadOnlyDictionary<string, double> meanTaskLosses)
    {
    }
}
