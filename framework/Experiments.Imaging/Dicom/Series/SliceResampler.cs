using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Dicom.Series;

/// <summary>
/// Turns an irregular slice stack into a regular orthogonal grid: tilt correction shifts each
/// slice in its plane (bilinear) so the stack runs along the normal, on a grid widened to keep
/// every slice whole; equalisation interpolates linearly along the normal to one spacing.
/// </summary>
internal static class SliceResampler
{
    private const double Epsilon = 1e-6;

    /// <summary>The stack shifted onto an orthogonal grid; slices stay at their positions along the normal.</summary>
    public static float[] CorrectTilt(
        float[] voxels, SliceStack stack, float fill, out GridSize size, out Vector3D origin)
    {
        var first = stack.First;
        var offsets = stack.Slices
            .Select(s => (U: (s.Position - first.Position).Dot(first.RowDirection) / first.ColumnSpacing,
                V: (s.Position - first.Position).Dot(first.ColumnDirection) / first.RowSpacing))
            .ToList();
        var minU = offsets.Min(o => o.U);
        var minV = offsets.Min(o => o.V);
        var columns = first.Columns + (int)Math.Ceiling(offsets.Max(o => o.U) - minU - 1e-3);
        var rows = first.Rows + (int)Math.Ceiling(offsets.Max(o => o.V) - minV - 1e-3);
        size = new GridSize(columns, rows, stack.Slices.Count);
        origin = first.Position + first.RowDirection * (minU * first.ColumnSpacing)
            + first.ColumnDirection * (minV * first.RowSpacing);

        var output = new float[size.VoxelCount];
        var sliceLength = first.Columns * first.Rows;
        for (var k = 0; k < size.Z; k++)
        {
            var source = voxels.AsSpan(k * sliceLength, sliceLength);
            var target = output.AsSpan(k * columns * rows, columns * rows);
            ShiftSlice(source, first.Columns, first.Rows, target, columns, rows,
                minU - offsets[k].U, minV - offsets[k].V, fill);
        }

        return output;
    }

    /// <summary>Slices at the most common spacing from the first slice, interpolated along the normal.</summary>
    public static float[] Equalize(
        float[] voxels, IReadOnlyList<double> positions, int sliceLength, double spacing, out int sliceCount)
    {
        sliceCount = (int)Math.Floor((positions[^1] - positions[0]) / spacing + 1e-6) + 1;
        var output = new float[(long)sliceCount * sliceLength];
        var lower = 0;
        for (var m = 0; m < sliceCount; m++)
        {
            var t = positions[0] + m * spacing;
            while (lower < positions.Count - 2 && positions[lower + 1] <= t + Epsilon)
            {
                lower++;
            }

            var weight = Math.Clamp((t - positions[lower]) / (positions[lower + 1] - positions[lower]), 0, 1);
            var a = voxels.AsSpan(lower * sliceLength, sliceLength);
            var b = voxels.AsSpan((lower + 1) * sliceLength, sliceLength);
            var target = output.AsSpan(m * sliceLength, sliceLength);
            for (var n = 0; n < sliceLength; n++)
            {
                target[n] = weight < Epsilon ? a[n]
                    : weight > 1 - Epsilon ? b[n]
                    : (float)(a[n] + weight * (b[n] - a[n]));
            }
        }

        return output;
    }

    private static void ShiftSlice(
        ReadOnlySpan<float> source,
        int sourceColumns,
        int sourceRows,
        Span<float> target,
        int columns,
        int rows,
        double shiftX,
        double shiftY,
        float fill)
    {
        for (var j = 0; j < rows; j++)
        {
            var y = j + shiftY;
            for (var i = 0; i < columns; i++)
            {
                var x = i + shiftX;
                target[j * columns + i] = x < -Epsilon || y < -Epsilon || x > sourceColumns - 1 + Epsilon
                    || y > sourceRows - 1 + Epsilon
                    ? fill
                    : Bilinear(source, sourceColumns, sourceRows, x, y);
            }
        }
    }

    private static float Bilinear(ReadOnlySpan<float> source, int columns, int rows, double x, double y)
    {
        var x0 = Math.Clamp((int)Math.Floor(x), 0, columns - 1);
        var y0 = Math.Clamp((int)Math.Floor(y), 0, rows - 1);
        var x1 = Math.Min(x0 + 1, columns - 1);
        var y1 = Math.Min(y0 + 1, rows - 1);
        var fx = Math.Clamp(x - x0, 0, 1);
        var fy = Math.Clamp(y - y0, 0, 1);
        var top = source[y0 * columns + x0] * (1 - fx) + source[y0 * columns + x1] * fx;
        var bottom = source[y1 * columns + x0] * (1 - fx) + source[y1 * columns + x1] * fx;
        return (float)(top * (1 - fy) + bottom * fy);
    }
}
