using static TorchSharp.torch;

namespace Experiments.Training.Losses;

/// <summary>The loss of one task, from the network's logits and the target of the same shape.</summary>
public interface ITaskLoss
{
    /// <summary>A scalar: the loss averaged over the batch.</summary>
    Tensor Compute(Tensor logits, Tensor target);
}
