using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Resampling;

/// <summary>
/// Maps a result computed on a preprocessed (resampled) grid back onto the scan's original grid.
/// The preprocessed volume's geometry places it in the same world frame as the original, so the
/// original grid's size and geometry are all that is needed; voxels the preprocessed field of view
/// did not cover come back as 0.
/// </summary>
public static class ResampleBack
{
    /// <summary>
    /// A binary mask (e.g. a thresholded segmentation) on the original grid: linear interpolation
    /// thresholded at 0.5, which follows the mask's boundary more closely than nearest neighbour.
    /// </summary>
    public static Volume Mask(Volume predicted, GridSize originalSize, VolumeGeometry originalGeometry) =>
        VolumeResampler.ResampleMask(predicted, originalSize, originalGeometry, Interpolation.Linear);

    /// <summary>Continuous values (e.g. probabilities) on the original grid, linearly interpolated.</summary>
    public static Volume Values(Volume predicted, GridSize originalSize, VolumeGeometry originalGeometry) =>
        VolumeResampler.Resample(predicted, originalSize, originalGeometry, Interpolation.Linear, 0);
}
