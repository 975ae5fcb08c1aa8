using Experiments.Imaging.Dicom.Parsing;
using Experiments.Imaging.Dicom.Series;
using Experiments.Imaging.Dicom.Writing;
using Experiments.Testing;

namespace Experiments.Imaging.Tests.Dicom;

/// <summary>Folders a user may point us at: each gives a clear message or a listed skip, never a crash.</summary>
public class SeriesBadInputTests
{
    private static readonly CtSeriesDescription Series = new() { UidSeed = "bad-input", SeriesInstanceUid = "2.25.42" };

    [Fact]
    public void Empty_folder_is_refused_saying_it_holds_no_files()
    {
        using var folder = new TemporaryFolder();

        var error = Assert.Throws<DicomSeriesException>(() => new DicomSeriesReader().Read(folder.Path));

        Assert.Contains("the folder holds no files", error.Message);
        Assert.Contains(folder.Path, error.Message);
    }

    [Fact]
    public void Folder_without_any_DICOM_image_is_refused_listing_what_it_found()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("notes.txt"), "not an image");

        var error = Assert.Throws<DicomSeriesException>(() => new DicomSeriesReader().Read(folder.Path));

        Assert.Contains("notes.txt (not a DICOM file)", error.Message);
    }

    [Fact]
    public void Folder_without_a_CT_series_is_refused_listing_the_series_it_holds()
    {
        using var folder = new TemporaryFolder();
        File.Copy(ReferenceData.FullPath("dicom/pydicom/MR_small.dcm"), folder.File("mr.dcm"));

        var error = Assert.Throws<DicomSeriesException>(() => new DicomSeriesReader().Read(folder.Path));

        Assert.Contains("no CT series; found: ", error.Message);
        Assert.Contains("(MR, 1 slices)", error.Message);
    }

    [Fact]
    public void Non_DICOM_files_among_the_slices_are_skipped_and_listed()
    {
        using var folder = new TemporaryFolder();
        var volume = SeriesFixtures.Phantom();
        SeriesFixtures.WriteSlices(folder.Path, volume, Enumerable.Range(0, 6), Series, "ct");
        File.WriteAllText(folder.File("README"), "exported by a viewer");
        File.WriteAllBytes(folder.File("thumbnail.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);

        var (read, report) = new DicomSeriesReader().Read(folder.Path);

        Assert.Equal(volume.Voxels, read.Voxels);
        Assert.Equal(["README", "thumbnail.png"], report.SkippedFiles.Select(s => Path.GetFileName(s.Path)));
        Assert.All(report.SkippedFiles, s => Assert.Equal("not a DICOM file", s.Reason));
    }

    [Fact]
    public void Two_series_in_one_folder_read_the_larger_CT_and_list_the_other()
    {
        using var folder = new TemporaryFolder();
        var volume = SeriesFixtures.Phantom();
        SeriesFixtures.WriteSlices(folder.Path, volume, Enumerable.Range(0, 6), Series, "large");
        SeriesFixtures.WriteSlices(folder.Path, volume, [0, 1, 2],
            Series with { UidSeed = "small", SeriesInstanceUid = "2.25.43" }, "small");

        var report = new DicomSeriesReader().Read(folder.Path).Report;
        var chosen = new DicomSeriesReader().Read(
            folder.Path, new DicomSeriesOptions { SeriesInstanceUid = "2.25.43" });

        Assert.Equal("2.25.42", report.SeriesLabel);
        Assert.Equal(6, report.SliceCount);
        Assert.Equal(new SeriesSummary("2.25.43", "CT", 3), Assert.Single(report.OtherSeries));
        Assert.Equal(3, chosen.Volume.Size.Z);
    }

    [Fact]
    public void Reading_logs_series_and_skipped_files_but_no_patient_identifier()
    {
        using var folder = new TemporaryFolder();
        var patient = Series with { PatientName = "Doe^Jane", PatientId = "MRN-775533" };
        SeriesFixtures.WriteSlices(folder.Path, SeriesFixtures.Phantom(), [0, 1, 2, 4], patient, "ct");
        File.WriteAllText(folder.File("notes.txt"), "not an image");
        var logger = new RecordingLogger<DicomSeriesReader>();
        var options = new DicomSeriesOptions { UnevenSpacing = SliceGridPolicy.Resample };

        new DicomSeriesReader(logger).Read(folder.Path, options);

        Assert.Contains(logger.Entries,
            m => m.Message.Contains("notes.txt") && m.Message.Contains("not a DICOM file"));
        Assert.Contains(logger.Entries, m => m.Message.Contains("1 slice(s) missing"));
        Assert.Contains(logger.Entries, m => m.Message.Contains("Resampled series 2.25.42"));
        Assert.DoesNotContain(logger.Entries, m => m.Message.Contains("Doe") || m.Message.Contains("MRN-775533"));
    }

    [Fact]
    public void Two_series_of_equal_size_are_refused_asking_for_a_Series_Instance_UID()
    {
        using var folder = new TemporaryFolder();
        var volume = SeriesFixtures.Phantom();
        SeriesFixtures.WriteSlices(folder.Path, volume, [0, 1, 2], Series, "first");
        SeriesFixtures.WriteSlices(folder.Path, volume, [3, 4, 5],
            Series with { UidSeed = "second", SeriesInstanceUid = "2.25.43" }, "second");

        var error = Assert.Throws<DicomSeriesException>(() => new DicomSeriesReader().Read(folder.Path));

        Assert.Contains("2 series have 3 slices each", error.Message);
        Assert.Contains("2.25.42", error.Message);
        Assert.Contains("2.25.43", error.Message);
        Assert.Contains("choose one by its Series Instance UID", error.Message);
    }

    [Fact]
    public void Truncated_slice_stops_the_read_naming_the_file_and_offset()
    {
        using var folder = new TemporaryFolder();
        SeriesFixtures.WriteSlices(folder.Path, SeriesFixtures.Phantom(), Enumerable.Range(0, 6), Series, "ct");
        var broken = folder.File("ct-003.dcm");
        var bytes = File.ReadAllBytes(broken);
        File.WriteAllBytes(broken, bytes[..(bytes.Length - 100)]);

        var error = Assert.Throws<DicomFormatException>(() => new DicomSeriesReader().Read(folder.Path));

        Assert.Equal(DicomFormatProblem.Truncated, error.Problem);
        Assert.Equal(broken, error.FilePath);
        Assert.Contains($"{broken}: truncated: element (7FE0,0010) OW declares 240 bytes but only 140 remain",
            error.Message);
    }

    [Fact]
    public void Missing_slice_is_refused_naming_its_neighbours_or_interpolated_when_asked()
    {
        using var folder = new TemporaryFolder();
        var volume = SeriesFixtures.Phantom();
        SeriesFixtures.WriteSlices(folder.Path, volume, [0, 1, 3, 4, 5], Series, "ct");

        var error = Assert.Throws<DicomSeriesException>(() => new DicomSeriesReader().Read(folder.Path));
        var (read, report) = new DicomSeriesReader().Read(folder.Path,
            new DicomSeriesOptions { UnevenSpacing = SliceGridPolicy.Resample });

        var issue = Assert.Single(error.Issues);
        Assert.Equal(SeriesIssueKind.MissingSlices, issue.Kind);
        Assert.Equal(["ct-001.dcm", "ct-003.dcm"], issue.Files.Select(Path.GetFileName));
        Assert.Contains("1 slice(s) missing: a gap of 4.000 mm where the spacing is 2.000 mm", error.Message);
        Assert.Equal(SeriesCorrections.SpacingEqualized, report.Corrections);
        Assert.Equal(volume.Size, read.Size);
        Assert.True(read.Geometry.MaxAffineDifference(volume.Geometry) < 1e-6);
        for (var x = 0; x < volume.Size.X; x++)
        {
            Assert.Equal(volume[x, 5, 1], read[x, 5, 1]);
            Assert.Equal((volume[x, 5, 1] + volume[x, 5, 3]) / 2, read[x, 5, 2], 1e-3);
        }
    }

    [Fact]
    public void Uneven_spacing_is_resampled_to_the_most_common_spacing()
    {
        using var folder = new TemporaryFolder();
        var volume = SeriesFixtures.Phantom();
        SeriesFixtures.WriteSlices(folder.Path, volume, [0, 1, 2, 3], Series, "even");
        var shifted = volume.Geometry with { Origin = volume.Geometry.Origin + new Geometry.Vector3D(0, 0, 1) };
        // Slice 4 written 1 mm beyond its place: the last gap is 3 mm instead of 2.
        SeriesFixtures.WriteSlices(folder.Path, new Volume(volume.Size, shifted, volume.Voxels), [4],
            Series with { UidSeed = "late" }, "late");

        var options = new DicomSeriesOptions { UnevenSpacing = SliceGridPolicy.Resample };
        var (read, report) = new DicomSeriesReader().Read(folder.Path, options);

        var issue = Assert.Single(report.Issues);
        Assert.Equal(SeriesIssueKind.UnevenSpacing, issue.Kind);
        Assert.Equal(["even-003.dcm", "late-004.dcm"], issue.Files.Select(Path.GetFileName));
        Assert.Equal([2, 2, 2, 3], report.Spacings.Select(s => Math.Round(s, 6)));
        Assert.Equal(5, read.Size.Z);
        Assert.Equal(2, read.Geometry.Spacing.Z, 1e-9);
        Assert.Equal(volume[2, 2, 3] + (volume[2, 2, 4] - volume[2, 2, 3]) * 2 / 3f, read[2, 2, 4], 1e-3);
    }

    [Fact]
    public void Slices_sharing_a_position_are_refused_even_when_resampling_is_allowed()
    {
        using var folder = new TemporaryFolder();
        var volume = SeriesFixtures.Phantom();
        SeriesFixtures.WriteSlices(folder.Path, volume, Enumerable.Range(0, 6), Series, "first");
        SeriesFixtures.WriteSlices(folder.Path, volume, [2], Series with { UidSeed = "copy" }, "copy");
        var options = new DicomSeriesOptions { UnevenSpacing = SliceGridPolicy.Resample };

        var error = Assert.Throws<DicomSeriesException>(() => new DicomSeriesReader().Read(folder.Path, options));

        var issue = Assert.Single(error.Issues);
        Assert.Equal(SeriesIssueKind.DuplicatePosition, issue.Kind);
        Assert.Equal(["copy-002.dcm", "first-002.dcm"], issue.Files.Select(Path.GetFileName).Order());
    }
}
