using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>An inclusive box of voxel indices, clipped to a grid.</summary>
internal readonly record struct VoxelBox(int MinI, int MaxI, int MinJ, int MaxJ, int MinK, int MaxK)
{
    public bool Contains(int i, int j, int k) =>
        i >= MinI && i <= MaxI && j >= MinJ && j <= MaxJ && k >= MinK && k <= MaxK;

    /// <summary>The voxels a hematoma can reach: its bounding box's corners taken into the grid.</summary>
    public static VoxelBox Around(HematomaShape shape, HeadPose pose, VolumeGeometry geometry, GridSize size)
    {
        var reach = shape.SemiAxes * shape.MaxExtent;
        var toVoxel = new Matrix3(
            geometry.AxisI * geometry.Spacing.X, geometry.AxisJ * geometry.Spacing.Y,
            geometry.AxisK * geometry.Spacing.Z).Inverse();
        double minI = double.MaxValue, minJ = double.MaxValue, minK = double.MaxValue;
        double maxI = double.MinValue, maxJ = double.MinValue, maxK = double.MinValue;
        foreach (var sx in new[] { -1, 1 })
        foreach (var sy in new[] { -1, 1 })
        foreach (var sz in new[] { -1, 1 })
        {
            var corner = shape.Centre + new Vector3D(sx * reach.X, sy * reach.Y, sz * reach.Z);
            var index = toVoxel * (pose.ToWorld(corner) - geometry.Origin);
            (minI, maxI) = (Math.Min(minI, index.X), Math.Max(maxI, index.X));
            (minJ, maxJ) = (Math.Min(minJ, index.Y), Math.Max(maxJ, index.Y));
            (minK, maxK) = (Math.Min(minK, index.Z), Math.Max(maxK, index.Z));
        }

        return new VoxelBox(
            Clip(Math.Floor(minI), size.X), Clip(Math.Ceiling(maxI), size.X),
            Clip(Math.Floor(minJ), size.Y), Clip(Math.Ceiling(maxJ), size.Y),
            Clip(Math.Floor(minK), size.Z), Clip(Math.Ceiling(maxK), size.Z));
    }

    private static int Clip(double index, int count) => (int)Math.Clamp(index, 0, count - 1);
}
