using RandomFlipPlugin;

namespace Experiments.Samples.Tests;

public class VolumeFlipTests
{
    // A 2 (depth) x 2 (height) x 3 (width) volume holding its own index: value = (z * 2 + y) * 3 + x.
    private static readonly float[] Volume = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

    public static TheoryData<FlipAxis, float[]> OneAxis => new()
    {
        { FlipAxis.LeftRight, [2, 1, 0, 5, 4, 3, 8, 7, 6, 11, 10, 9] },
        { FlipAxis.AnteriorPosterior, [3, 4, 5, 0, 1, 2, 9, 10, 11, 6, 7, 8] },
        { FlipAxis.SuperiorInferior, [6, 7, 8, 9, 10, 11, 0, 1, 2, 3, 4, 5] },
    };

    [Theory]
    [MemberData(nameof(OneAxis))]
    public void Mirroring_one_axis_reverses_the_values_along_that_array_axis_only(FlipAxis axis, float[] expected)
    {
        var mirrored = VolumeFlip.Mirror(Volume, depth: 2, height: 2, width: 3, [axis]);

        Assert.Equal(expected, mirrored);
    }

    [Fact]
    public void Mirroring_all_three_axes_reverses_the_whole_volume()
    {
        var all = new[] { FlipAxis.LeftRight, FlipAxis.AnteriorPosterior, FlipAxis.SuperiorInferior };

        var mirrored = VolumeFlip.Mirror(Volume, depth: 2, height: 2, width: 3, all);

        Assert.Equal(Volume.Reverse(), mirrored);
    }

    [Fact]
    public void Mirroring_leaves_its_input_unchanged()
    {
        var input = Volume.ToArray();

        VolumeFlip.Mirror(input, depth: 2, height: 2, width: 3, [FlipAxis.LeftRight]);

        Assert.Equal(Volume, input);
    }

    [Fact]
    public void Values_that_do_not_fill_the_declared_shape_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(
            () => VolumeFlip.Mirror(Volume, depth: 2, height: 2, width: 2, [FlipAxis.LeftRight]));

        Assert.StartsWith("12 values cannot be a 2 x 2 x 2 volume.", error.Message);
    }
}
