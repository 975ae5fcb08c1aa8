using Experiments.Imaging.Geometry;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>The largest 6-connected component of a 3D binary mask (the first found on a tie).</summary>
internal static class LargestComponent
{
    public static bool[] Keep(bool[] mask, GridSize size)
    {
        var visited = new bool[mask.Length];
        var stack = new List<int>();
        int bestSeed = -1, bestSize = 0;
        for (var seed = 0; seed < mask.Length; seed++)
        {
            if (mask[seed] && !visited[seed])
            {
                var count = Flood(mask, visited, size, seed, stack);
                if (count > bestSize)
                {
                    bestSize = count;
                    bestSeed = seed;
                }
            }
        }

        var result = new bool[mask.Length];
        if (bestSeed >= 0)
        {
            Flood(mask, result, size, bestSeed, stack);
        }

        return result;
    }

    // Marks the component of seed in marks (which must not yet hold it); returns its voxel count.
    private static int Flood(bool[] mask, bool[] marks, GridSize size, int seed, List<int> stack)
    {
        var plane = size.X * size.Y;
        var count = 0;
        marks[seed] = true;
        stack.Add(seed);
        while (stack.Count > 0)
        {
            var n = stack[^1];
            stack.RemoveAt(stack.Count - 1);
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
            if (mask[neighbour] && !marks[neighbour])
            {
                marks[neighbour] = true;
                stack.Add(neighbour);
            }
        }
    }
}
