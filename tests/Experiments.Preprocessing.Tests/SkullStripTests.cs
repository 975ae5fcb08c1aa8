using Experiments.Contracts.Preprocessing;
using Experiments.Imaging;
using Experiments.Imaging.Dicom.Series;
using Experiments.Imaging.Nifti;
using Experiments.Plugins.Preprocessing.SkullStripping;
using Experiments.Testing;

namespace Experiments.Preprocessing.Tests;

public sealed class SkullStripTests
{
    private static readonly OtsuSkullStripper Stripper = new(new SkullStripOptions(), Preprocessors.Context);

    [Fact]
    public void Brain_mask_of_the_phantom_covers_its_brain()
    {
        var input = SyntheticHead.Case();

        var brain = Stripper.Apply(input).Masks[ImagingCase.BrainMask];

        int both = 0, ours = 0, truth = 0;
        for (var k = 0; k < brain.Size.Z; k++)
        for (var j = 0; j < brain.Size.Y; j++)
        for (var i = 0; i < brain.Size.X; i++)
        {
            var inMask = brain[i, j, k] == 1;
            var inBrain = SyntheticHead.InBrain(brain, i, j, k);
            both += inMask && inBrain ? 1 : 0;
            ours += inMask ? 1 : 0;
            truth += inBrain ? 1 : 0;
        }

        // The mask stops one ring-closing radius (1 mm) short of the skull: Dice stays above 0.95.
        Assert.True(2.0 * both / (ours + truth) > 0.95, $"Dice {2.0 * both / (ours + truth):F3}");
    }

    [Fact]
    public void Real_gantry_tilted_head_ct_gives_a_plausible_brain_without_bone()
    {
        var image = GantryTiltedHead();

        var brain = Stripper.Apply(new ImagingCase("ge-tilt", image, new Dictionary<string, Volume>()))
            .Masks[ImagingCase.BrainMask];

        AssertPlausibleBrain(image, brain, minMl: 700, maxMl: 1300);
    }

    [Fact]
    public void Brain_mask_of_a_real_head_ct_equals_the_scipy_recipe_voxel_for_voxel()
    {
        // Given the recipe run with SciPy and scikit-image on the whole volume (see the file's description)
        var expected = ExpectedValues.Load("skullstrip-scipy.json");
        var image = GantryTiltedHead();
        Assert.Equal(expected.GetProperty("otsu_threshold").GetDouble(),
            OtsuThreshold.Compute(image.Voxels, -100, 2000)!.Value, 1e-9);

        // When our stripper (cropped to the head, slice-parallel, on row runs) computes the mask
        var brain = Stripper.Apply(new ImagingCase("ge-tilt", image, new Dictionary<string, Volume>()))
            .Masks[ImagingCase.BrainMask];

        // Then every slice has the same voxel count and the same sums of x and y indices: exact
        // integers, which one voxel more, less or moved would change
        var slices = expected.GetProperty("slices").EnumerateArray()
            .Select(s => s.EnumerateArray().Select(v => v.GetInt64()).ToArray()).ToArray();
        Assert.Equal(slices.Length, brain.Size.Z);
        for (var k = 0; k < brain.Size.Z; k++)
        {
            long count = 0, sumX = 0, sumY = 0;
            for (var j = 0; j < brain.Size.Y; j++)
            for (var i = 0; i < brain.Size.X; i++)
            {
                if (brain[i, j, k] == 1)
                {
                    (count, sumX, sumY) = (count + 1, sumX + i, sumY + j);
                }
            }

            Assert.True(slices[k].SequenceEqual([count, sumX, sumY]),
                $"slice {k}: SciPy [{string.Join(", ", slices[k])}], ours [{count}, {sumX}, {sumY}]");
        }
    }

    [Fact]
    public void A_real_skull_phantom_without_brain_tissue_fails_the_case_by_name()
    {
        // niivue's shear.nii.gz: a sheared CT of a skull phantom whose inside is air and test objects.
        var image = new NiftiReader().ReadVolume(RepositoryPaths.SharedFile("ct/niivue/shear.nii.gz"));

        var error = Assert.Throws<CaseException>(
            () => Stripper.Apply(new ImagingCase("niivue-shear", image, new Dictionary<string, Volume>())));

        Assert.Equal("niivue-shear", error.CaseId);
        Assert.Contains("below the plausible 100 mL", error.Message);
    }

    [Fact]
    public void Bone_without_partial_volume_still_strips_and_keeps_a_dense_hematoma_inside()
    {
        // Given a phantom whose bone is a flat 1100 HU: no voxel lies between tissue and bone, so
        // Otsu's threshold falls just above the brightest tissue (the 70 HU hematoma plus noise).
        var head = SyntheticHead.Case("clean-bone-01");
        var voxels = head.Image.Voxels.Select(v => v > 150 ? 1100f : v).ToArray();
        var clean = head.WithImage(head.Image.WithVoxels(voxels));
        Assert.True(OtsuThreshold.Compute(voxels, -100, 2000) < 150);

        // When it is skull-stripped
        var brain = Stripper.Apply(clean).Masks[ImagingCase.BrainMask];

        // Then the hematoma lies inside the brain mask, not in the bone
        var hematoma = head.Masks["hematoma"].Voxels;
        var inside = hematoma.Select((h, n) => h > 0 && brain.Voxels[n] > 0).Count(x => x);
        Assert.Equal(hematoma.Count(h => h > 0), inside);
    }

    [Fact]
    public void A_constant_volume_fails_the_case_by_name()
    {
        var head = SyntheticHead.Case("constant-01");
        var flat = head.WithImage(head.Image.WithVoxels(Enumerable.Repeat(30f, head.Image.Voxels.Length).ToArray()));

        var error = Assert.Throws<CaseException>(() => Stripper.Apply(flat));

        Assert.Equal("constant-01", error.CaseId);
        Assert.Contains("no distinct bone class", error.Message);
    }

    [Fact]
    public void A_tiny_brain_fails_the_case_instead_of_giving_a_tiny_mask()
    {
        var head = SyntheticHead.Case("tiny-01");
        var strict = new OtsuSkullStripper(new SkullStripOptions { MinVolumeMl = 5000 }, Preprocessors.Context);

        var error = Assert.Throws<CaseException>(() => strict.Apply(head));

        Assert.Equal("tiny-01", error.CaseId);
        Assert.Contains("below the plausible 5000 mL", error.Message);
    }

    private static Volume GantryTiltedHead()
    {
        var folder = RepositoryPaths.SharedFile("ct/dcm_qa_ct_GE_tilt");
        var options = new DicomSeriesOptions
        {
            GantryTilt = SliceGridPolicy.Resample, UnevenSpacing = SliceGridPolicy.Resample,
        };
        return new DicomSeriesReader().Read(folder, options).Volume;
    }

    private static void AssertPlausibleBrain(Volume image, Volume brain, double minMl, double maxMl)
    {
        var g = image.Geometry;
        var voxelMl = Math.Abs(
            (g.AxisI * g.Spacing.X).Dot((g.AxisJ * g.Spacing.Y).Cross(g.AxisK * g.Spacing.Z))) / 1000;
        var count = brain.Voxels.Count(v => v == 1);
        var dense = Enumerable.Range(0, image.Voxels.Length).Count(n => brain.Voxels[n] == 1 && image.Voxels[n] > 200);
        Assert.InRange(count * voxelMl, minMl, maxMl);

        // Calcifications (choroid plexus, pineal) are intracranial; bone is not: < 0.1 % above 200 HU.
        Assert.True(dense < 0.001 * count, $"{dense} of {count} mask voxels are above 200 HU");
    }
}
