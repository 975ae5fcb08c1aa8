using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// How a synthetic series is acquired and stored: the scanner, the voxel grid in the world
/// (RAS+ mm) and whether pixels are stored unsigned or signed, both with intercept -1024.
/// </summary>
public sealed record SyntheticAcquisition(
    ScannerModel Scanner, GridSize Size, VolumeGeometry Geometry, double FieldOfViewMm, bool UnsignedPixels)
{
    public const double SliceThicknessMm = 5.0;
    public const double RescaleIntercept = -1024;
}
