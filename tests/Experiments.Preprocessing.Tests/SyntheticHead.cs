using Experiments.Contracts.Preprocessing;
using Experiments.Imaging;
using Experiments.Imaging.Geometry;

namespace Experiments.Preprocessing.Tests;

/// <summary>
/// A small head CT phantom: ellipsoidal brain (30 HU +- 5) with a spherical hematoma (70 HU),
/// a skull shell 15 % of the radius thick (400-1600 HU), scalp (40 HU), air (-1000 HU) around it.
/// </summary>
internal static class SyntheticHead
{
    public static readonly GridSize Size = new(80, 80, 16);
    public static readonly Vector3D Spacing = new(2.5, 2.5, 5);
    public static readonly Vector3D BrainRadii = new(65, 80, 70);

    public static ImagingCase Case(string id = "phantom-01", ulong seed = 11)
    {
        var geometry = new VolumeGeometry(Spacing, new Vector3D(-98.75, -98.75, -37.5),
            new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));
        var image = new Volume(Size, geometry);
        var hematoma = new Volume(Size, geometry);
        var random = new Lcg(seed);
        for (var k = 0; k < Size.Z; k++)
        for (var j = 0; j < Size.Y; j++)
        for (var i = 0; i < Size.X; i++)
        {
            var p = geometry.VoxelToWorld(i, j, k);
            var r = Radius(p);
            var inHematoma = (p - new Vector3D(20, 10, 0)).Length <= 12;
            image[i, j, k] = r <= 1 ? (inHematoma ? 70 : 30) + (float)(random.Next() * 10 - 5)
                : r <= 1.15 ? 400 + (float)(random.Next() * 1200) : r <= 1.22 ? 40 : -1000;
            hematoma[i, j, k] = inHematoma ? 1 : 0;
        }

        return new ImagingCase(id, image, new Dictionary<string, Volume> { ["hematoma"] = hematoma });
    }

    /// <summary>The phantom's true brain: voxel centres inside the brain ellipsoid.</summary>
    public static bool InBrain(Volume volume, int i, int j, int k) =>
        Radius(volume.Geometry.VoxelToWorld(i, j, k)) <= 1;

    private static double Radius(Vector3D p) => Math.Sqrt(
        p.X * p.X / (BrainRadii.X * BrainRadii.X) + p.Y * p.Y / (BrainRadii.Y * BrainRadii.Y)
        + p.Z * p.Z / (BrainRadii.Z * BrainRadii.Z));
}
