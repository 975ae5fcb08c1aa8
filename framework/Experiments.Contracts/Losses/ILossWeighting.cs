using static TorchSharp.torch;

namespace Experiments.Contracts.Losses;

/// <summary>
/// Combines the per-task losses into the one loss that is minimised, and says at every step
/// which weights it used so they can be logged and plotted.
/// </summary>
public interface ILossWeighting
{
    /// <summary>Learnable weighting parameters, optimised together with the network (may be empty).</summary>
    IReadOnlyList<TorchSharp.Modules.Parameter> Parameters { get; }

    /// <summary>The total loss for one step; <paramref name="step"/> gives what gradient-based methods need.</summary>
    Tensor Combine(IReadOnlyDictionary<string, Tensor> taskLosses, WeightingStep step);

    /// <summary>The weight each task received in the last <see cref="Combine"/>.</summary>
    IReadOnlyDictionary<string, double> CurrentWeights { get; }

    /// <summary>Called after each epoch with its mean loss per task (dynamic weight averaging uses it).</summary>
    void EpochCompleted(IReadOnlyDictionary<string, double> meanTaskLosses);
}
