using Experiments.Imaging;
using Experiments.Imaging.Geometry;

namespace Experiments.Data.Labels;

/// <summary>
/// Hematoma volume as the paper measures it: voxel count x voxel volume. A voxel counts when its
/// mask value is at least 0.5 (1 in a label map; any label above zero in a multi-label map).
/// </summary>
public static class HematomaVolume
{
    private const double CubicMillimetresPerMillilitre = 1000;

    public static double Millilitres(Volume mask)
    {
        long count = 0;
        foreach (var value in mask.Voxels)
        {
            if (value >= 0.5f)
            {
                count++;
            }
        }

        return count * VoxelMillilitres(mask.Geometry);
    }

    /// <summary>
    /// One voxel's volume in mL: |det| of the affine's 3 x 3 part, which is right for any spacing
    /// and for sheared (gantry-tilted) grids, where spacing x * y * z would overestimate it.
    /// </summary>
    public static double VoxelMillilitres(VolumeGeometry geometry)
    {
        var a = geometry.Affine;
        var determinant =
            a[0, 0] * (a[1, 1] * a[2, 2] - a[1, 2] * a[2, 1]) -
            a[0, 1] * (a[1, 0] * a[2, 2] - a[1, 2] * a[2, 0]) +
            a[0, 2] * (a[1, 0] * a[2, 1] - a[1, 1] * a[2, 0]);
        return Math.Abs(determinant) / CubicMillimetresPerMillilitre;
    }
}
