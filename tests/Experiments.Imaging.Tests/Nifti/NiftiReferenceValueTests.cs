using System.Text.Json;
using Experiments.Imaging.Geometry;
using Experiments.Imaging.Nifti;
using Experiments.Testing;

namespace Experiments.Imaging.Tests.Nifti;

/// <summary>
/// Every NIfTI value in the shared reference.json (computed there with nibabel 5.0.0) reproduced by
/// our reader. Affines within 1e-4 mm; value statistics within 1e-6 relative (we decode to float32,
/// nibabel to float64).
/// </summary>
public class NiftiReferenceValueTests
{
    private const double AffineToleranceMm = 1e-4;
    private const double StatisticsRelativeTolerance = 1e-6;

    private static readonly string[] ReferencedPaths =
    [
        "nifti/nibabel/anatomical.nii",
        "nifti/nibabel/example4d.nii.gz",
        "nifti/nibabel/standard.nii.gz",
        "nifti/niivue/low_res.nii.gz",
        "nifti/niivue/LPI.nii.gz",
        "nifti/niivue/spmMotor.nii.gz",
        "ct/niivue-images/CT_AVM.nii.gz",
        "ct/totalsegmentator/example_ct_sm.nii.gz",
        "ct/totalsegmentator/example_seg.nii.gz",
    ];

    public static TheoryData<string> ReferencedFiles() => new(ReferencedPaths);

    [Fact]
    public void Every_nifti_file_in_reference_json_is_covered_here()
    {
        var covered = ReferencedPaths.Order();

        Assert.Equal(NiftiReference.Paths.Order(), covered);
    }

    [Theory]
    [MemberData(nameof(ReferencedFiles))]
    public void Header_fields_match_the_reference(string relativePath)
    {
        var expected = NiftiReference.For(relativePath);

        var header = Read(relativePath).Header;

        Assert.Equal(expected.GetProperty("nifti_version").GetInt32(), header.Version);
        Assert.Equal(expected.GetProperty("header_endianness").GetString() == "big", header.IsBigEndian);
        Assert.Equal(expected.GetProperty("magic").GetString(), header.Magic);
        Assert.Equal(expected.Longs("dim").Take(1 + (int)header.Dim[0]), header.Dim.Take(1 + (int)header.Dim[0]));
        Assert.Equal(expected.Longs("shape"), header.Shape);
        Assert.Equal(expected.GetProperty("datatype_code").GetInt16(), header.DataTypeCode);
        Assert.Equal(expected.GetProperty("datatype").GetString(), header.DataType.DisplayName());
        Assert.Equal(expected.GetProperty("bitpix").GetInt16(), header.BitPix);
        Assert.Equal(expected.Doubles("pixdim"), header.PixDim);
        Assert.Equal(expected.GetProperty("qfac_pixdim0").GetDouble(), header.PixDim[0]);
        Assert.Equal(expected.GetProperty("xyzt_units").GetProperty("raw").GetInt32(), header.XyztUnits);
        Assert.Equal(expected.GetProperty("qform_code").GetInt32(), header.QformCode);
        Assert.Equal(expected.GetProperty("sform_code").GetInt32(), header.SformCode);
        Assert.Equal(expected.Doubles("quatern_bcd"), new[] { header.QuaternB, header.QuaternC, header.QuaternD });
        Assert.Equal(expected.Doubles("qoffset_xyz"), new[] { header.QOffset.X, header.QOffset.Y, header.QOffset.Z });
        Assert.Equal(expected.GetProperty("scl_slope_raw").GetDouble(), header.SclSlope);
        Assert.Equal(expected.GetProperty("scl_inter_raw").GetDouble(), header.SclInter);
        Assert.Equal(expected.GetProperty("intent_code").GetInt32(), header.IntentCode);
        Assert.Equal(expected.GetProperty("descrip").GetString(), header.Description);
    }

    [Theory]
    [MemberData(nameof(ReferencedFiles))]
    public void Qform_sform_and_chosen_affine_match_nibabel(string relativePath)
    {
        var expected = NiftiReference.For(relativePath);

        var image = Read(relativePath);

        MatrixAssert.Near(expected.Matrix("qform_matrix"), QformAsNibabelShowsIt(image.Header), AffineToleranceMm,
            "qform");
        MatrixAssert.Near(
            expected.Matrix("sform_matrix"), NiftiAffines.Sform(image.Header), AffineToleranceMm, "sform");
        MatrixAssert.Near(expected.Matrix("affine_nibabel"), image.Affine, AffineToleranceMm, "affine");
        MatrixAssert.Near(expected.Matrix("affine_nibabel"), image.Geometry.Affine, AffineToleranceMm, "geometry");
        var axisCodes = string.Concat(
            expected.GetProperty("axcodes_of_affine").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(axisCodes, AxisCodes.Of(image.Geometry));
    }

    [Theory]
    [MemberData(nameof(ReferencedFiles))]
    public void Stored_and_scaled_values_match_the_reference(string relativePath)
    {
        var expected = NiftiReference.For(relativePath);
        var image = Read(relativePath);
        var volumes = Enumerable.Range(0, image.VolumeCount).ToArray();

        var stored = VolumeStatistics.Of(volumes.Select(t => image.GetVolume(t, scaled: false)));
        var scaled = VolumeStatistics.Of(volumes.Select(t => image.GetVolume(t)));

        AssertStatistics(expected.GetProperty("stored_values"), stored, "stored");
        AssertStatistics(expected.GetProperty("scaled_values"), scaled, "scaled");
        Assert.Equal(expected.GetProperty("nonzero_voxel_count").GetInt64(), scaled.NonZeroCount);
        var centre = expected.Longs("center_voxel_index").Select(i => (int)i).ToArray();
        var t = centre.Length > 3 ? centre[3] : 0;
        MatrixAssert.Relative(expected.GetProperty("center_voxel_scaled_value").GetDouble(),
            image.GetVolume(t)[centre[0], centre[1], centre[2]], StatisticsRelativeTolerance, "centre voxel");
    }

    private static NiftiImage Read(string relativePath) =>
        new NiftiReader().Read(RepositoryPaths.SharedFile(relativePath));

    /// <summary>
    /// nibabel reports the qform matrix even when qform_code is 0 (then from an identity quaternion);
    /// so do we here, through the same formula the reader uses when the qform is chosen.
    /// </summary>
    private static double[,] QformAsNibabelShowsIt(NiftiHeader header) => NiftiAffines.Qform(header);

    private static void AssertStatistics(JsonElement expected, VolumeStatistics actual, string what)
    {
        foreach (var (name, value) in new[] { ("min", actual.Min), ("max", actual.Max), ("mean", actual.Mean) })
        {
            MatrixAssert.Relative(
                expected.GetProperty(name).GetDouble(), value, StatisticsRelativeTolerance, $"{what} {name}");
        }
    }
}
