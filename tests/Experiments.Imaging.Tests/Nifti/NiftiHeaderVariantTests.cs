using System.Buffers.Binary;
using Experiments.Imaging.Nifti;
using Experiments.Testing;

namespace Experiments.Imaging.Tests.Nifti;

/// <summary>Header layouts and affine choices the shared files do not all cover, built from our own output.</summary>
public class NiftiHeaderVariantTests
{
    [Fact]
    public void Hdr_img_pair_reads_like_the_single_file()
    {
        using var folder = new TemporaryFolder();
        var single = NiftiBadFileTests.ValidFileBytes();
        var header = single[..348];
        "ni1\0"u8.CopyTo(header.AsSpan(344));
        BinaryPrimitives.WriteSingleLittleEndian(header.AsSpan(108), 0);
        NiftiBadFileTests.WriteBytes(folder, "pair.hdr", header);
        NiftiBadFileTests.WriteBytes(folder, "pair.img", single[352..]);
        var expected = new NiftiReader().Read(NiftiBadFileTests.WriteBytes(folder, "single.nii", single));

        var fromHeader = new NiftiReader().Read(folder.File("pair.hdr"));
        var fromImage = new NiftiReader().Read(folder.File("pair.img"));

        Assert.Equal(expected.GetVolume().Voxels, fromHeader.GetVolume().Voxels);
        Assert.Equal(expected.GetVolume().Voxels, fromImage.GetVolume().Voxels);
        Assert.Equal(0, fromHeader.Geometry.MaxAffineDifference(expected.Geometry));
    }

    [Fact]
    public void Big_endian_file_reads_like_its_little_endian_twin()
    {
        using var folder = new TemporaryFolder();
        var little = NiftiBadFileTests.ValidFileBytes();
        var big = ToBigEndianFloat32(little);
        var expected = new NiftiReader().Read(NiftiBadFileTests.WriteBytes(folder, "little.nii", little));

        var image = new NiftiReader().Read(NiftiBadFileTests.WriteBytes(folder, "big.nii", big));

        Assert.True(image.Header.IsBigEndian);
        Assert.Equal(expected.GetVolume().Voxels, image.GetVolume().Voxels);
        Assert.Equal(0, image.Geometry.MaxAffineDifference(expected.Geometry));
    }

    [Fact]
    public void Singular_sform_falls_back_to_the_qform_with_a_warning()
    {
        using var folder = new TemporaryFolder();
        var bytes = NiftiBadFileTests.ValidFileBytes();
        var expected = new NiftiReader().Read(NiftiBadFileTests.WriteBytes(folder, "good.nii", bytes));
        bytes.AsSpan(280, 48).Clear();
        var logger = new RecordingLogger<NiftiReader>();

        var image = new NiftiReader(logger).Read(NiftiBadFileTests.WriteBytes(folder, "singular.nii", bytes));

        Assert.Equal(NiftiAffineSource.Qform, image.AffineSource);
        Assert.True(image.Geometry.MaxAffineDifference(expected.Geometry) < 1e-4);
        Assert.Single(logger.Warnings, w => w.Contains("singular") && w.Contains("singular.nii"));
    }

    [Fact]
    public void Qform_is_used_when_the_sform_code_is_zero()
    {
        using var folder = new TemporaryFolder();
        var bytes = NiftiBadFileTests.ValidFileBytes();
        var expected = new NiftiReader().Read(NiftiBadFileTests.WriteBytes(folder, "both.nii", bytes));
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(254), 0);

        var image = new NiftiReader().Read(NiftiBadFileTests.WriteBytes(folder, "qform-only.nii", bytes));

        Assert.Equal(NiftiAffineSource.Qform, image.AffineSource);
        Assert.True(image.Geometry.MaxAffineDifference(expected.Geometry) < 1e-4);
    }

    [Fact]
    public void File_without_forms_gets_nibabels_centred_pixdim_affine_with_a_warning()
    {
        var logger = new RecordingLogger<NiftiReader>();

        var image = new NiftiReader(logger).Read(RepositoryPaths.SharedFile("nifti/niivue/minimal.nii.gz"));

        // 64 x 64 x 10 voxels of 3 mm: centre at ((64-1)/2, (64-1)/2, (10-1)/2) voxels, i flipped.
        MatrixAssert.Near(new double[,] { { -3, 0, 0, 94.5 }, { 0, 3, 0, -94.5 }, { 0, 0, 3, -13.5 }, { 0, 0, 0, 1 } },
            image.Affine, 1e-9, "affine");
        Assert.Equal(NiftiAffineSource.PixdimOnly, image.AffineSource);
        Assert.Single(logger.Warnings, w => w.Contains("neither a qform nor an sform"));
    }

    [Fact]
    public void Scaling_slope_of_zero_means_identity()
    {
        var image = new NiftiReader().Read(RepositoryPaths.SharedFile("nifti/niivue/minimal.nii.gz"));

        Assert.Equal(0, image.Header.SclSlope);
        Assert.False(image.Header.HasScaling);
        Assert.Equal(image.GetVolume(scaled: false).Voxels, image.GetVolume().Voxels);
    }

    [Fact]
    public void Sheared_ct_warns_that_sform_and_qform_disagree_and_uses_the_sform()
    {
        var logger = new RecordingLogger<NiftiReader>();

        var image = new NiftiReader(logger).Read(RepositoryPaths.SharedFile("ct/niivue/shear.nii.gz"));

        Assert.Equal(NiftiAffineSource.Sform, image.AffineSource);
        Assert.Single(logger.Warnings, w => w.Contains("sform and qform differ"));
    }

    [Fact]
    public void Nifti2_header_gives_the_same_geometry_as_its_qform_and_sform_fields()
    {
        var image = new NiftiReader().Read(RepositoryPaths.SharedFile("nifti/nibabel/example_nifti2.nii.gz"));

        Assert.Equal(2, image.Header.Version);
        Assert.Equal(new long[] { 32, 20, 12, 2 }, image.Header.Shape);
        Assert.Equal(2, image.VolumeCount);
        Assert.Equal(NiftiAffineSource.Sform, image.AffineSource);
        Assert.Equal(-2, image.Affine[0, 0], 4);
        Assert.Equal(117.8551, image.Affine[0, 3], 4);
    }

    /// <summary>Byte-swaps every header field the writer sets and every float32 voxel.</summary>
    private static byte[] ToBigEndianFloat32(byte[] little)
    {
        var big = (byte[])little.Clone();
        void Swap(int offset, int size) => big.AsSpan(offset, size).Reverse();
        Swap(0, 4);
        for (var i = 0; i < 8; i++)
        {
            Swap(40 + 2 * i, 2);
        }

        Swap(70, 2);
        Swap(72, 2);
        for (var offset = 76; offset < 120; offset += 4)
        {
            Swap(offset, 4);
        }

        Swap(252, 2);
        Swap(254, 2);
        for (var offset = 256; offset < 328; offset += 4)
        {
            Swap(offset, 4);
        }

        for (var offset = 352; offset < big.Length; offset += 4)
        {
            Swap(offset, 4);
        }

        return big;
    }
}
