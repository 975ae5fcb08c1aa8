using Experiments.Imaging.Geometry;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// Fills the holes of every axial slice: unset pixels that cannot reach the slice's border through
/// 4-connected unset pixels become set (SciPy's <c>binary_fill_holes</c> in 2D).
/// </summary>
internal static class HoleFilling
{
    public static bool[] FillSlices(bool[] mask, GridSize size)
    {
        var result = new bool[mask.Length];
        Parallel.For(0, size.Z, k => FillSlice(mask, result, size, k * size.X * size.Y));
        return result;
    }

    private static void FillSlice(bool[] mask, bool[] result, GridSize size, int offset)
    {
        int width = size.X, height = size.Y;
        var outside = new bool[width * height];
        var queue = new Queue<int>();
        void Visit(int x, int y)
        {
            var n = x + y * width;
            if (!mask[offset + n] && !outside[n])
            {
                outside[n] = true;
                queue.Enqueue(n);
            }
        }

        for (var x = 0; x < width; x++)
        {
            Visit(x, 0);
            Visit(x, height - 1);
        }

        for (var y = 0; y < height; y++)
        {
            Visit(0, y);
            Visit(width - 1, y);
        }

        while (queue.TryDequeue(out var n))
        {
            int x = n % width, y = n / width;
            if (x > 0) Visit(x - 1, y);
            if (x < width - 1) Visit(x + 1, y);
            if (y > 0) Visit(x, y - 1);
            if (y < height - 1) Visit(x, y + 1);
        }

        for (var n = 0; n < outside.Length; n++)
        {
            result[offset + n] = !outside[n];
        }
    }
}
