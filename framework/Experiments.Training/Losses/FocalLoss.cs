using static TorchSharp.torch;

namespace Experiments.Training.Losses;

/// <summary>
/// Focal loss (Lin et al. 2017) on logits: mean of alpha_t (1 - p_t)^gamma CE, where p_t is the
/// probability given to the true class and CE the binary cross-entropy.
/// </summary>
public sealed class FocalLoss : ITaskLoss
{
    private readonly double gamma;
    private readonly double? alpha;

    public FocalLoss(double gamma, double? alpha)
    {
        if (!(gamma >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "focal: gamma must be 0 or more.");
        }

        if (alpha is < 0 or > 1 or double.NaN)
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "focal: alpha must lie in [0, 1].");
        }

        this.gamma = gamma;
        this.alpha = alpha;
    }

    public Tensor Compute(Tensor logits, Tensor target)
    {
        ShapeCheck.RequireSameShape("focal", logits, target);
        using var scope = NewDisposeScope();
        var truth = target.to_type(logits.dtype);
        var crossEntropy = nn.functional.binary_cross_entropy_with_logits(logits, truth, reduction: nn.Reduction.None);
        var trueClassProbability = exp(-crossEntropy);
        var loss = pow(1 - trueClassProbability, gamma) * crossEntropy;
        if (alpha is { } positiveWeight)
        {
            loss *= truth * positiveWeight + (1 - truth) * (1 - positiveWeight);
        }

        return loss.mean().MoveToOuterDisposeScope();
    }
}
