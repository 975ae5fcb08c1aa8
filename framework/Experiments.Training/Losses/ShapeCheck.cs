using static TorchSharp.torch;

namespace Experiments.Training.Losses;

internal static class ShapeCheck
{
    public static void RequireSameShape(string loss, Tensor logits, Tensor target)
    {
        if (!logits.shape.SequenceEqual(target.shape))
        {
            throw new ArgumentException(
                $"{loss}: the target has shape [{string.Join(", ", target.shape)}] but the logits have " +
                $"[{string.Join(", ", logits.shape)}]; they must match.");
        }
    }
}
