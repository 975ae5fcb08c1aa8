namespace Experiments.Imaging.Resampling;

/// <summary>How voxel values between grid points are estimated when a volume is resampled.</summary>
public enum Interpolation
{
    /// <summary>The value of the nearest input voxel (order 0); keeps labels intact.</summary>
    Nearest,

    /// <summary>Trilinear interpolation (order 1).</summary>
    Linear,

    /// <summary>
    /// Tricubic interpolation with a cubic B-spline after exact prefiltering (order 3), the
    /// interpolant of SciPy's <c>map_coordinates(order=3, mode="constant")</c>.
    /// </summary>
    Cubic,
}
