using System.Text.Json;
using Experiments.Imaging;
using Experiments.Imaging.Nifti;
using Experiments.Runner.Prediction;
using Experiments.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Runner.Tests.Prediction;

public sealed class RealHeadCtPredictionTests(RealHeadCtPredictions run) : IClassFixture<RealHeadCtPredictions>
{
    /// <summary>Bone is well above 200 HU; brain, blood and CSF are below 100 HU.</summary>
    private const float BoneHu = 200;

    /// <summary>
    /// The skull must stay outside the brain mask on every slice: no piece of dense (&gt; 200 HU)
    /// tissue may lie partly inside the mask and partly outside it. Calcifications inside the brain
    /// (pineal gland, choroid plexus) are as dense as bone yet belong in the mask; in this scan they
    /// are 12 isolated spots of 1-25 voxels on slices 11, 19 and 20, all wholly inside it.
    /// </summary>
    [Fact]
    public void Brain_mask_stays_inside_the_skull_on_every_slice()
    {
        var scan = Read(run.ConvertedScan);
        var brain = Read(Path.Combine(run.FromDicom.Folder, ScanPredictionWriter.BrainMaskFile));
        var slicesWithBrain = 0;
        var denseInside = 0;
        for (var z = 0; z < scan.Size.Z; z++)
        {
            var slice = DenseSlice.Of(scan, brain, z, BoneHu);
            foreach (var piece in slice.Pieces().Where(p => p.Inside > 0))
            {
                Assert.True(piece.Outside == 0,
                    $"slice {z}: a dense piece of {piece.Inside + piece.Outside} voxels crosses the brain mask's " +
                    $"edge ({piece.Inside} inside): the mask reaches into the skull");
                denseInside += piece.Inside;
            }

            slicesWithBrain += slice.BrainVoxels > 0 ? 1 : 0;
        }

        Assert.True(slicesWithBrain >= scan.Size.Z / 2, $"the brain mask covers only {slicesWithBrain} slices");
        Assert.InRange(denseInside, 0, 200);
    }

    [Fact]
    public void Brain_volume_is_plausible_for_the_covered_slab()
    {
        // The mask covers 24 of the 37 resampled 4 mm slices: the 11 lowest, at the skull base where
        // the skull ring is open, are left out (a documented limitation). 96 mm from the ventricles
        // to the vertex at an adult's 100-180 cm2 of intracranial cross-section is 960-1730 mL, less
        // towards the vertex; measured 1262 mL (24 slices of 10-183 cm2).
        var brain = run.FromDicom.BrainVolumeMl;
        Assert.NotNull(brain);
        Assert.InRange(brain.Value, 900, 1500);
    }

    [Fact]
    public void Predicted_mask_lies_on_the_converted_scans_grid_as_nibabel_reads_them()
    {
        var mask = Path.Combine(run.FromDicom.Folder, "segmentation.nii.gz");
        var seen = Nibabel.Load([run.ConvertedScan, mask]);
        Assert.Equal(Shape(seen[0]), Shape(seen[1]));
        var scanAffine = Affine(seen[0]);
        var maskAffine = Affine(seen[1]);
        for (var i = 0; i < 16; i++)
        {
            Assert.True(Math.Abs(scanAffine[i] - maskAffine[i]) <= 1e-3,
                $"affine entry {i}: scan {scanAffine[i]}, mask {maskAffine[i]}");
        }
    }

    [Fact]
    public void Dicom_folder_and_its_nifti_conversion_give_the_same_prediction()
    {
        var dicom = run.FromDicom;
        var nifti = run.FromNifti;
        Assert.Equal(dicom.Probabilities["expansion"], nifti.Probabilities["expansion"], 1e-4);
        Assert.Equal(dicom.VolumesMl["segmentation"], nifti.VolumesMl["segmentation"], 0.05);
        Assert.Equal(dicom.BrainVolumeMl!.Value, nifti.BrainVolumeMl!.Value, 0.05);
        var fromDicom = Read(Path.Combine(dicom.Folder, "segmentation.nii.gz")).Voxels;
        var fromNifti = Read(Path.Combine(nifti.Folder, "segmentation.nii.gz")).Voxels;
        Assert.Equal(fromDicom, fromNifti);
    }

    [Fact]
    public void Unreadable_inputs_are_skipped_with_their_reason_and_the_rest_finish()
    {
        Assert.Equal(2, run.Outcome.Predictions.Count);
        Assert.Equal([run.MissingFile, run.EmptyFolder, run.TextFile], run.Outcome.Skipped.Select(s => s.Input.Path));
        Assert.Contains("does not exist", run.Outcome.Skipped[0].Reason);
        Assert.Contains(run.EmptyFolder, run.Outcome.Skipped[1].Reason);
        Assert.Contains("not named like a NIfTI file", run.Outcome.Skipped[2].Reason);
        Assert.False(Directory.Exists(Path.Combine(run.Output, "missing")));
    }

    [Fact]
    public void Each_scan_gets_masks_overlays_and_a_summary_naming_them()
    {
        var folder = run.FromDicom.Folder;
        Assert.Equal("dcm_qa_ct_GE_tilt", Path.GetFileName(folder));
        var summaryFile = Path.Combine(folder, ScanPredictionWriter.SummaryFile);
        using var summary = JsonDocument.Parse(File.ReadAllText(summaryFile));
        var files = summary.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Contains("segmentation.nii.gz", files);
        Assert.Contains(ScanPredictionWriter.BrainMaskFile, files);
        Assert.Equal(3, files.Count(f => f.StartsWith("overlay-segmentation-slice", StringComparison.Ordinal)));
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(folder, f)), f));
        Assert.Equal(run.FromDicom.Probabilities["expansion"],
            summary.RootElement.GetProperty("probabilities").GetProperty("expansion").GetDouble(), 1e-12);
        Assert.Equal([512, 611, 37],
            summary.RootElement.GetProperty("scan_size").EnumerateArray().Select(v => v.GetInt32()));
    }

    private static Volume Read(string path) => new NiftiReader(NullLogger<NiftiReader>.Instance).ReadVolume(path);

    private static int[] Shape(JsonElement nibabel) =>
        nibabel.GetProperty("shape").EnumerateArray().Select(v => v.GetInt32()).ToArray();

    private static double[] Affine(JsonElement nibabel) =>
        nibabel.GetProperty("affine").EnumerateArray().SelectMany(row => row.EnumerateArray())
            .Select(v => v.GetDouble()).ToArray();
}
