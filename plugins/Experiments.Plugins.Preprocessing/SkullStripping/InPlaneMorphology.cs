using Experiments.Imaging.Geometry;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// Binary dilation and erosion of every axial slice by a disk of a radius in millimetres (pixel
/// spacing honoured), through an exact squared Euclidean distance transform (Felzenszwalb and
/// Huttenlocher), so the cost does not grow with the radius.
/// </summary>
internal static class InPlaneMorphology
{
    private const double Far = 1e20;

    /// <summary>Pixels within <paramref name="radiusMm"/> of a set pixel of the same slice.</summary>
    public static bool[] Dilate(bool[] mask, GridSize size, double spacingX, double spacingY, double radiusMm)
    {
        var result = new bool[mask.Length];
        var limit = radiusMm * radiusMm + 1e-9;
        Parallel.For(0, size.Z, k =>
        {
            var offset = k * size.X * size.Y;
            var distances = SquaredDistanceToSet(mask.AsSpan(offset, size.X * size.Y), size, spacingX, spacingY);
            for (var n = 0; n < distances.Length; n++)
            {
                result[offset + n] = distances[n] <= limit;
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

    private static double[] SquaredDistanceToSet(ReadOnlySpan<bool> slice, GridSize size, double sx, double sy)
    {
        var width = size.X;
        var height = size.Y;
        var rows = new double[width * height];
        var length = Math.Max(width, height);
        var f = new double[length];
        var d = new double[length];
        var v = new int[length];
        var z = new double[length + 1];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                f[x] = slice[x + y * width] ? 0 : Far;
            }

            Transform1D(f, d, width, sx * sx, v, z);
            Array.Copy(d, 0, rows, y * width, width);
        }

        for (var x = 0; x < width; x++)
        {
            for (var y = 0; y < height; y++)
            {
                f[y] = rows[x + y * width];
            }

            Transform1D(f, d, height, sy * sy, v, z);
            for (var y = 0; y < height; y++)
            {
                rows[x + y * width] = d[y];
            }
        }

        return rows;
    }

    // Lower envelope of the parabolas w2 * (q - p)^2 + f[p].
    private static void Transform1D(double[] f, double[] d, int n, double w2, int[] v, double[] z)
    {
        var k = 0;
        v[0] = 0;
        z[0] = double.NegativeInfinity;
        z[1] = double.PositiveInfinity;
        for (var q = 1; q < n; q++)
        {
            var s = Intersection(f, q, v[k], w2);
            while (s <= z[k])
            {
                k--;
                s = Intersection(f, q, v[k], w2);
            }

            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = double.PositiveInfinity;
        }

        k = 0;
        for (var q = 0; q < n; q++)
        {
            while (z[k + 1] < q)
            {
                k++;
            }

            var offset = q - v[k];
            d[q] = w2 * offset * offset + f[v[k]];
        }
    }

    private static double Intersection(double[] f, int q, int p, double w2) =>
        (f[q] + w2 * q * q - (f[p] + w2 * p * p)) / (2 * w2 * (q - p));
}
