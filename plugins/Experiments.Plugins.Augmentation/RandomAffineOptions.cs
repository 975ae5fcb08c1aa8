using System.ComponentModel;

namespace Experiments.Plugins.Augmentation;

public sealed class RandomAffineOptions
{
    [Description("Largest relative change of size: one isotropic factor drawn from [1 - scale, 1 + scale].")]
    public double Scale { get; set; } = 0.10;

    [Description("Largest shift along each axis, as a fraction of the image's extent along that axis.")]
    public double Translation { get; set; } = 0.10;

    [Description("Largest rotation about each of the three axes, in degrees.")]
    public double RotationDegrees { get; set; } = 5;

    [Description("Interpolation of the image: linear (trilinear) or nearest.")]
    public InterpolationKind ImageInterpolation { get; set; } = InterpolationKind.Linear;

    [Description("Interpolation of the mask: nearest (keeps it binary) or linear.")]
    public InterpolationKind MaskInterpolation { get; set; } = InterpolationKind.Nearest;

    [Description("Random variants of each case per epoch (the paper enlarges the training set 10 times).")]
    public int Multiplier { get; set; } = 10;

    [Description("Voxel size (x, y, z) in mm of the training grid, so rotations turn real angles; the paper's " +
                 "grid of 112 x 112 x 160 mm at 256 x 256 x 32 has 0.4375 x 0.4375 x 5 mm voxels.")]
    public double[] VoxelSpacingMm { get; set; } = [0.4375, 0.4375, 5.0];
}
