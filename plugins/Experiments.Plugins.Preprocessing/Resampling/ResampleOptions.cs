using System.ComponentModel;
using Experiments.Imaging.Resampling;

namespace Experiments.Plugins.Preprocessing.Resampling;

/// <summary>
/// Options of <see cref="ResamplePreprocessor"/>. The grid is given by two of field_of_view_mm,
/// matrix and spacing_mm (the unused one null), or by spacing_mm alone (the grid then covers the
/// input's extent). Defaults are the paper's 112 x 112 x 160 mm at 256 x 256 x 32, tricubic.
/// </summary>
public sealed class ResampleOptions
{
    [Description("Edge-to-edge size of the output grid in mm (x, y, z).")]
    public double[]? FieldOfViewMm { get; set; } = [112, 112, 160];

    [Description("Voxel counts of the output grid (x, y, z).")]
    public int[]? Matrix { get; set; } = [256, 256, 32];

    [Description("Voxel spacing of the output grid in mm (x, y, z); instead of matrix or field_of_view_mm.")]
    public double[]? SpacingMm { get; set; }

    [Description("Image interpolation: nearest, linear or cubic (cubic B-spline, SciPy order 3).")]
    public Interpolation Interpolation { get; set; } = Interpolation.Cubic;

    [Description("Mask interpolation: nearest, or linear thresholded at 0.5.")]
    public Interpolation MaskInterpolation { get; set; } = Interpolation.Nearest;

    [Description("Centre of the field of view: brain-mask (centroid of the brain mask) or image (grid centre).")]
    public ResampleCentre Centre { get; set; } = ResampleCentre.BrainMask;

    [Description("Image value (HU) for output voxels outside the input grid; air by default.")]
    public double OutsideHu { get; set; } = -1024;
}
