using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Components;

namespace Experiments.Plugins.Augmentation;

/// <summary>
/// The paper's augmentation: per sample a random rotation (about each axis), isotropic scaling and
/// translation about the volume's centre, in millimetres so anisotropic voxels turn true angles.
/// Image and mask go through the same transform, the image with linear and the mask with nearest
/// interpolation by default; what falls outside the volume reads 0 (the background after
/// normalisation).
/// </summary>
[Component(ComponentKind.Augmenter, "random-affine",
    Description = "Random 3D rotation, scaling and translation of image and mask together.")]
public sealed class RandomAffine : IAugmenter
{
    private readonly RandomAffineOptions options;

    public RandomAffine(RandomAffineOptions options)
    {
        RandomAffineOptionsValidator.Validate(options);
        this.options = options;
    }

    public int Multiplier => options.Multiplier;

    public TrainingSample Apply(TrainingSample sample, Random random) => Apply(sample, Draw(random));

    /// <summary>Draws one transform: each value uniform within its configured range, in a fixed order.</summary>
    public AffineParameters Draw(Random random)
    {
        double Uniform(double limit) => (2 * random.NextDouble() - 1) * limit;

        var (rotationX, rotationY, rotationZ) =
            (Uniform(options.RotationDegrees), Uniform(options.RotationDegrees), Uniform(options.RotationDegrees));
        var scale = 1 + Uniform(options.Scale);
        var (translationX, translationY, translationZ) =
            (Uniform(options.Translation), Uniform(options.Translation), Uniform(options.Translation));
        return new AffineParameters(rotationX, rotationY, rotationZ, scale, translationX, translationY, translationZ);
    }

    public TrainingSample Apply(TrainingSample sample, AffineParameters transform)
    {
        var expected = (long)sample.Depth * sample.Height * sample.Width;
        if (sample.Image.Length != expected || sample.Mask.Length != expected)
        {
            throw new ArgumentException(
                $"random-affine: case '{sample.CaseId}' declares {sample.Depth} x {sample.Height} x {sample.Width} " +
                $"voxels ({expected}) but has {sample.Image.Length} image and {sample.Mask.Length} mask values.");
        }

        var resampler = AffineMatrix.IndexToIndex(sample, options.VoxelSpacingMm, transform);
        return sample with
        {
            Image = resampler.Resample(sample.Image, options.ImageInterpolation),
            Mask = resampler.Resample(sample.Mask, options.MaskInterpolation),
        };
    }
}
