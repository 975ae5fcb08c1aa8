using System.Text.Json;
using Experiments.Imaging.Nifti;
using Experiments.Testing;

namespace Experiments.Imaging.Tests.Nifti;

/// <summary>Our files read by nibabel, and every shared NIfTI file read by both, must agree.</summary>
public class NibabelCrossCheckTests
{
    private const double AffineToleranceMm = 1e-4;

    [Fact]
    public void Nibabel_reads_our_files_with_the_same_affine_and_voxels()
    {
        using var folder = new TemporaryFolder();
        var written = new (string Name, Volume Volume, NiftiStorageType Storage)[]
        {
            ("oblique.nii.gz", TestVolumes.Ct(TestVolumes.Oblique()), NiftiStorageType.Float32),
            ("sheared.nii", TestVolumes.Ct(TestVolumes.Sheared()), NiftiStorageType.Float32),
            ("ct16.nii.gz", TestVolumes.Ct(TestVolumes.Oblique(), wholeNumbers: true), NiftiStorageType.Int16),
            ("mask.nii.gz", TestVolumes.Mask(TestVolumes.Sheared(), labels: 2), NiftiStorageType.UInt8),
        };
        foreach (var (name, volume, storage) in written)
        {
            NiftiWriter.Write(volume, folder.File(name), new NiftiWriteOptions(storage));
        }

        var seen = Nibabel.Load(written.Select(w => folder.File(w.Name)), withValues: true);

        for (var n = 0; n < written.Length; n++)
        {
            var (name, volume, _) = written[n];
            MatrixAssert.Near(volume.Geometry.Affine, seen[n].Matrix("affine"), AffineToleranceMm, name + " affine");
            Assert.Equal(new long[] { volume.Size.X, volume.Size.Y, volume.Size.Z }, seen[n].Longs("shape"));
            Assert.Equal(volume.Voxels.Select(v => (double)v), seen[n].Doubles("values"));
        }
    }

    [Fact]
    public void Nibabel_reads_the_qform_of_an_unsheared_file_as_the_same_affine()
    {
        using var folder = new TemporaryFolder();
        var volume = TestVolumes.Ct(TestVolumes.Oblique());
        NiftiWriter.Write(volume, folder.File("oblique.nii"));

        var seen = Nibabel.Load([folder.File("oblique.nii")]).Single();

        MatrixAssert.Near(volume.Geometry.Affine, seen.Matrix("qform"), AffineToleranceMm, "qform");
    }

    [Fact]
    public void Every_shared_nifti_file_reads_as_nibabel_reads_it()
    {
        var paths = Directory.EnumerateFiles(RepositoryPaths.SharedData, "*.nii*", SearchOption.AllDirectories)
            .Order().ToArray();
        Assert.True(paths.Length >= 19, $"expected the 19 shared NIfTI files, found {paths.Length}");

        var seen = Nibabel.Load(paths);

        for (var n = 0; n < paths.Length; n++)
        {
            var image = new NiftiReader().Read(paths[n]);
            var name = Path.GetRelativePath(RepositoryPaths.SharedData, paths[n]);
            MatrixAssert.Near(seen[n].Matrix("affine"), image.Affine, AffineToleranceMm, name + " affine");
            Assert.Equal(seen[n].Longs("shape"), image.Header.Shape);
            var volumes = Enumerable.Range(0, image.VolumeCount).Select(t => image.GetVolume(t));
            var statistics = VolumeStatistics.Of(volumes);
            AssertNear(seen[n], "min", statistics.Min, name);
            AssertNear(seen[n], "max", statistics.Max, name);
            AssertNear(seen[n], "mean", statistics.Mean, name);
            Assert.Equal(seen[n].GetProperty("nonzero").GetInt64(), statistics.NonZeroCount);
        }
    }

    private static void AssertNear(JsonElement seen, string name, double actual, string file) =>
        MatrixAssert.Relative(seen.GetProperty(name).GetDouble(), actual, 1e-6, $"{file} {name}");
}
