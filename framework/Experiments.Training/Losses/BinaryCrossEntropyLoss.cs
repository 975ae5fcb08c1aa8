using static TorchSharp.torch;

namespace Experiments.Training.Losses;

/// <summary>Binary cross-entropy on logits (numerically stable), the positive class weighted by pos_weight.</summary>
public sealed class BinaryCrossEntropyLoss : ITaskLoss
{
    private readonly double positiveWeight;

    public BinaryCrossEntropyLoss(double positiveWeight)
    {
        if (!(positiveWeight > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(positiveWeight), positiveWeight,
                "bce: pos_weight must be positive.");
        }

        this.positiveWeight = positiveWeight;
    }

    public Tensor Compute(Tensor logits, Tensor target)
    {
        ShapeCheck.RequireSameShape("bce", logits, target);
        using var weight = tensor(positiveWeight, dtype: logits.dtype, device: logits.device);
        using var typedTarget = target.to_type(logits.dtype);
        return nn.functional.binary_cross_entropy_with_logits(logits, typedTarget, pos_weights: weight);
    }
}
