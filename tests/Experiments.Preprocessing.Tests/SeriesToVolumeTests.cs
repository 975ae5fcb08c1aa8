using Experiments.Contracts.Preprocessing;
using Experiments.Imaging;
using Experiments.Imaging.Geometry;
using Experiments.Plugins.Preprocessing.SeriesToVolume;

namespace Experiments.Preprocessing.Tests;

public sealed class SeriesToVolumeTests
{
    [Fact]
    public void A_sheared_series_is_resampled_onto_an_orthonormal_grid()
    {
        var input = Sheared("tilt-01");
        var step = new SeriesToVolumePreprocessor(new SeriesToVolumeOptions(), Preprocessors.Context);

        var output = step.Apply(input);

        var g = output.Image.Geometry;
        Assert.Equal(0, g.AxisI.Dot(g.AxisK), 12);
        Assert.Equal(0, g.AxisJ.Dot(g.AxisK), 12);
        Assert.Equal(5, g.Spacing.Z, 9);

        // The image is a linear ramp in world y, so linear interpolation reproduces it exactly.
        var (i, j, k) = (output.Image.Size.X / 2, output.Image.Size.Y / 2, output.Image.Size.Z / 2);
        Assert.Equal(Ramp(g.VoxelToWorld(i, j, k)), output.Image[i, j, k], 1e-3);
    }

    [Fact]
    public void A_sheared_series_fails_by_name_when_irregular_series_is_error()
    {
        var step = new SeriesToVolumePreprocessor(
            new SeriesToVolumeOptions { IrregularSeries = IrregularSeriesHandling.Error }, Preprocessors.Context);

        var error = Assert.Throws<CaseException>(() => step.Apply(Sheared("tilt-02")));

        Assert.Equal("tilt-02", error.CaseId);
        Assert.Contains("sheared by 16.70 degrees", error.Message);
    }

    [Fact]
    public void A_mask_with_other_labels_than_0_and_1_fails_by_name()
    {
        var head = SyntheticHead.Case("labels-01");
        var labels = head.Masks["hematoma"].Voxels.Select(v => v * 2).ToArray();
        var step = new SeriesToVolumePreprocessor(new SeriesToVolumeOptions(), Preprocessors.Context);

        var error = Assert.Throws<CaseException>(
            () => step.Apply(head.WithMask("hematoma", head.Image.WithVoxels(labels))));

        Assert.Equal("labels-01", error.CaseId);
        Assert.Contains("neither 0 nor 1", error.Message);
    }

    private static ImagingCase Sheared(string id)
    {
        // Slices step 5 mm along z and 1.5 mm along y: a gantry tilt of atan(0.3) = 16.70 degrees.
        var geometry = new VolumeGeometry(new Vector3D(1, 1, Math.Sqrt(1 + 0.09) * 5), new Vector3D(0, 0, 0),
            new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0.3, 1).Normalized());
        var image = new Volume(new GridSize(20, 20, 6), geometry);
        for (var k = 0; k < 6; k++)
        for (var j = 0; j < 20; j++)
        for (var i = 0; i < 20; i++)
        {
            image[i, j, k] = (float)Ramp(geometry.VoxelToWorld(i, j, k));
        }

        return new ImagingCase(id, image, new Dictionary<string, Volume>());
    }

    private static double Ramp(Vector3D p) => 10 + 2 * p.Y + 0.5 * p.Z;
}
