using static TorchSharp.torch;

namespace Experiments.Training.Losses;

/// <summary>
/// 1 - soft Dice of sigmoid(logits) and the mask, per sample then averaged:
/// Dice = (2 sum(p t) + s) / (sum(p) + sum(t) + s). The smoothing s makes an empty mask predicted
/// empty a perfect score (s / s = 1) instead of 0 / 0.
/// </summary>
public sealed class SoftDiceLoss : ITaskLoss
{
    private readonly double smooth;

    public SoftDiceLoss(double smooth)
    {
        if (!(smooth > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(smooth), smooth,
                "dice: smooth must be positive, or an empty mask predicted empty would divide 0 by 0.");
        }

        this.smooth = smooth;
    }

    public Tensor Compute(Tensor logits, Tensor target)
    {
        ShapeCheck.RequireSameShape("dice", logits, target);
        using var scope = NewDisposeScope();
        var probabilities = sigmoid(logits).flatten(1);
        var mask = target.to_type(probabilities.dtype).flatten(1);
        var overlap = (probabilities * mask).sum(1);
        var dice = (2 * overlap + smooth) / (probabilities.sum(1) + mask.sum(1) + smooth);
        return (1 - dice.mean()).MoveToOuterDisposeScope();
    }
}
