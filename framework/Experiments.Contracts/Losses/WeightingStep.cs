using static TorchSharp.torch;

namespace Experiments.Contracts.Losses;

/// <summary>What a loss weighting may need to know about the current training step.</summary>
/// <param name="Epoch">Zero-based epoch.</param>
/// <param name="Step">Global optimisation step.</param>
/// <param name="SharedParameters">The network's last shared layer, for gradient-norm methods.</param>
public sealed record WeightingStep(int Epoch, long Step, IReadOnlyList<TorchSharp.Modules.Parameter> SharedParameters);
