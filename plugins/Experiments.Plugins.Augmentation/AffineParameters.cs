namespace Experiments.Plugins.Augmentation;

/// <summary>
/// One drawn affine transform about the volume's centre: rotations in degrees about the x, y and
/// z axes (applied x first), an isotropic scale factor and shifts as fractions of the extent along
/// x, y and z.
/// </summary>
public sealed record AffineParameters(
    double RotationX,
    double RotationY,
    double RotationZ,
    double Scale,
    double TranslationX,
    double TranslationY,
    double TranslationZ)
{
    public static AffineParameters Identity { get; } = new(0, 0, 0, 1, 0, 0, 0);
}
