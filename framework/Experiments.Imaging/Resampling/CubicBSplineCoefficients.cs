using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Resampling;

/// <summary>
/// The coefficients of the cubic B-spline that passes through every voxel value: the volume
/// filtered along each axis by the recursive inverse of the B-spline kernel (pole sqrt(3) - 2,
/// gain 6) with mirror-symmetric boundaries, as SciPy's <c>spline_filter(order=3)</c> does.
/// Evaluating the spline at a voxel centre gives back that voxel's value.
/// </summary>
internal static class CubicBSplineCoefficients
{
    private static readonly double Pole = Math.Sqrt(3) - 2;

    public static double[] Compute(float[] voxels, GridSize size)
    {
        var c = new double[voxels.Length];
        var plane = size.X * size.Y;
        Parallel.For(0, size.Y * size.Z, row =>
        {
            var line = c.AsSpan(row * size.X, size.X);
            for (var x = 0; x < size.X; x++)
            {
                line[x] = voxels[row * size.X + x];
            }

            Filter(line, size.X, 1, 1);
        });

        // Along y and z, whole rows (or row chunks) are filtered together so memory is read in order.
        Parallel.For(0, size.Z, k => Filter(c.AsSpan(k * plane, plane), size.Y, size.X, size.X));
        const int chunk = 4096;
        Parallel.For(0, (plane + chunk - 1) / chunk, part =>
        {
            var start = part * chunk;
            var width = Math.Min(chunk, plane - start);
            Filter(c.AsSpan(start), size.Z, plane, width);
        });
        return c;
    }

    // Filters n elements; element i is data[i * stride .. i * stride + width), processed in lockstep.
    private static void Filter(Span<double> data, int n, int stride, int width)
    {
        if (n < 2)
        {
            return;
        }

        var z = Pole;
        var gain = (1 - z) * (1 - 1 / z);
        for (var i = 0; i < n; i++)
        {
            var e = data.Slice(i * stride, width);
            for (var w = 0; w < width; w++)
            {
                e[w] *= gain;
            }
        }

        CausalStartMirror(data, n, stride, width, z);
        for (var i = 1; i < n; i++)
        {
            var e = data.Slice(i * stride, width);
            var previous = data.Slice((i - 1) * stride, width);
            for (var w = 0; w < width; w++)
            {
                e[w] += z * previous[w];
            }
        }

        var lastRow = data.Slice((n - 1) * stride, width);
        var beforeLast = data.Slice((n - 2) * stride, width);
        for (var w = 0; w < width; w++)
        {
            lastRow[w] = (z * beforeLast[w] + lastRow[w]) * z / (z * z - 1);
        }

        for (var i = n - 2; i >= 0; i--)
        {
            var e = data.Slice(i * stride, width);
            var next = data.Slice((i + 1) * stride, width);
            for (var w = 0; w < width; w++)
            {
                e[w] = z * (next[w] - e[w]);
            }
        }
    }

    // The causal filter's first value for a signal mirrored about both ends (period 2n - 2),
    // summed exactly rather than truncated, so short lines (30 slices) are filtered exactly.
    private static void CausalStartMirror(Span<double> data, int n, int stride, int width, double z)
    {
        var zn1 = Math.Pow(z, n - 1);
        var first = data.Slice(0, width);
        var last = data.Slice((n - 1) * stride, width);
        var sum = new double[width];
        for (var w = 0; w < width; w++)
        {
            sum[w] = first[w] + zn1 * last[w];
        }

        var zi = z;
        for (var i = 1; i < n - 1; i++)
        {
            var e = data.Slice(i * stride, width);
            var mirror = data.Slice((n - 1 - i) * stride, width);
            for (var w = 0; w < width; w++)
            {
                sum[w] += zi * (e[w] + zn1 * mirror[w]);
            }

            zi *= z;
        }

        var scale = 1 / (1 - zn1 * zn1);
        for (var w = 0; w < width; w++)
        {
            first[w] = sum[w] * scale;
        }
    }
}
