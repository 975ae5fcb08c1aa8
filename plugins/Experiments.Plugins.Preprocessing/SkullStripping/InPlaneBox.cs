using Experiments.Imaging;
using Experiments.Imaging.Geometry;

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
        var voxels = image.Voxels;
        for (var k = 0; k < size.Z; k++)
        for (var y = 0; y < size.Y; y++)
        {
            var row = voxels.AsSpan(size.IndexOf(0, y, k), size.X);
            var first = FirstAbove(row, above);
            if (first < 0)
            {
                continue;
            }

            minX = Math.Min(minX, first);
            maxX = Math.Max(maxX, LastAbove(row, above));
            minY = Math.Min(minY, y);
            maxY = Math.Max(maxY, y);
        }

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

    public float[] Extract(float[] voxels)
    {
        var block = new float[Size.VoxelCount];
        for (var k = 0; k < Size.Z; k++)
        for (var y = 0; y < Size.Y; y++)
        {
            Array.Copy(voxels, Whole.IndexOf(X0, Y0 + y, k), block, Size.IndexOf(0, y, k), Size.X);
        }

        return block;
    }

    public bool[] Paste(bool[] block)
    {
        var whole = new bool[Whole.VoxelCount];
        for (var k = 0; k < Size.Z; k++)
        for (var y = 0; y < Size.Y; y++)
        {
            Array.Copy(block, Size.IndexOf(0, y, k), whole, Whole.IndexOf(X0, Y0 + y, k), Size.X);
        }

        return whole;
    }

    private static int FirstAbove(ReadOnlySpan<float> row, double above)
    {
        for (var x = 0; x < row.Length; x++)
        {
            if (row[x] > above)
            {
                return x;
            }
        }

        return -1;
    }

    private static int LastAbove(ReadOnlySpan<float> row, double above)
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
