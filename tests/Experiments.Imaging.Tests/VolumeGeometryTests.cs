using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Tests;

public class VolumeGeometryTests
{
    [Fact]
    public void Affine_round_trips_through_FromAffine()
    {
        var geometry = new VolumeGeometry(
            new Vector3D(0.5, 0.6, 5), new Vector3D(-100, 20, 3),
            new Vector3D(-1, 0, 0), new Vector3D(0, -1, 0), new Vector3D(0, 0, 1));

        var back = VolumeGeometry.FromAffine(geometry.Affine);

        Assert.True(back.MaxAffineDifference(geometry) < 1e-12);
        Assert.Equal(new Vector3D(-100 - 0.5 * 2, 20 - 0.6 * 3, 3 + 5 * 4), geometry.VoxelToWorld(2, 3, 4));
    }
}
