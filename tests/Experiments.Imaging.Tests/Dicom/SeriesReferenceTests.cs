using Experiments.Imaging.Dicom.Series;
using Experiments.Testing;

namespace Experiments.Imaging.Tests.Dicom;

/// <summary>The series values in reference.json: order, spacing, tilt, LPS affine, HU statistics.</summary>
public class SeriesReferenceTests
{
    private const string HeadSeries = "dicom/pydicom/dicomdirtests_CT2_head";
    private const string Jpeg2000Series = "ct/totalsegmentator/example_ct_dicom";

    public static TheoryData<string> SeriesDirectories
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var series in ReferenceData.DicomSeries)
            {
                data.Add(series.GetProperty("directory").GetString()!);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SeriesDirectories))]
    public void Order_spacing_tilt_and_affine_match_the_reference(string directory)
    {
        var expected = ReferenceData.Series(directory);

        var report = new DicomSeriesReader().Inspect(ReferenceData.FullPath(directory));

        Assert.Equal(expected.GetProperty("number_of_slices").GetInt32(), report.SliceCount);
        Assert.Equal(expected.GetProperty("order_by_position_ascending_along_normal").EnumerateArray()
            .Select(e => e.GetString()), report.Files.Select(f => Path.GetRelativePath(RepositoryPaths.SharedData, f)));
        Assert.Equal(expected.GetProperty("instance_numbers_in_position_order").EnumerateArray()
            .Select(e => (int?)e.GetInt32()), report.InstanceNumbers);
        AssertClose(expected.GetProperty("position_along_normal_mm").Doubles(), report.PositionsAlongNormal, 1e-4);
        AssertClose(expected.GetProperty("spacing_between_consecutive_slices_mm").Doubles(), report.Spacings, 1e-4);
        Assert.Equal(expected.GetProperty("spacing_min_mm").GetDouble(), report.MinSpacing, 1e-4);
        Assert.Equal(expected.GetProperty("spacing_max_mm").GetDouble(), report.MaxSpacing, 1e-4);
        Assert.Equal(expected.GetProperty("spacing_mean_mm").GetDouble(), report.MeanSpacing, 1e-4);
        Assert.Equal(expected.GetProperty("angle_between_stack_direction_and_normal_deg").GetDouble(),
            report.TiltDegrees, 1e-3);
        var affine = expected.GetProperty("affine_LPS_from_dicom_first_slice_mean_step").EnumerateArray()
            .Select(row => row.Doubles()).ToArray();
        for (var r = 0; r < 4; r++)
        {
            for (var c = 0; c < 4; c++)
            {
                Assert.Equal(affine[r][c], report.StackLpsAffine[r, c], 1e-4);
            }
        }
    }

    [Fact]
    public void Head_series_with_a_202_mm_gap_is_refused_by_default_naming_the_slices_around_the_gap()
    {
        var error = Assert.Throws<DicomSeriesException>(
            () => new DicomSeriesReader().Read(ReferenceData.FullPath(HeadSeries)));

        var issue = Assert.Single(error.Issues);
        Assert.Equal(SeriesIssueKind.MissingSlices, issue.Kind);
        Assert.Equal(["17106", "17136"], issue.Files.Select(Path.GetFileName));
        Assert.Contains("161 slice(s) missing", error.Message);
        Assert.Contains("UnevenSpacing to Resample", error.Message);
    }

    [Fact]
    public void Head_series_resampled_keeps_its_slices_and_reproduces_the_reference_HU_statistics()
    {
        var expected = ReferenceData.Series(HeadSeries).GetProperty("volume_rescaled_values");
        var options = new DicomSeriesOptions { UnevenSpacing = SliceGridPolicy.Resample };

        var (volume, report) = new DicomSeriesReader().Read(ReferenceData.FullPath(HeadSeries), options);

        Assert.Equal(SeriesCorrections.SpacingEqualized, report.Corrections);
        Assert.Equal(1.25, report.NominalSpacing, 1e-6);
        Assert.Equal(165, volume.Size.Z);
        Assert.Equal(1.25, volume.Geometry.Spacing.Z, 1e-6);
        // 202.5 mm is exactly 162 steps of 1.25 mm, so the four acquired slices land on k = 0, 162, 163, 164.
        var acquired = new[] { 0, 162, 163, 164 }
            .SelectMany(k => volume.Voxels.Skip(k * 256).Take(256)).Select(v => (double)v).ToList();
        Assert.Equal(expected.GetProperty("min").GetDouble(), acquired.Min());
        Assert.Equal(expected.GetProperty("max").GetDouble(), acquired.Max());
        Assert.Equal(expected.GetProperty("mean").GetDouble(), acquired.Average(), 1e-9);
    }

    [Fact]
    public void Series_order_does_not_depend_on_file_names()
    {
        using var folder = new TemporaryFolder();
        var source = Directory.GetFiles(ReferenceData.FullPath(HeadSeries)).Order(StringComparer.Ordinal).ToList();
        for (var n = 0; n < source.Count; n++)
        {
            File.Copy(source[n], folder.File($"{(char)('z' - n)}.dcm"));
        }

        var report = new DicomSeriesReader().Inspect(folder.Path);

        Assert.Equal([18, 180, 181, 182], report.InstanceNumbers);
    }

    [Fact]
    public void Jpeg2000_series_is_sorted_but_its_pixels_are_refused_with_a_conversion_hint()
    {
        var error = Assert.Throws<NotSupportedException>(
            () => new DicomSeriesReader().Read(ReferenceData.FullPath(Jpeg2000Series)));

        Assert.Contains("JPEG 2000 Image Compression (Lossless Only) (1.2.840.10008.1.2.4.90)", error.Message);
        Assert.Contains("gdcmconv --raw", error.Message);
    }

    [Fact]
    public void Tilted_series_with_uneven_spacing_is_refused_or_corrected_onto_a_regular_orthogonal_grid()
    {
        var folder = ReferenceData.FullPath("ct/dcm_qa_ct_GE_tilt");
        var reader = new DicomSeriesReader();
        var resample = new DicomSeriesOptions
        {
            GantryTilt = SliceGridPolicy.Resample, UnevenSpacing = SliceGridPolicy.Resample,
        };

        var refused = Assert.Throws<DicomSeriesException>(() => reader.Read(folder));
        var (volume, report) = reader.Read(folder, resample);

        Assert.Contains(refused.Issues, i => i.Kind == SeriesIssueKind.UnevenSpacing);
        Assert.Equal(18.5, report.TiltDegrees, 1e-2);
        Assert.Equal(SeriesCorrections.GantryTiltCorrected | SeriesCorrections.SpacingEqualized, report.Corrections);
        Assert.Equal(-1500, report.FillValue);
        // dcm2niix's tilt correction widens the rows to the same 611; 144.1 mm at 4.002 mm gives 37 slices.
        Assert.Equal(new Geometry.GridSize(512, 611, 37), volume.Size);
        Assert.Equal(4.0019, volume.Geometry.Spacing.Z, 1e-3);
        var axes = volume.Geometry;
        Assert.True(Math.Abs(axes.AxisK.Dot(axes.AxisJ)) < 1e-9 && Math.Abs(axes.AxisK.Dot(axes.AxisI)) < 1e-9);
    }

    [Fact]
    public void Repeated_gap_issues_are_logged_once_each_kind_with_a_count_while_the_report_keeps_all()
    {
        var logger = new RecordingLogger<DicomSeriesReader>();
        var resample = new DicomSeriesOptions
        {
            GantryTilt = SliceGridPolicy.Resample, UnevenSpacing = SliceGridPolicy.Resample,
        };

        var (_, report) = new DicomSeriesReader(logger).Read(ReferenceData.FullPath("ct/dcm_qa_ct_GE_tilt"), resample);

        // Slices 14-15 are 1.08 mm apart and slices 15-28 7 mm apart: 14 uneven gaps and the tilt.
        Assert.Equal(14, report.Issues.Count(i => i.Kind == SeriesIssueKind.UnevenSpacing));
        var warnings = logger.Warnings.ToList();
        Assert.Equal(2, warnings.Count(w => w.Contains("uneven spacing: a gap of")));
        Assert.Single(warnings, w => w.Contains("12 more UnevenSpacing issues"));
        Assert.Single(warnings, w => w.Contains("gantry tilt"));
    }

    private static void AssertClose(double[] expected, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var n = 0; n < expected.Length; n++)
        {
            Assert.Equal(expected[n], actual[n], tolerance);
        }
    }
}
