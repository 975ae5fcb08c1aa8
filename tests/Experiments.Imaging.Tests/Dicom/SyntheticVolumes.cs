using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Tests.Dicom;

/// <summary>Small seeded HU volumes with known geometry for writer and series tests.</summary>
internal static class SyntheticVolumes
{
    /// <summary>A head-like phantom: air, a -1000..1500 HU gradient and a seeded noise term.</summary>
    public static Volume Phantom(GridSize size, VolumeGeometry geometry, int seed = 7)
    {
        var random = new Random(seed);
        var volume = new Volume(size, geometry);
        for (var z = 0; z < size.Z; z++)
        {
            for (var y = 0; y < size.Y; y++)
            {
                for (var x = 0; x < size.X; x++)
                {
                    var ramp = -1000 + 2500.0 * (x + 2 * y + 3 * z) / (size.X + 2 * size.Y + 3 * size.Z);
                    volume[x, y, z] = (float)Math.Round(ramp + random.Next(-20, 21));
                }
            }
        }

        return volume;
    }

    /// <summary>An oblique RAS geometry (rotated about z and x) with anisotropic spacing.</summary>
    public static VolumeGeometry ObliqueGeometry()
    {
        var a = 10 * Math.PI / 180;
        var b = 5 * Math.PI / 180;
        var axisI = new Vector3D(-Math.Cos(a), -Math.Sin(a), 0);
        var axisJ = new Vector3D(Math.Sin(a) * Math.Cos(b), -Math.Cos(a) * Math.Cos(b), Math.Sin(b));
        var axisK = axisI.Cross(axisJ).Normalized() * -1;
        return new VolumeGeometry(new Vector3D(0.48828125, 0.48828125, 2.5), new Vector3D(121.3, 134.7, -47.25),
            axisI, axisJ, axisK);
    }
}
