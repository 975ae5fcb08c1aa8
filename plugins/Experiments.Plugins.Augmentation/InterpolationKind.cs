namespace Experiments.Plugins.Augmentation;

/// <summary>How a transformed volume reads values between voxel centres.</summary>
public enum InterpolationKind
{
    Nearest,
    Linear,
}
