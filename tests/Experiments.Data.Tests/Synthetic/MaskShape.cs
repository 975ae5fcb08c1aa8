using Experiments.Imaging;

namespace Experiments.Data.Tests.Synthetic;

/// <summary>Shape measures of a mask's largest axial slice.</summary>
internal static class MaskShape
{
    /// <summary>
    /// Area over convex-hull area of the slice with the most mask voxels, counting each voxel as
    /// its four corners so a filled convex region scores close to 1 and lobes with notches between
    /// them score lower.
    /// </summary>
    public static double LargestSliceSolidity(Volume mask)
    {
        var size = mask.Size;
        var slice = Enumerable.Range(0, size.Z).MaxBy(z => CountSlice(mask, z));
        var corners = new List<(double X, double Y)>();
        var count = 0;
        for (var y = 0; y < size.Y; y++)
        for (var x = 0; x < size.X; x++)
        {
            if (mask[x, y, slice] > 0.5f)
            {
                count++;
                corners.AddRange([(x, y), (x + 1, y), (x, y + 1), (x + 1, y + 1)]);
            }
        }

        return count / HullArea(corners);
    }

    private static int CountSlice(Volume mask, int z)
    {
        var length = mask.Size.X * mask.Size.Y;
        return mask.Voxels.AsSpan(z * length, length).ToArray().Count(v => v > 0.5f);
    }

    /// <summary>Andrew's monotone chain hull, then the shoelace area.</summary>
    private static double HullArea(List<(double X, double Y)> points)
    {
        var sorted = points.Distinct().OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        static double Cross((double X, double Y) o, (double X, double Y) a, (double X, double Y) b) =>
            (a.X - o.X) * (b.Y - o.Y) - (a.Y - o.Y) * (b.X - o.X);
        var hull = new List<(double X, double Y)>();
        foreach (var pass in new[] { sorted, Enumerable.Reverse(sorted).ToList() })
        {
            var start = hull.Count;
            foreach (var point in pass)
            {
                while (hull.Count >= start + 2 && Cross(hull[^2], hull[^1], point) <= 0)
                {
                    hull.RemoveAt(hull.Count - 1);
                }

                hull.Add(point);
            }

            hull.RemoveAt(hull.Count - 1);
        }

        var area = 0.0;
        for (var n = 0; n < hull.Count; n++)
        {
            var (a, b) = (hull[n], hull[(n + 1) % hull.Count]);
            area += a.X * b.Y - b.X * a.Y;
        }

        return Math.Abs(area) / 2;
    }
}
