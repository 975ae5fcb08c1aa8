using Experiments.Configuration.Schema;
using static TorchSharp.torch;

namespace Experiments.Plugins.Synthetic;

/// <summary>The task losses of the experiment schema, computed on logits.</summary>
public static class TaskLossFunctions
{
    private const double Smoothing = 1.0;

    public static Tensor Compute(TaskLoss loss, Tensor logits, Tensor target) => loss switch
    {
        TaskLoss.Bce => nn.functional.binary_cross_entropy_with_logits(logits, target),
        TaskLoss.Dice => SoftDiceLoss(logits, target),
        _ => throw new NotSupportedException($"Task loss '{loss}' has no implementation in the synthetic runner."),
    };

    /// <summary>1 - soft Dice of the sigmoid probabilities; the smoothing keeps an empty target finite.</summary>
    private static Tensor SoftDiceLoss(Tensor logits, Tensor target)
    {
        var probabilities = logits.sigmoid();
        var overlap = (probabilities * target).sum();
        var total = probabilities.sum() + target.sum();
        return 1.0 - (2.0 * overlap + Smoothing) / (total + Smoothing);
    }
}
