using Experiments.Contracts.Preprocessing;
using Experiments.Imaging;
using Experiments.Imaging.Geometry;
using Experiments.Imaging.Resampling;
using Experiments.Plugins.Preprocessing.Resampling;

namespace Experiments.Preprocessing.Tests;

public sealed class ResampleTests
{
    [Fact]
    public void Paper_grid_is_112_by_112_by_160_mm_at_256_by_256_by_32_centred_on_the_brain()
    {
        var input = SyntheticHead.Case();
        var brain = SmallBrain(input.Image, centre: (30, 50, 8));
        var step = new ResamplePreprocessor(new ResampleOptions(), Preprocessors.Context);

        var output = step.Apply(input.WithMask(ImagingCase.BrainMask, brain));

        var g = output.Image.Geometry;
        Assert.Equal(new GridSize(256, 256, 32), output.Image.Size);
        Assert.Equal(new Vector3D(112.0 / 256, 112.0 / 256, 5), g.Spacing);
        var centre = g.VoxelToWorld(127.5, 127.5, 15.5);
        var expected = input.Image.Geometry.VoxelToWorld(30, 50, 8);
        Assert.True((centre - expected).Length < 1e-9, $"centre {centre}, brain centroid {expected}");
        Assert.All(output.Masks.Values, m => Assert.All(m.Voxels, v => Assert.True(v is 0 or 1)));
    }

    [Fact]
    public void Resampling_there_and_back_restores_the_geometry_and_the_intensities()
    {
        var geometry = new VolumeGeometry(new Vector3D(1.0, 1.0, 4.0), new Vector3D(-20, -20, -30),
            new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));
        var source = Smooth(new GridSize(40, 40, 16), geometry);
        var fine = source.Geometry with { Spacing = new Vector3D(0.5, 0.5, 2), Origin = geometry.Origin };

        var there = VolumeResampler.Resample(source, new GridSize(79, 79, 31), fine, Interpolation.Cubic, -1000);
        var back = VolumeResampler.Resample(there, source.Size, source.Geometry, Interpolation.Cubic, -1000);

        Assert.Equal(source.Size, back.Size);
        Assert.Equal(source.Geometry, back.Geometry);

        // A smooth field (wavelengths 40 mm and more) survives both trips within 0.5 % of its range.
        var worst = Enumerable.Range(0, source.Voxels.Length).Max(n => Math.Abs(source.Voxels[n] - back.Voxels[n]));
        Assert.True(worst < 0.5, $"largest difference {worst} on a range of 100");
    }

    [Fact]
    public void A_predicted_mask_goes_back_onto_the_original_grid()
    {
        var input = SyntheticHead.Case();
        var step = new ResamplePreprocessor(
            new ResampleOptions
            {
                Centre = ResampleCentre.Image, FieldOfViewMm = [200, 200, 80], Matrix = [100, 100, 20],
            },
            Preprocessors.Context);
        var resampled = step.Apply(input);

        var back = ResampleBack.Mask(resampled.Masks["hematoma"], input.Image.Size, input.Image.Geometry);

        var original = input.Masks["hematoma"].Voxels;
        var both = Enumerable.Range(0, original.Length).Count(n => original[n] == 1 && back.Voxels[n] == 1);
        var dice = 2.0 * both / (original.Count(v => v == 1) + back.Voxels.Count(v => v == 1));
        Assert.Equal(input.Image.Geometry, back.Geometry);
        Assert.True(dice > 0.85, $"Dice {dice:F3}");
    }

    [Fact]
    public void Centring_on_a_brain_mask_no_earlier_step_adds_is_rejected_up_front()
    {
        var step = new ResamplePreprocessor(new ResampleOptions(), Preprocessors.Context);

        var error = Assert.Throws<PipelineException>(() => step.DescribeOutput(PipelineShape.Raw(["hematoma"])));

        Assert.Contains("Put skull-strip-otsu before resample", error.Message);
    }

    [Fact]
    public void Three_grid_options_at_once_are_rejected()
    {
        var options = new ResampleOptions { SpacingMm = [1, 1, 1] };

        var error = Assert.Throws<ArgumentException>(() => new ResamplePreprocessor(options, Preprocessors.Context));

        Assert.Contains("give two of the three", error.Message);
    }

    private static Volume SmallBrain(Volume image, (int X, int Y, int Z) centre)
    {
        var brain = new Volume(image.Size, image.Geometry);
        for (var k = centre.Z - 1; k <= centre.Z + 1; k++)
        for (var j = centre.Y - 2; j <= centre.Y + 2; j++)
        for (var i = centre.X - 3; i <= centre.X + 3; i++)
        {
            brain[i, j, k] = 1;
        }

        return brain;
    }

    private static Volume Smooth(GridSize size, VolumeGeometry geometry)
    {
        var volume = new Volume(size, geometry);
        for (var k = 0; k < size.Z; k++)
        for (var j = 0; j < size.Y; j++)
        for (var i = 0; i < size.X; i++)
        {
            var p = geometry.VoxelToWorld(i, j, k);
            volume[i, j, k] = (float)(50 + 30 * Math.Sin(p.X / 40 * 2 * Math.PI) * Math.Cos(p.Y / 60 * 2 * Math.PI)
                                      + 20 * Math.Sin(p.Z / 80 * 2 * Math.PI));
        }

        return volume;
    }
}
