using Experiments.Imaging.Geometry;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>The largest 6-connected component of a 3D binary mask (the first found on a tie).</summary>
internal static class LargestComponent
{
    public static bool[] Keep(bool[] mask, GridSize size)
    {
        var labels = new int[mask.Length];
        var stack = new Stack<int>();
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

    private static int Flood(bool[] mask, int[] labels, GridSize size, int seed, int label, Stack<int> stack)
    {
        var plane = size.X * size.Y;
        var count = 0;
        labels[seed] = label;
        stack.Push(seed);
        while (stack.TryPop(out var n))
        {
            count++;
            var x = n % size.X;
            var y = n / size.X % size.Y;
            var z = n / plane;
            if (x > 0) Push(n - 1);
            if (x < size.X - 1) Push(n + 1);
            if (y > 0) Push(n - size.X);
            if (y < size.Y - 1) Push(n + size.X);
            if (z > 0) Push(n - plane);
            if (z < size.Z - 1) Push(n + plane);
        }

        return count;

        void Push(int neighbour)
        {
            if (mask[neighbour] && labels[neighbour] == 0)
            {
                labels[neighbour] = label;
                stack.Push(neighbour);
            }
        }
    }
}
