using System.Text.Json;
using Experiments.Imaging;
using Experiments.Imaging.Geometry;
using Experiments.Imaging.Resampling;

namespace Experiments.Preprocessing.Tests;

/// <summary>
/// Compares with <c>scipy.ndimage.map_coordinates(order=3, 1 or 0, mode="constant", cval=-7)</c>
/// at the output voxel centres of a scaled and of a rotated grid (some outside the input).
/// Tolerance 1e-4 on values around 40 +- 60: float32 output of a double computation.
/// </summary>
public sealed class ResamplingAgainstSciPyTests
{
    private const double Tolerance = 1e-4;

    [Theory]
    [InlineData("scaled", Interpolation.Cubic, "cubic")]
    [InlineData("rotated", Interpolation.Cubic, "cubic")]
    [InlineData("scaled", Interpolation.Linear, "linear")]
    [InlineData("rotated", Interpolation.Linear, "linear")]
    [InlineData("scaled", Interpolation.Nearest, "nearest")]
    [InlineData("rotated", Interpolation.Nearest, "nearest")]
    public void Resampled_values_match_scipy(string gridName, Interpolation interpolation, string expectedKey)
    {
        var expected = ExpectedValues.Load("resample-scipy.json");
        var source = SourceVolume(expected);
        var grid = expected.GetProperty("grids").GetProperty(gridName);
        var (size, geometry) = Grid(grid);

        var result = VolumeResampler.Resample(source, size, geometry, interpolation, -7f);

        var values = grid.GetProperty(expectedKey).EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal(values.Length, result.Voxels.Length);
        Assert.Contains(values, v => v == -7.0);
        for (var n = 0; n < values.Length; n++)
        {
            Assert.True(Math.Abs(values[n] - result.Voxels[n]) <= Tolerance,
                $"voxel {n}: scipy {values[n]}, ours {result.Voxels[n]}");
        }
    }

    private static Volume SourceVolume(JsonElement expected)
    {
        var size = expected.GetProperty("size").EnumerateArray().Select(v => v.GetInt32()).ToArray();
        var random = new Lcg(expected.GetProperty("seed").GetUInt64());
        var gridSize = new GridSize(size[0], size[1], size[2]);
        var voxels = new float[gridSize.VoxelCount];
        for (var n = 0; n < voxels.Length; n++)
        {
            voxels[n] = (float)random.Bell(40, 30);
        }

        return new Volume(gridSize, VolumeGeometry.Identity(new Vector3D(1, 1, 1)), voxels);
    }

    private static (GridSize, VolumeGeometry) Grid(JsonElement grid)
    {
        double[] Array(string name) => grid.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Vector3D V(double[] v) => new(v[0], v[1], v[2]);
        var axes = grid.GetProperty("axes").EnumerateArray()
            .Select(a => V(a.EnumerateArray().Select(v => v.GetDouble()).ToArray())).ToArray();
        var size = Array("size");
        return (new GridSize((int)size[0], (int)size[1], (int)size[2]),
            new VolumeGeometry(V(Array("spacing")), V(Array("origin")), axes[0], axes[1], axes[2]));
    }
}
