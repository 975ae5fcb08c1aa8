using Experiments.Imaging.Geometry;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>The largest 6-connected component of a 3D binary mask (the first found on a tie).</summary>
internal static class LargestComponent
{
    public static bool[] Keep(bool[] mask, GridSize size)
    {
        var labels = new int[mask.Length];
        var stack = new int[mask.Length];
        int bestLabel = 0, bestSize = 0, label = 0;
        for (var seed = 0; seed < mask.Length; seed++)
        {
            if (!mask[seed] || labels[seed] != 0)
            {
                continue;
            }

            label++;
            var count = Flood(mask, labels, size, seed, label, stack);
            if (count > bestSize)
            {
                bestSize = count;
                bestLabel = label;
            }
        }

        var result = new bool[mask.Length];
        for (var n = 0; n < mask.Length; n++)
        {
            result[n] = bestLabel != 0 && labels[n] == bestLabel;
        }

        return result;
    }

    private static int Flood(bool[] mask, int[] labels, GridSize size, int seed, int label, int[] stack)
    {
        var plane = size.X * size.Y;
        var count = 0;
        var top = 0;
        labels[seed] = label;
        stack[top++] = seed;
        while (top > 0)
        {
            var n = stack[--top];
            count++;
            var x = n % size.X;
            var y = n / size.X % size.Y;
            var z = n / plane;
            if (x > 0) Visit(n - 1);
            if (x < size.X - 1) Visit(n + 1);
            if (y > 0) Visit(n - size.X);
            if (y < size.Y - 1) Visit(n + size.X);
            if (z > 0) Visit(n - plane);
            if (z < size.Z - 1) Visit(n + plane);
        }

        return count;

        void Visit(int neighbour)
        {
            if (mask[neighbour] && labels[neighbour] == 0)
            {
                labels[neighbour] = label;
                stack[top++] = neighbour;
            }
        }
    }
}
