using System.Numerics;
using System.Runtime.InteropServices;
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
    // Row distances are stored as bytes (vectorised comparison); 255 means "255 or more".
    private const int Far = byte.MaxValue;

    /// <summary>Pixels within <paramref name="radiusMm"/> of a set pixel of the same slice.</summary>
    public static bool[] Dilate(bool[] mask, GridSize size, double spacingX, double spacingY, double radiusMm)
    {
        if (radiusMm / spacingX >= Far - 1)
        {
            throw new NotSupportedException(
                $"In-plane morphology reaches at most {Far - 2} pixels; " +
                $"{radiusMm} mm at {spacingX} mm pixels is more.");
        }

        var result = new bool[mask.Length];
        var rowReach = (int)Math.Floor(radiusMm / spacingY + 1e-9);
        var limit = radiusMm * radiusMm + 1e-9;
        Parallel.For(0, size.Z, k =>
        {
            var plane = size.X * size.Y;
            var along = RowDistances(mask.AsSpan(k * plane, plane), size.X, size.Y);
            var covered = MemoryMarshal.Cast<bool, byte>(result.AsSpan(k * plane, plane));
            for (var dy = -rowReach; dy <= rowReach; dy++)
            {
                var across = dy * spacingY;
                var maxColumns = (int)Math.Floor(Math.Sqrt(Math.Max(limit - across * across, 0)) / spacingX + 1e-9);
                for (var y = Math.Max(0, -dy); y < Math.Min(size.Y, size.Y - dy); y++)
                {
                    Cover(covered.Slice(y * size.X, size.X), along.AsSpan((y + dy) * size.X, size.X), (byte)maxColumns);
                }
            }
        });

        return result;
    }

    // target |= (distance <= reach), as 0/1 bytes.
    private static void Cover(Span<byte> target, ReadOnlySpan<byte> distances, byte reach)
    {
        var limit = new Vector<byte>(reach);
        var whole = target.Length - target.Length % Vector<byte>.Count;
        for (var x = 0; x < whole; x += Vector<byte>.Count)
        {
            var hit = Vector.LessThanOrEqual(new Vector<byte>(distances[x..]), limit) & Vector<byte>.One;
            (new Vector<byte>(target[x..]) | hit).CopyTo(target[x..]);
        }

        for (var x = whole; x < target.Length; x++)
        {
            target[x] |= distances[x] <= reach ? (byte)1 : (byte)0;
        }
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
        var source = MemoryMarshal.Cast<bool, byte>(mask.AsSpan());
        var target = MemoryMarshal.Cast<bool, byte>(result.AsSpan());
        var whole = source.Length - source.Length % Vector<byte>.Count;
        for (var n = 0; n < whole; n += Vector<byte>.Count)
        {
            (new Vector<byte>(source[n..]) ^ Vector<byte>.One).CopyTo(target[n..]);
        }

        for (var n = whole; n < source.Length; n++)
        {
            target[n] = (byte)(source[n] ^ 1);
        }

        return result;
    }

    // Per pixel, the number of columns to the nearest set pixel in the same row, saturated at Far.
    private static byte[] RowDistances(ReadOnlySpan<bool> slice, int width, int height)
    {
        var distances = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var row = slice.Slice(y * width, width);
            var result = distances.AsSpan(y * width, width);
            var gap = Far;
            for (var x = 0; x < width; x++)
            {
                gap = row[x] ? 0 : Math.Min(gap + 1, Far);
                result[x] = (byte)gap;
            }

            gap = Far;
            for (var x = width - 1; x >= 0; x--)
            {
                gap = row[x] ? 0 : Math.Min(gap + 1, Far);
                result[x] = (byte)Math.Min(result[x], gap);
            }
        }

        return distances;
    }
}
