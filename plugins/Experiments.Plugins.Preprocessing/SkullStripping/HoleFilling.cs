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
        Parallel.For(0, size.Z, k =>
        {
            var plane = size.X * size.Y;
            FillSlice(mask.AsSpan(k * plane, plane), result.AsSpan(k * plane, plane), size.X, size.Y);
        });
        return result;
    }

    private static void FillSlice(ReadOnlySpan<bool> mask, Span<bool> result, int width, int height)
    {
        // result doubles as the "reached from the border" marks, inverted at the end.
        var stack = new int[width * height];
        var top = 0;
        for (var x = 0; x < width; x++)
        {
            Seed(x, mask, result, stack, ref top);
            Seed(x + (height - 1) * width, mask, result, stack, ref top);
        }

        for (var y = 0; y < height; y++)
        {
            Seed(y * width, mask, result, stack, ref top);
            Seed(width - 1 + y * width, mask, result, stack, ref top);
        }

        while (top > 0)
        {
            var n = stack[--top];
            var x = n % width;
            if (x > 0) Seed(n - 1, mask, result, stack, ref top);
            if (x < width - 1) Seed(n + 1, mask, result, stack, ref top);
            if (n >= width) Seed(n - width, mask, result, stack, ref top);
            if (n < width * (height - 1)) Seed(n + width, mask, result, stack, ref top);
        }

        for (var n = 0; n < result.Length; n++)
        {
            result[n] = !result[n];
        }
    }

    private static void Seed(int n, ReadOnlySpan<bool> mask, Span<bool> reached, int[] stack, ref int top)
    {
        if (!mask[n] && !reached[n])
        {
            reached[n] = true;
            stack[top++] = n;
        }
    }
}
