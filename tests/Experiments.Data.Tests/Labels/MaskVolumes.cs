using Experiments.Imaging;
using Experiments.Imaging.Geometry;

namespace Experiments.Data.Tests.Labels;

/// <summary>Masks with a chosen number of hematoma voxels on a chosen grid.</summary>
internal static class MaskVolumes
{
    public static Volume WithVoxels(int count, VolumeGeometry geometry, GridSize? size = null)
    {
        var grid = size ?? new GridSize(200, 200, 1);
        var voxels = new float[grid.VoxelCount];
        Array.Fill(voxels, 1f, 0, count);
        return new Volume(grid, geometry, voxels);
    }

    public static VolumeGeometry Spacing(double x, double y, double z) =>
        VolumeGeometry.Identity(new Vector3D(x, y, z));
}
