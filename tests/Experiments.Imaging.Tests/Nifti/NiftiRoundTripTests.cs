using Experiments.Imaging.Geometry;
using Experiments.Imaging.Nifti;
using Experiments.Testing;

namespace Experiments.Imaging.Tests.Nifti;

/// <summary>Volumes written by our writer and read back by our reader keep geometry and values.</summary>
public class NiftiRoundTripTests
{
    /// <summary>The sform is stored as float32: entries up to ~120 mm keep about 1e-5 mm.</summary>
    private const double AffineToleranceMm = 1e-4;

    [Theory]
    [InlineData("ct.nii", NiftiStorageType.Float32)]
    [InlineData("ct.nii.gz", NiftiStorageType.Float32)]
    [InlineData("ct16.nii.gz", NiftiStorageType.Int16)]
    public void Written_ct_reads_back_with_the_same_values_and_affine(string name, NiftiStorageType storage)
    {
        using var folder = new TemporaryFolder();
        var volume = TestVolumes.Ct(TestVolumes.Oblique(), wholeNumbers: storage != NiftiStorageType.Float32);

        NiftiWriter.Write(volume, folder.File(name), new NiftiWriteOptions(storage));
        var image = new NiftiReader().Read(folder.File(name));

        Assert.Equal(volume.Size, image.Size);
        Assert.Equal(1, image.VolumeCount);
        Assert.Equal(NiftiAffineSource.Sform, image.AffineSource);
        Assert.True(image.Geometry.MaxAffineDifference(volume.Geometry) < AffineToleranceMm);
        Assert.Equal(volume.Voxels, image.GetVolume().Voxels);
    }

    [Fact]
    public void Written_uint8_mask_keeps_its_labels_and_both_forms_agree()
    {
        using var folder = new TemporaryFolder();
        var mask = TestVolumes.Mask(TestVolumes.Oblique(), labels: 3);
        var logger = new RecordingLogger<NiftiReader>();

        NiftiWriter.Write(mask, folder.File("mask.nii.gz"), new NiftiWriteOptions(NiftiStorageType.UInt8, FormCode: 2));
        var image = new NiftiReader(logger).Read(folder.File("mask.nii.gz"));

        Assert.Equal(NiftiDataType.UInt8, image.Header.DataType);
        Assert.Equal(2, image.Header.QformCode);
        Assert.Equal(2, image.Header.SformCode);
        Assert.Equal(mask.Voxels, image.GetVolume().Voxels);
        MatrixAssert.Near(
            NiftiAffines.Sform(image.Header), NiftiAffines.Qform(image.Header), AffineToleranceMm, "qform");
        Assert.Empty(logger.Warnings);
    }

    [Fact]
    public void Sheared_geometry_keeps_its_exact_sform_and_a_nearest_rotation_qform()
    {
        using var folder = new TemporaryFolder();
        var volume = TestVolumes.Ct(TestVolumes.Sheared());
        var logger = new RecordingLogger<NiftiReader>();

        NiftiWriter.Write(volume, folder.File("sheared.nii.gz"), new NiftiWriteOptions());
        var image = new NiftiReader(logger).Read(folder.File("sheared.nii.gz"));

        Assert.Equal(NiftiAffineSource.Sform, image.AffineSource);
        Assert.True(image.Geometry.MaxAffineDifference(volume.Geometry) < AffineToleranceMm);
        var qform = VolumeGeometry.FromAffine(NiftiAffines.Qform(image.Header));
        Assert.Equal(0, qform.AxisI.Dot(qform.AxisJ), 6);
        Assert.Equal(0, qform.AxisJ.Dot(qform.AxisK), 6);
        Assert.Equal(0, qform.AxisI.Dot(qform.AxisK), 6);
        Assert.True(qform.Spacing.Z > 2.369 && qform.Spacing.Z < 2.371);
        Assert.Single(logger.Warnings, w => w.Contains("sform and qform differ"));
    }

    [Fact]
    public void Rotation_of_a_sheared_grid_is_the_polar_factor_halfway_between_the_tilted_axes()
    {
        // Axes j = (0,1,0) and k = (0, sin t, cos t): the closest rotation turns both by t/2 towards each other.
        var tilt = 18.5 * Math.PI / 180;
        var qform = NiftiQform.Of(TestVolumes.Sheared());

        var rotation = qform.Quaternion.ToRotation();

        Assert.Equal(1, qform.Qfac);
        Assert.Equal(Math.Cos(tilt / 2), rotation.Column1.Y, 12);
        Assert.Equal(-Math.Sin(tilt / 2), rotation.Column1.Z, 12);
        Assert.Equal(Math.Sin(tilt / 2), rotation.Column2.Y, 12);
        Assert.Equal(Math.Cos(tilt / 2), rotation.Column2.Z, 12);
    }

    [Fact]
    public void Integer_storage_refuses_values_it_cannot_hold_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        var volume = TestVolumes.Ct(TestVolumes.Oblique(), wholeNumbers: true);
        volume[1, 0, 0] = 0.5f;

        var error = Assert.Throws<ArgumentException>(() =>
            NiftiWriter.Write(volume, folder.File("mask.nii"), new NiftiWriteOptions(NiftiStorageType.Int16)));

        Assert.Contains("voxel 1 holds 0.5", error.Message);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
