using Experiments.Contracts.Preprocessing;
using Experiments.Imaging;
using Experiments.Imaging.Geometry;
using Experiments.Plugins.Preprocessing.Normalisation;
using Experiments.Plugins.Preprocessing.Windowing;

namespace Experiments.Preprocessing.Tests;

public sealed class IntensityStepTests
{
    private static readonly VolumeGeometry Grid = VolumeGeometry.Identity(new Vector3D(1, 1, 1));

    [Fact]
    public void Window_clips_to_the_paper_range()
    {
        var input = Case([-1000, -0.5f, 0, 42, 100, 100.5f, 3000], [0, 0, 0, 0, 0, 0, 0]);

        var output = new WindowPreprocessor(new WindowOptions()).Apply(input);

        Assert.Equal([0, 0, 0, 42, 100, 100, 100], output.Image.Voxels);
    }

    [Fact]
    public void Zscore_uses_the_brain_statistics_then_clips_negatives()
    {
        // Brain voxels 10, 20, 30, 40: mean 25, population deviation sqrt(125) = 11.1803...
        var input = Case([10, 20, 30, 40, 100, 0], [1, 1, 1, 1, 0, 0]);

        var output = new ZScorePreprocessor(new ZScoreOptions()).Apply(input);

        var deviation = Math.Sqrt(125);
        double[] expected = [0, 0, 5 / deviation, 15 / deviation, 75 / deviation, 0];
        for (var n = 0; n < expected.Length; n++)
        {
            Assert.Equal(expected[n], output.Image.Voxels[n], 1e-6);
        }
    }

    [Fact]
    public void Zscore_keeps_negatives_when_asked()
    {
        var input = Case([10, 20, 30, 40], [1, 1, 1, 1]);

        var output = new ZScorePreprocessor(new ZScoreOptions { ClipNegative = false }).Apply(input);

        Assert.Equal(-15 / Math.Sqrt(125), output.Image.Voxels[0], 1e-6);
    }

    [Fact]
    public void Zscore_of_a_constant_brain_fails_the_case_by_name()
    {
        var error = Assert.Throws<CaseException>(
            () => new ZScorePreprocessor(new ZScoreOptions()).Apply(Case([7, 7, 7, 9], [1, 1, 1, 0])));

        Assert.Equal("case-7", error.CaseId);
        Assert.Contains("constant (7) inside the 'brain' mask", error.Message);
    }

    [Fact]
    public void Zscore_of_an_empty_brain_mask_fails_the_case_by_name()
    {
        var error = Assert.Throws<CaseException>(
            () => new ZScorePreprocessor(new ZScoreOptions()).Apply(Case([1, 2, 3, 4], [0, 0, 0, 0])));

        Assert.Equal("case-7", error.CaseId);
        Assert.Contains("'brain' mask is empty", error.Message);
    }

    [Fact]
    public void Zscore_before_skull_stripping_is_rejected_before_any_data_flows()
    {
        var raw = PipelineShape.Raw(["hematoma"]);
        var step = new ZScorePreprocessor(new ZScoreOptions());

        var error = Assert.Throws<PipelineException>(() => step.DescribeOutput(raw));

        Assert.Contains("no earlier step provides it (masks available: hematoma)", error.Message);
    }

    [Fact]
    public void A_reversed_window_is_rejected_naming_the_option()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new WindowPreprocessor(new WindowOptions { MinHu = 100, MaxHu = 0 }));

        Assert.Equal("min_hu", error.ParamName);
    }

    private static ImagingCase Case(float[] image, float[] brain)
    {
        var size = new GridSize(image.Length, 1, 1);
        return new ImagingCase("case-7", new Volume(size, Grid, image),
            new Dictionary<string, Volume> { [ImagingCase.BrainMask] = new Volume(size, Grid, brain) });
    }
}
