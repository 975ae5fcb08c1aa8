using System.Numerics;
using System.Runtime.CompilerServices;
using Experiments.Imaging.Geometry;
using Experiments.Imaging;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// The in-plane rectangle (all slices) holding every voxel above a value, widened by a margin
/// and clipped to the grid. Skull stripping works inside it: the air around the head can hold
/// neither bone nor tissue, and a margin wider than the morphology's reach keeps the result
/// equal to working on the whole slice.
/// </summary>
internal readonly record struct InPlaneBox(int X0, int Y0, GridSize Size, GridSize Whole)
{
    public static InPlaneBox Around(Volume image, double above, int margin)
    {
        var size = image.Size;
        int minX = size.X, minY = size.Y, maxX = -1, maxY = -1;
        var gate = new object();
        var threshold = FloatInterval.AtMost(above);
        Parallel.For(0, size.Z, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (k) =>
        {
            int sliceMinX = size.X, sliceMinY = size.Y, sliceMaxX = -1, sliceMaxY = -1;
            for (var y = 0; y < size.Y; y++)
            {
                var row = image.Voxels.AsSpan(size.IndexOf(0, y, k), size.X);
                var first = FirstAbove(row, threshold);
                if (first < 0)
                {
                    continue;
                }

                sliceMinX = Math.Min(sliceMinX, first);
                sliceMaxX = Math.Max(sliceMaxX, LastAbove(row, threshold));
                sliceMinY = Math.Min(sliceMinY, y);
                sliceMaxY = Math.Max(sliceMaxY, y);
            }

            lock (gate)
            {
                (minX, maxX) = (Math.Min(minX, sliceMinX), Math.Max(maxX, sliceMaxX));
                (minY, maxY) = (Math.Min(minY, sliceMinY), Math.Max(maxY, sliceMaxY));
            }
        });

        if (maxX < 0)
        {
            return new InPlaneBox(0, 0, size, size);
        }

        var x0 = Math.Max(0, minX - margin);
        var y0 = Math.Max(0, minY - margin);
        var x1 = Math.Min(size.X - 1, maxX + margin);
        var y1 = Math.Min(size.Y - 1, maxY + margin);
        return new InPlaneBox(x0, y0, new GridSize(x1 - x0 + 1, y1 - y0 + 1, size.Z), size);
    }

    /// <summary>Where the box's row <paramref name="y"/> of slice <paramref name="k"/> starts in the grid.</summary>
    public int RowStart(int y, int k) => Whole.IndexOf(X0, Y0 + y, k);

    // "Above" compares with the largest float32 at or below the threshold: the same voxels as in double.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FirstAbove(ReadOnlySpan<float> row, float above)
    {
        var limit = new Vector<float>(above);
        var x = 0;
        while (x <= row.Length - Vector<float>.Count && !Vector.GreaterThanAny(new Vector<float>(row[x..]), limit))
        {
            x += Vector<float>.Count;
        }

        for (; x < row.Length; x++)
        {
            if (row[x] > above)
            {
                return x;
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LastAbove(ReadOnlySpan<float> row, float above)
    {
        for (var x = row.Length - 1; x >= 0; x--)
        {
            if (row[x] > above)
            {
                return x;
            }
        }

        return -1;
    }
}
