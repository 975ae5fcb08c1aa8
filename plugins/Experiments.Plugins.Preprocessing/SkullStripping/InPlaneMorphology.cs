using Experiments.Imaging.Geometry;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// Binary dilation and erosion of every axial slice by a disk of a radius in millimetres (pixel
/// spacing honoured; a pixel is in the disk when its centre is within the radius). Each row first
/// gets every pixel's distance to the nearest set pixel along the row; a pixel is then covered
/// when some row within the radius has a set pixel close enough — exact, and linear in the
/// number of rows the disk spans.
/// </summary>
internal static class InPlaneMorphology
{
    private const int Far = int.MaxValue / 4;

    /// <summary>Pixels within <paramref name="radiusMm"/> of a set pixel of the same slice.</summary>
    public static bool[] Dilate(bool[] mask, GridSize size, double spacingX, double spacingY, double radiusMm)
    {
        var result = new bool[mask.Length];
        var rowReach = (int)Math.Floor(radiusMm / spacingY + 1e-9);
        var limit = radiusMm * radiusMm + 1e-9;
        Parallel.For(0, size.Z, k =>
        {
            var plane = size.X * size.Y;
            var along = RowDistances(mask.AsSpan(k * plane, plane), size.X, size.Y);
            var covered = result.AsSpan(k * plane, plane);
            for (var dy = -rowReach; dy <= rowReach; dy++)
            {
                var across = dy * spacingY;
                var remaining = limit - across * across;
                var maxColumns = (int)Math.Floor(Math.Sqrt(Math.Max(remaining, 0)) / spacingX + 1e-9);
                for (var y = Math.Max(0, -dy); y < Math.Min(size.Y, size.Y - dy); y++)
                {
                    var source = along.AsSpan((y + dy) * size.X, size.X);
                    var target = covered.Slice(y * size.X, size.X);
                    for (var x = 0; x < size.X; x++)
                    {
                        target[x] |= source[x] <= maxColumns;
                    }
                }
            }
        });

        return result;
    }

    /// <summary>Set pixels whose disk of <paramref name="radiusMm"/> lies inside the set.</summary>
    public static bool[] Erode(bool[] mask, GridSize size, double spacingX, double spacingY, double radiusMm)
    {
        var outside = Invert(mask);
        return Invert(Dilate(outside, size, spacingX, spacingY, radiusMm));
    }

    private static bool[] Invert(bool[] mask)
    {
        var result = new bool[mask.Length];
        for (var n = 0; n < mask.Length; n++)
        {
            result[n] = !mask[n];
        }

        return result;
    }

    // Per pixel, the number of columns to the nearest set pixel in the same row (Far if none).
    private static int[] RowDistances(ReadOnlySpan<bool> slice, int width, int height)
    {
        var distances = new int[width * height];
        for (var y = 0; y < height; y++)
        {
            var row = slice.Slice(y * width, width);
            var result = distances.AsSpan(y * width, width);
            var last = -Far;
            for (var x = 0; x < width; x++)
            {
                last = row[x] ? x : last;
                result[x] = x - last;
            }

            last = 2 * Far;
            for (var x = width - 1; x >= 0; x--)
            {
                last = row[x] ? x : last;
                result[x] = Math.Min(result[x], last - x);
            }
        }

        return distances;
    }
}
