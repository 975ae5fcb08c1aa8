using Experiments.Runner.Prediction;

namespace Experiments.Runner.Tests.Prediction;

public sealed class ScanInputTests
{
    [Fact]
    public void Names_come_from_the_folder_or_the_file_without_its_nifti_extension()
    {
        var inputs = ScanInput.FromPaths(["scans/patient-a/", "scans/b.nii.gz", "c.NII", "d.nrrd"]);
        Assert.Equal(["patient-a", "b", "c", "d.nrrd"], inputs.Select(i => i.Name));
    }

    [Fact]
    public void Repeated_names_are_numbered_so_outputs_do_not_collide()
    {
        var inputs = ScanInput.FromPaths(["one/scan.nii.gz", "two/scan.nii.gz", "three/scan", "scan-2.nii"]);
        Assert.Equal(["scan", "scan-2", "scan-3", "scan-2-2"], inputs.Select(i => i.Name));
    }
}
