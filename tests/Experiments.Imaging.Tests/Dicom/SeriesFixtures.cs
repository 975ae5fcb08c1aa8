using Experiments.Imaging.Dicom.Writing;
using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Tests.Dicom;

/// <summary>Builds test series with our writer: whole volumes, or chosen slices of one, into one folder.</summary>
internal static class SeriesFixtures
{
    public static readonly GridSize Size = new(12, 10, 6);

    /// <summary>An axial RAS grid: 0.5 mm pixels, 2 mm slices.</summary>
    public static VolumeGeometry AxialGeometry() => new(new Vector3D(0.5, 0.5, 2), new Vector3D(-3, 7, -20),
        new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));

    public static Volume Phantom(VolumeGeometry? geometry = null) =>
        SyntheticVolumes.Phantom(Size, geometry ?? AxialGeometry());

    /// <summary>Writes slices <paramref name="slices"/> of <paramref name="volume"/> into <paramref name="folder"/>,
    /// named with <paramref name="prefix"/> so that several writes can share a folder.</summary>
    public static void WriteSlices(
        string folder, Volume volume, IEnumerable<int> slices, CtSeriesDescription description, string prefix)
    {
        var staging = Path.Combine(folder, "staging-" + prefix);
        foreach (var k in slices)
        {
            var slice = SliceOf(volume, k);
            var written = DicomSeriesWriter.Write(staging, slice, description with
            {
                UidSeed = $"{description.UidSeed}/{k}",
            });
            File.Move(written[0], Path.Combine(folder, $"{prefix}-{k:D3}.dcm"));
        }

        Directory.Delete(staging, recursive: true);
    }

    private static Volume SliceOf(Volume volume, int k)
    {
        var g = volume.Geometry;
        var geometry = g with { Origin = g.VoxelToWorld(0, 0, k) };
        var length = volume.Size.X * volume.Size.Y;
        return new Volume(volume.Size with { Z = 1 }, geometry, volume.Voxels.AsSpan(k * length, length).ToArray());
    }
}
