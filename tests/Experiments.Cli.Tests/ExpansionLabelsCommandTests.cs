using Experiments.Imaging;
using Experiments.Imaging.Geometry;
using Experiments.Imaging.Nifti;
using Experiments.Testing;

namespace Experiments.Cli.Tests;

public class ExpansionLabelsCommandTests
{
    [Fact]
    public void Folder_of_mask_pairs_gives_volumes_and_labels_on_each_masks_own_grid()
    {
        using var folder = new TemporaryFolder();
        // a: 80 -> 120 voxels of 1.25 mm3 = 0.1 -> 0.15 mL (+50 %). b: 100 voxels of 1.25 mm3 = 0.125 mL,
        // then 26 voxels of 5 mm3 on another grid = 0.13 mL (+4 %).
        WriteMask(folder, "baseline/a.nii.gz", 80, 0.5);
        WriteMask(folder, "followup/a.nii.gz", 120, 0.5);
        WriteMask(folder, "baseline/b.nii", 100, 0.5);
        WriteMask(folder, "followup/b.nii", 26, 1.0);

        var run = CliRun.Data("data", "expansion-labels", folder.Path, "--out", folder.File("labels.csv"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "id,baseline_ml,followup_ml,growth_ml,growth_percent,expansion,dataset_expansion",
                "a,0.1000,0.1500,0.0500,50.00,1,",
                "b,0.1250,0.1300,0.0050,4.00,0,",
            ],
            File.ReadAllLines(folder.File("labels.csv")));
        Assert.Contains("Wrote 2 case(s), 1 with expansion", run.Output);
    }

    [Fact]
    public void Empty_baseline_mask_fails_its_case_by_name()
    {
        using var folder = new TemporaryFolder();
        WriteMask(folder, "baseline/empty.nii", 0, 0.5);
        WriteMask(folder, "followup/empty.nii", 10, 0.5);

        var run = CliRun.Data("data", "expansion-labels", folder.Path, "--out", folder.File("labels.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Case 'empty': the baseline mask", run.Output);
        Assert.Contains("is empty", run.Output);
    }

    [Fact]
    public void Unpaired_masks_are_refused_naming_the_file()
    {
        using var folder = new TemporaryFolder();
        WriteMask(folder, "baseline/a.nii", 5, 0.5);
        Directory.CreateDirectory(folder.File("followup"));

        var run = CliRun.Data("data", "expansion-labels", folder.Path, "--out", folder.File("labels.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("baseline/a has no followup/ mask", run.Output);
    }

    private static void WriteMask(TemporaryFolder folder, string name, int voxels, double inPlaneSpacing)
    {
        var path = folder.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var size = new GridSize(10, 10, 2);
        var values = new float[size.VoxelCount];
        Array.Fill(values, 1f, 0, voxels);
        var geometry = VolumeGeometry.Identity(new Vector3D(inPlaneSpacing, inPlaneSpacing, 5));
        NiftiWriter.Write(new Volume(size, geometry, values), path, new NiftiWriteOptions(NiftiStorageType.UInt8));
    }
}
