using System.Security.Cryptography;
using Experiments.Imaging.Dicom.Writing;
using Experiments.Imaging.Geometry;
using Experiments.Testing;

namespace Experiments.Imaging.Tests.Dicom;

public class DicomSeriesWriterTests
{
    private static readonly GridSize Size = new(24, 20, 5);

    [Fact]
    public void Same_seed_writes_byte_identical_files()
    {
        using var first = new TemporaryFolder();
        using var second = new TemporaryFolder();
        var volume = SyntheticVolumes.Phantom(Size, SyntheticVolumes.ObliqueGeometry());
        var description = new CtSeriesDescription { UidSeed = "case-001" };

        var a = DicomSeriesWriter.Write(first.Path, volume, description);
        var b = DicomSeriesWriter.Write(second.Path, volume, description);

        Assert.Equal(5, a.Count);
        Assert.Equal(a.Select(Hash), b.Select(Hash));
    }

    [Fact]
    public void Different_seeds_give_different_series_uids()
    {
        using var first = new TemporaryFolder();
        using var second = new TemporaryFolder();
        var volume = SyntheticVolumes.Phantom(Size, SyntheticVolumes.ObliqueGeometry());

        var a = DicomSeriesWriter.Write(first.Path, volume, new CtSeriesDescription { UidSeed = "one" });
        var b = DicomSeriesWriter.Write(second.Path, volume, new CtSeriesDescription { UidSeed = "two" });

        Assert.NotEqual(Hash(a[0]), Hash(b[0]));
    }

    [Fact]
    public void Written_files_pass_dcmdump_without_warnings()
    {
        using var folder = new TemporaryFolder();
        var volume = SyntheticVolumes.Phantom(Size, SyntheticVolumes.ObliqueGeometry());
        var files = DicomSeriesWriter.Write(folder.Path, volume, new CtSeriesDescription { UidSeed = "dump" });

        var result = ExternalTool.Run("dcmdump", [.. files]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.StandardError);
        Assert.DoesNotContain("W: ", result.StandardOutput);
        Assert.Contains("(0002,0010) UI =LittleEndianExplicit", result.StandardOutput);
        Assert.Contains("(0008,0016) UI =CTImageStorage", result.StandardOutput);
    }

    [Fact]
    public void Out_of_range_hounsfield_value_is_refused_with_the_voxel_named()
    {
        using var folder = new TemporaryFolder();
        var volume = new Volume(new GridSize(2, 2, 1), VolumeGeometry.Identity(new Vector3D(1, 1, 1)));
        volume[1, 0, 0] = 40000;

        var error = Assert.Throws<ArgumentException>(
            () => DicomSeriesWriter.Write(folder.Path, volume, new CtSeriesDescription()));

        Assert.Contains("Voxel (1, 0, 0) = 40000 HU", error.Message);
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
