using Experiments.Imaging;
using Experiments.Imaging.Geometry;
using Experiments.Runner.Prediction;
using Experiments.Testing;
using SkiaSharp;

namespace Experiments.Runner.Tests.Prediction;

public sealed class OverlayRendererTests
{
    private static readonly GridSize Size = new(12, 10, 2);

    [Fact]
    public void Slice_is_drawn_in_the_brain_window_with_the_mask_outlined_in_red()
    {
        using var folder = new TemporaryFolder();
        var geometry = VolumeGeometry.Identity(new Vector3D(1, 1, 1));
        var scan = new Volume(Size, geometry);
        var mask = new Volume(Size, geometry);
        for (var y = 0; y < Size.Y; y++)
        {
            for (var x = 0; x < Size.X; x++)
            {
                // Slice 1: -50 HU left of x = 4, 50 HU up to x = 8, 150 HU beyond.
                scan.Voxels[Size.IndexOf(x, y, 1)] = x < 4 ? -50 : x < 8 ? 50 : 150;
            }
        }

        for (var y = 3; y <= 6; y++)
        {
            for (var x = 4; x <= 7; x++)
            {
                mask.Voxels[Size.IndexOf(x, y, 1)] = 1;
            }
        }

        var path = folder.File("slice.png");
        new OverlayRenderer().Write(scan, mask, brain: null, slice: 1, path);

        using var png = SKBitmap.Decode(path);
        Assert.Equal((12, 10), (png.Width, png.Height));
        Assert.Equal(new SKColor(0, 0, 0), png.GetPixel(0, 0));
        Assert.Equal(new SKColor(128, 128, 128), png.GetPixel(5, 0));
        Assert.Equal(new SKColor(255, 255, 255), png.GetPixel(11, 9));
        Assert.Equal(new SKColor(255, 48, 48), png.GetPixel(4, 3));
        Assert.Equal(new SKColor(255, 48, 48), png.GetPixel(3, 4));
        Assert.Equal(new SKColor(128, 128, 128), png.GetPixel(5, 5));
        Assert.Equal(new SKColor(128, 128, 128), png.GetPixel(5, 8));
    }
}
