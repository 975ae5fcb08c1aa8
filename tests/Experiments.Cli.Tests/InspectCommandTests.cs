using System.Text.Json;
using Experiments.Imaging.Dicom;
using Experiments.Imaging.Dicom.Parsing;
using Experiments.Testing;

namespace Experiments.Cli.Tests;

public class InspectCommandTests
{
    [Fact]
    public void Json_of_a_nifti_file_reports_shape_spacing_affine_and_statistics()
    {
        // Expected values: shared reference.json (nibabel) for nifti/nibabel/anatomical.nii.
        var run = CliRun.Imaging("inspect", RepositoryPaths.SharedFile("nifti/nibabel/anatomical.nii"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("nifti-1", root.GetProperty("format").GetString());
        Assert.Equal("int16", root.GetProperty("datatype").GetString());
        Assert.Equal([33, 41, 25], root.GetProperty("shape").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Equal([2.0, 2, 2], root.GetProperty("spacing").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal([-2.0, 0, 0, 32], root.GetProperty("affine")[0].EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal([0.0, 2, 0, -40], root.GetProperty("affine")[1].EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal("LAS", root.GetProperty("orientation").GetString());
        Assert.Equal("sform", root.GetProperty("affine_source").GetString());
        var statistics = root.GetProperty("statistics");
        Assert.Equal(-610, statistics.GetProperty("min").GetDouble());
        Assert.Equal(30393, statistics.GetProperty("max").GetDouble());
        Assert.Equal(8401.066725794532, statistics.GetProperty("mean").GetDouble(), 6);
        Assert.Equal(33825, statistics.GetProperty("nonzero_count").GetInt64());
        Assert.False(root.TryGetProperty("identifiers", out _));
    }

    [Fact]
    public void Table_of_a_sheared_ct_shows_geometry_and_the_form_disagreement()
    {
        var run = CliRun.Imaging("inspect", RepositoryPaths.SharedFile("ct/niivue/shear.nii.gz"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("306 x 422 x 54", run.Output);
        Assert.Contains("0.4824  0.4824  2.3708", run.Output);
        Assert.Contains("0  0.1531  2.3708  -102.2036", run.Output);
        Assert.Contains("-1024 to 789", run.Output);
        Assert.Contains("warning: NIfTI file", run.Output);
        Assert.Contains("sform and qform differ by up to 0.3811 mm", run.Output);
    }

    [Fact]
    public void Dicom_folder_json_has_the_slice_spacing_report_and_no_patient_identifiers()
    {
        var folder = RepositoryPaths.SharedFile("dicom/pydicom/dicomdirtests_CT2_head");
        var patientName = PatientNameIn(folder);

        var run = CliRun.Imaging("inspect", folder, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(patientName, run.Output);
        using var json = JsonDocument.Parse(run.Output);
        var spacing = json.RootElement.GetProperty("slice_spacing");
        Assert.Equal(4, spacing.GetProperty("slices").GetInt32());
        Assert.Equal([1.25, 1.25, 202.5],
            spacing.GetProperty("spacings_mm").EnumerateArray().Select(v => Math.Round(v.GetDouble(), 4)).Order());
        Assert.Equal(1.25, spacing.GetProperty("nominal_mm").GetDouble(), 4);
        Assert.Equal(["SpacingEqualized"],
            spacing.GetProperty("corrections").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(-981, json.RootElement.GetProperty("statistics").GetProperty("min").GetDouble());
        Assert.Equal(1489, json.RootElement.GetProperty("statistics").GetProperty("max").GetDouble());
    }

    [Fact]
    public void Patient_identifiers_appear_only_when_asked_for()
    {
        var folder = RepositoryPaths.SharedFile("dicom/pydicom/dicomdirtests_CT2_head");
        var patientName = PatientNameIn(folder);

        var run = CliRun.Imaging("inspect", folder, "--show-identifiers");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("patient_name", run.Output);
        Assert.Contains(patientName, run.Output);
    }

    [Fact]
    public void Missing_path_is_a_usage_error()
    {
        var run = CliRun.Imaging("inspect", "/nonexistent/ct.nii.gz");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'/nonexistent/ct.nii.gz' is neither a file nor a folder", run.Output);
    }

    [Fact]
    public void Truncated_file_fails_with_its_name_and_no_stack_trace()
    {
        using var folder = new TemporaryFolder();
        var source = File.ReadAllBytes(RepositoryPaths.SharedFile("nifti/nibabel/anatomical.nii"));
        File.WriteAllBytes(folder.File("cut.nii"), source[..5000]);

        var run = CliRun.Imaging("inspect", folder.File("cut.nii"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cut.nii", run.Output);
        Assert.Contains("voxel data is truncated", run.Output);
        Assert.DoesNotContain(" at Experiments", run.Output);
    }

    private static string PatientNameIn(string folder) =>
        DicomFile.Read(Directory.GetFiles(folder).Order().First()).Dataset.GetText(DicomTags.PatientName)!;
}
