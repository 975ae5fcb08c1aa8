using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// How a synthetic series is acquired: the scanner and the voxel grid in the world (RAS+ mm).
/// Pixels are stored with rescale intercept -1024 and slope 1.
/// </summary>
public sealed record SyntheticAcquisition(ScannerModel Scanner, GridSize Size, VolumeGeometry Geometry, double FieldOfViewMm)
{
    public const double SliceThicknessMm = 5.0;
    public const double RescaleIntercept = -1024;
}
