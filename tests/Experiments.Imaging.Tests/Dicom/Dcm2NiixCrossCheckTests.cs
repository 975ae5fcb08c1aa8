using Experiments.Imaging.Dicom.Parsing;
using Experiments.Imaging.Dicom.PixelData;
using Experiments.Imaging.Dicom.Series;
using Experiments.Imaging.Dicom.Writing;
using Experiments.Imaging.Geometry;
using Experiments.Testing;

namespace Experiments.Imaging.Tests.Dicom;

/// <summary>
/// Our volumes against dcm2niix's conversion of the same folders: geometry within 1e-3 mm and
/// identical voxel values. dcm2niix must be installed (CI installs it); without it these fail.
/// </summary>
public class Dcm2NiixCrossCheckTests
{
    private const double Tolerance = 1e-3;

    [Fact]
    public void Written_oblique_series_converts_without_warnings_and_matches_dcm2niix()
    {
        using var folder = new TemporaryFolder();
        using var output = new TemporaryFolder();
        var volume = SyntheticVolumes.Phantom(new(24, 20, 5), SyntheticVolumes.ObliqueGeometry());
        DicomSeriesWriter.Write(folder.Path, volume, new CtSeriesDescription { UidSeed = "dcm2niix" });

        var ours = new DicomSeriesReader().Read(folder.Path).Volume;
        var theirs = Dcm2Niix.Convert(folder.Path, output, out var messages);

        Assert.DoesNotContain("Warning", messages);
        Assert.Contains("Convert 5 DICOM", messages);
        GridCorrespondence.Match(ours, theirs, Tolerance).AssertSameVoxels(ours, theirs);
    }

    [Fact]
    public void Head_series_slices_match_dcm2niix_which_spaces_them_by_the_first_gap()
    {
        // dcm2niix keeps the 4 uneven slices and takes the first gap (202.5 mm) as the slice step, so
        // the comparison is with our sorted, decoded stack placed the same way.
        using var output = new TemporaryFolder();
        var folder = ReferenceData.FullPath("dicom/pydicom/dicomdirtests_CT2_head");

        var stack = DecodedStack(folder, out var report);
        var theirs = Dcm2Niix.Convert(folder, output);

        Assert.Equal(202.5, report.Spacings[0], 1e-4);
        GridCorrespondence.Match(stack, theirs, Tolerance).AssertSameVoxels(stack, theirs);
    }

    [Fact]
    public void Tilted_head_series_slices_match_dcm2niix_in_values_origin_and_row_axis()
    {
        // dcm2niix's uncorrected output folds the 18.5 degree tilt into a shear of its column and slice
        // axes (and spaces slices evenly), so only the row axis, the origin and the voxels compare.
        using var output = new TemporaryFolder();
        var folder = ReferenceData.FullPath("ct/dcm_qa_ct_GE_tilt");

        var stack = DecodedStack(folder, out var report);
        var theirs = Dcm2Niix.Convert(folder, output);

        Assert.Equal(18.5, report.TiltDegrees, 1e-2);
        GridCorrespondence.Match(stack, theirs, Tolerance, exactAxes: 1).AssertSameVoxels(stack, theirs);
    }

    [Fact]
    public void Jpeg2000_series_geometry_matches_dcm2niix()
    {
        // We refuse JPEG 2000 pixels, so only the header-derived grid is compared.
        using var output = new TemporaryFolder();
        var folder = ReferenceData.FullPath("ct/totalsegmentator/example_ct_dicom");

        var report = new DicomSeriesReader().Inspect(folder);
        var theirs = Dcm2Niix.Convert(folder, output);
        var grid = new Volume(new GridSize(512, 512, report.SliceCount), RasGeometry(report.StackLpsAffine),
            new float[512 * 512 * report.SliceCount]);

        GridCorrespondence.Match(grid, theirs, Tolerance);
    }

    /// <summary>The series' slices decoded in our order, placed at the first slice with the first step.</summary>
    private static Volume DecodedStack(string folder, out SeriesReport report)
    {
        report = new DicomSeriesReader().Inspect(folder);
        var first = DicomFile.Read(report.Files[0]);
        var second = DicomFile.Read(report.Files[1]);
        var pixels = ImagePixelDescription.FromDataset(first.Dataset);
        var voxels = new float[pixels.PixelsPerFrame * report.SliceCount];
        for (var k = 0; k < report.SliceCount; k++)
        {
            var file = DicomFile.Read(report.Files[k]);
            var stored = PixelDataDecoder.DecodeFrame(file);
            var slope = file.Dataset.GetDecimal(Imaging.Dicom.DicomTags.RescaleSlope) ?? 1;
            var intercept = file.Dataset.GetDecimal(Imaging.Dicom.DicomTags.RescaleIntercept) ?? 0;
            for (var n = 0; n < stored.Length; n++)
            {
                voxels[k * stored.Length + n] = (float)(stored[n] * slope + intercept);
            }
        }

        var affine = (double[,])report.StackLpsAffine.Clone();
        var step = Position(second) - Position(first);
        (affine[0, 2], affine[1, 2], affine[2, 2]) = (step.X, step.Y, step.Z);
        return new Volume(new GridSize(pixels.Columns, pixels.Rows, report.SliceCount), RasGeometry(affine), voxels);
    }

    private static Vector3D Position(DicomFile file)
    {
        var p = file.Dataset.RequireDecimals(Imaging.Dicom.DicomTags.ImagePositionPatient, 3);
        return new Vector3D(p[0], p[1], p[2]);
    }

    private static VolumeGeometry RasGeometry(double[,] lps)
    {
        var ras = (double[,])lps.Clone();
        for (var c = 0; c < 4; c++)
        {
            ras[0, c] = -lps[0, c];
            ras[1, c] = -lps[1, c];
        }

        return VolumeGeometry.FromAffine(ras);
    }
}
