using Experiments.Imaging.Nifti;
using Experiments.Testing;

namespace Experiments.Cli.Tests;

public class ConvertCommandTests
{
    private static string Ct2Head => RepositoryPaths.SharedFile("dicom/pydicom/dicomdirtests_CT2_head");

    [Fact]
    public void Series_with_missing_slices_is_refused_with_a_hint_by_default()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Imaging("convert", Ct2Head, folder.File("ct.nii.gz"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("slice(s) missing", run.Output);
        Assert.Contains("add --uneven-spacing resample", run.Output);
        Assert.False(File.Exists(folder.File("ct.nii.gz")));
    }

    [Fact]
    public void Resampled_series_is_written_as_nifti_in_hounsfield_units()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Imaging("convert", Ct2Head, folder.File("ct.nii.gz"), "--uneven-spacing", "resample");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("corrections: SpacingEqualized", run.Output);
        var image = new NiftiReader().Read(folder.File("ct.nii.gz"));
        Assert.Equal(NiftiDataType.Float32, image.Header.DataType);
        Assert.Equal(1, image.Header.SformCode);
        Assert.Equal(16, image.Size.X);
        Assert.Equal(1.25, image.Geometry.Spacing.Z, 4);

        // reference.json: the series' HU range is -981 to 1489; interpolation stays inside it.
        var voxels = image.GetVolume().Voxels;
        Assert.Equal(-981, voxels.Min());
        Assert.Equal(1489, voxels.Max());
    }

    [Fact]
    public void Output_that_is_not_nifti_is_a_usage_error()
    {
        var run = CliRun.Imaging("convert", Ct2Head, "/tmp/ct.png");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("must end in .nii or .nii.gz", run.Output);
    }

    [Fact]
    public void Unknown_policy_is_a_usage_error()
    {
        var run = CliRun.Imaging("convert", Ct2Head, "/tmp/ct.nii.gz", "--gantry-tilt", "maybe");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--gantry-tilt is 'maybe'", run.Output);
    }

    [Fact]
    public void Compressed_series_the_reader_cannot_decode_fails_with_a_message()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Imaging("convert", RepositoryPaths.SharedFile("ct/totalsegmentator/example_ct_dicom"),
            folder.File("ct.nii.gz"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error:", run.Output);
        Assert.Contains("JPEG 2000", run.Output);
        Assert.DoesNotContain(" at Experiments", run.Output);
    }
}
