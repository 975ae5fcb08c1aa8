using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Tests.Nifti;

/// <summary>Small volumes with known geometry and seeded voxel values for write-and-read tests.</summary>
internal static class TestVolumes
{
    /// <summary>An oblique (rotated, left-handed) but unsheared grid: LPS-like axes, 20 degrees about x.</summary>
    public static VolumeGeometry Oblique()
    {
        var angle = 20 * Math.PI / 180;
        return new VolumeGeometry(
            new Vector3D(0.45, 0.5, 5), new Vector3D(-110.25, 95.5, -42.75),
            new Vector3D(-1, 0, 0),
            new Vector3D(0, -Math.Cos(angle), Math.Sin(angle)),
            new Vector3D(0, Math.Sin(angle), Math.Cos(angle)));
    }

    /// <summary>A gantry-tilt grid: the k axis leans 18.5 degrees towards j, so the axes are not orthogonal.</summary>
    public static VolumeGeometry Sheared()
    {
        var tilt = 18.5 * Math.PI / 180;
        return new VolumeGeometry(
            new Vector3D(0.48, 0.48, 2.37), new Vector3D(-94.4, -117.1, -102.2),
            new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, Math.Sin(tilt), Math.Cos(tilt)));
    }

    /// <summary>CT-like values: whole Hounsfield units from -1024 to 3071 plus a fraction, seeded.</summary>
    public static Volume Ct(VolumeGeometry geometry, int seed = 7, bool wholeNumbers = false)
    {
        var random = new Random(seed);
        var volume = new Volume(new GridSize(7, 6, 5), geometry);
        for (var i = 0; i < volume.Voxels.Length; i++)
        {
            var value = random.Next(-1024, 3072);
            volume.Voxels[i] = wholeNumbers ? value : value + (float)random.NextDouble();
        }

        return volume;
    }

    /// <summary>A label mask with values 0 to <paramref name="labels"/>, seeded.</summary>
    public static Volume Mask(VolumeGeometry geometry, int labels, int seed = 11)
    {
        var random = new Random(seed);
        var volume = new Volume(new GridSize(7, 6, 5), geometry);
        for (var i = 0; i < volume.Voxels.Length; i++)
        {
            volume.Voxels[i] = random.Next(0, labels + 1);
        }

        return volume;
    }
}
