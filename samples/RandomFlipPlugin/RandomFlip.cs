using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Components;

namespace RandomFlipPlugin;

/// <summary>
/// Mirrors image and mask together along randomly chosen axes. Each configured axis is mirrored
/// with the configured probability, independently of the others, so with two axes and 0.5 a
/// variant is unchanged, mirrored along one axis or along both, one time in four each.
/// </summary>
[Component(ComponentKind.Augmenter, "random-flip",
    Description = "Mirrors image and mask together along randomly chosen anatomical axes.")]
public sealed class RandomFlip(RandomFlipOptions options) : IAugmenter
{
    public int Multiplier => options.Multiplier;

    public TrainingSample Apply(TrainingSample sample, Random random)
    {
        // One draw per configured axis, in the configured order, so a seed gives the same variants.
        var mirrored = options.Axes.Where(_ => random.NextDouble() < options.Probability).ToList();
        if (mirrored.Count == 0)
        {
            return sample;
        }

        return sample with
        {
            Image = Mirror(sample, sample.Image, "image", mirrored),
            Mask = Mirror(sample, sample.Mask, "mask", mirrored),
        };
    }

    private static float[] Mirror(TrainingSample sample, float[] values, string what, List<FlipAxis> axes)
    {
        try
        {
            return VolumeFlip.Mirror(values, sample.Depth, sample.Height, sample.Width, axes);
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException($"random-flip: case '{sample.CaseId}' {what}: {exception.Message}", exception);
        }
    }
}
