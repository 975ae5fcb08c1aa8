using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Tests;

public class VolumeStatisticsTests
{
    [Fact]
    public void Statistics_of_known_values_are_exact()
    {
        // Values 0, 0, 2, 4, 4, 4, 5, 7 (the classic example): mean 3.25, population std sqrt(5.1875).
        var volume = new Volume(new GridSize(2, 2, 2), VolumeGeometry.Identity(new Vector3D(1, 1, 1)),
            [0, 0, 2, 4, 4, 4, 5, 7]);

        var statistics = VolumeStatistics.Of(volume);

        Assert.Equal(new VolumeStatistics(8, 0, 7, 3.25, Math.Sqrt(5.1875), 6), statistics);
    }

    [Fact]
    public void Statistics_over_several_volumes_pool_their_voxels()
    {
        var geometry = VolumeGeometry.Identity(new Vector3D(1, 1, 1));
        var first = new Volume(new GridSize(2, 1, 1), geometry, [-1024, 0]);
        var second = new Volume(new GridSize(2, 1, 1), geometry, [40, 80]);

        var statistics = VolumeStatistics.Of([first, second]);

        Assert.Equal(-1024, statistics.Min);
        Assert.Equal(80, statistics.Max);
        Assert.Equal(-226, statistics.Mean);
        Assert.Equal(3, statistics.NonZeroCount);
    }
}
