using Experiments.Imaging;
using Experiments.Imaging.Geometry;
using Experiments.Runner.Prediction;

namespace Experiments.Runner.Tests.Prediction;

public sealed class OverlaySlicesTests
{
    private static readonly GridSize Size = new(4, 4, 6);

    [Fact]
    public void Slices_with_the_largest_predicted_area_are_chosen_in_slice_order()
    {
        var mask = WithAreas([0, 3, 9, 1, 5, 0]);
        Assert.Equal([1, 2, 4], OverlaySlices.Choose(mask, brain: null, count: 3));
    }

    [Fact]
    public void Only_slices_with_a_prediction_are_shown_when_fewer_than_asked_have_one()
    {
        var mask = WithAreas([0, 0, 2, 0, 0, 0]);
        Assert.Equal([2], OverlaySlices.Choose(mask, brain: null, count: 3));
    }

    [Fact]
    public void An_empty_prediction_shows_the_slices_with_the_most_brain()
    {
        var empty = WithAreas([0, 0, 0, 0, 0, 0]);
        var brain = WithAreas([2, 16, 12, 14, 4, 0]);
        Assert.Equal([1, 2, 3], OverlaySlices.Choose(empty, brain, count: 3));
    }

    private static Volume WithAreas(int[] areas)
    {
        var volume = new Volume(Size, VolumeGeometry.Identity(new Vector3D(1, 1, 1)));
        for (var z = 0; z < areas.Length; z++)
        {
            for (var i = 0; i < areas[z]; i++)
            {
                volume.Voxels[z * Size.X * Size.Y + i] = 1;
            }
        }

        return volume;
    }
}
