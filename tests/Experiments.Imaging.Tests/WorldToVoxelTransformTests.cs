using Experiments.Imaging.Geometry;
using Experiments.Imaging.Tests.Nifti;

namespace Experiments.Imaging.Tests;

public class WorldToVoxelTransformTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(6, 5, 4)]
    [InlineData(2.5, -1.25, 3.75)]
    public void World_to_voxel_inverts_voxel_to_world_on_a_sheared_grid(double i, double j, double k)
    {
        var geometry = TestVolumes.Sheared();

        var back = new WorldToVoxelTransform(geometry).Apply(geometry.VoxelToWorld(i, j, k));

        Assert.Equal(i, back.X, 10);
        Assert.Equal(j, back.Y, 10);
        Assert.Equal(k, back.Z, 10);
    }

    [Fact]
    public void Sheared_grid_moves_along_y_when_stepping_in_k()
    {
        // Tilt 18.5 degrees, 2.37 mm slices: one k step moves 2.37 * sin(18.5 deg) = 0.7520 mm along y.
        var geometry = TestVolumes.Sheared();

        var step = geometry.VoxelToWorld(0, 0, 1) - geometry.VoxelToWorld(0, 0, 0);

        Assert.Equal(0.7520, step.Y, 4);
        Assert.Equal(2.2475, step.Z, 4);
    }

    [Fact]
    public void Degenerate_geometry_is_refused()
    {
        var flat = new VolumeGeometry(new Vector3D(1, 1, 1), new Vector3D(0, 0, 0),
            new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(1, 0, 0));

        Assert.Throws<ArgumentException>(() => new WorldToVoxelTransform(flat));
    }

    [Theory]
    [InlineData(1, 1, 1, "RAS")]
    [InlineData(-1, -1, 1, "LPS")]
    [InlineData(-1, 1, 1, "LAS")]
    public void Axis_codes_name_where_each_voxel_axis_points(double x, double y, double z, string expected)
    {
        var geometry = new VolumeGeometry(new Vector3D(1, 1, 1), new Vector3D(0, 0, 0),
            new Vector3D(x, 0, 0), new Vector3D(0, y, 0), new Vector3D(0, 0, z));

        Assert.Equal(expected, AxisCodes.Of(geometry));
    }
}
