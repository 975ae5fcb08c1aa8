using Experiments.Imaging;
using SkiaSharp;

namespace Experiments.Runner.Prediction;

/// <summary>
/// Draws one axial slice of a scan as a PNG: grey levels over a HU window (the paper's 0 to 100 HU
/// brain window by default), the predicted mask's outline in red and the brain mask's in green.
/// Pixels are voxels: columns follow the scan's first axis, rows its second, as DICOM viewers
/// show a slice.
/// </summary>
public sealed class OverlayRenderer(double windowMinHu = 0, double windowMaxHu = 100)
{
    private static readonly SKColor MaskColour = new(255, 48, 48);
    private static readonly SKColor BrainColour = new(64, 220, 96);
    private static readonly (int Dx, int Dy)[] Neighbours = [(-1, 0), (1, 0), (0, -1), (0, 1)];

    public void Write(Volume scan, Volume mask, Volume? brain, int slice, string path)
    {
        var size = scan.Size;
        if (slice < 0 || slice >= size.Z)
        {
            throw new ArgumentOutOfRangeException(nameof(slice), slice, $"The scan has {size.Z} slices.");
        }

        using var bitmap = new SKBitmap(size.X, size.Y, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var pixels = new SKColor[size.X * size.Y];
        var offset = slice * size.X * size.Y;
        for (var i = 0; i < pixels.Length; i++)
        {
            var grey = Grey(scan.Voxels[offset + i]);
            pixels[i] = new SKColor(grey, grey, grey);
        }

        if (brain is not null)
        {
            Outline(brain, offset, size.X, size.Y, pixels, BrainColour);
        }

        Outline(mask, offset, size.X, size.Y, pixels, MaskColour);
        bitmap.Pixels = pixels;
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        png.SaveTo(file);
    }

    private byte Grey(float hu)
    {
        var level = (hu - windowMinHu) / (windowMaxHu - windowMinHu);
        return (byte)Math.Round(255 * Math.Clamp(level, 0, 1));
    }

    /// <summary>
    /// Colours the mask's edge two pixels wide, so it shows on a 512-pixel slice: the mask's
    /// voxels with a 4-neighbour outside it, and those neighbours.
    /// </summary>
    private static void Outline(Volume mask, int offset, int width, int height, SKColor[] pixels, SKColor colour)
    {
        bool Inside(int x, int y) =>
            x >= 0 && y >= 0 && x < width && y < height && mask.Voxels[offset + x + width * y] >= 0.5f;

        void Paint(int x, int y)
        {
            if (x >= 0 && y >= 0 && x < width && y < height)
            {
                pixels[x + width * y] = colour;
            }
        }

        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (!Inside(x, y))
                {
                    continue;
                }

                foreach (var (dx, dy) in Neighbours)
                {
                    if (!Inside(x + dx, y + dy))
                    {
                        Paint(x, y);
                        Paint(x + dx, y + dy);
                    }
                }
            }
        }
    }

}
