using System.Runtime.CompilerServices;
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
    private static readonly double Gain = (1 - Pole) * (1 - 1 / Pole);

    // Columns filtered together along z: 32 slices of 1024 doubles stay in a core's L2 cache.
    private const int ColumnChunk = 1024;

    /// <summary>
    /// The coefficients of the block of <paramref name="voxels"/> (on grid <paramref name="input"/>)
    /// that the window covers.
    /// </summary>
    public static double[] Compute(float[] voxels, GridSize input, InputWindow window)
    {
        var size = window.Size;
        var plane = size.X * size.Y;
        var c = GC.AllocateUninitializedArray<double>(plane * size.Z);

        // x then y slice by slice, so the y pass finds the slice still in cache. Along x the slice is
        // filtered transposed, all rows in lockstep: a single row's recursion waits on each step.
        // Each filter's gain is applied while the slice is copied into place.
        var gainX = GainFor(size.X);
        var gainY = GainFor(size.Y);
        Parallel.For(0, size.Z, () => new double[plane],
            [MethodImpl(MethodImplOptions.AggressiveOptimization)] (k, _, transposed) =>
        {
            var slice = c.AsSpan(k * plane, plane);
            for (var y = 0; y < size.Y; y++)
            {
                var source = voxels.AsSpan(input.IndexOf(window.X0, window.Y0 + y, window.Z0 + k), size.X);
                for (var x = 0; x < size.X; x++)
                {
                    transposed[x * size.Y + y] = source[x] * gainX;
                }
            }

            FilterLockstep(transposed, size.X, size.Y, size.Y, gainApplied: true);
            for (var x = 0; x < size.X; x++)
            {
                for (var y = 0; y < size.Y; y++)
                {
                    slice[y * size.X + x] = transposed[x * size.Y + y] * gainY;
                }
            }

            FilterLockstep(slice, size.Y, size.X, size.X, gainApplied: true);
            return transposed;
        }, _ => { });

        Parallel.For(0, (plane + ColumnChunk - 1) / ColumnChunk, part =>
        {
            var start = part * ColumnChunk;
            var width = Math.Min(ColumnChunk, plane - start);
            FilterLockstep(c.AsSpan(start), size.Z, plane, width, gainApplied: false);
        });
        return c;
    }

    // A line of one element is left as it is, gain included.
    private static double GainFor(int length) => length < 2 ? 1 : Gain;

    // Filters n elements; element i is data[i * stride .. i * stride + width), processed in lockstep.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FilterLockstep(Span<double> data, int n, int stride, int width, bool gainApplied)
    {
        if (n < 2)
        {
            return;
        }

        var z = Pole;
        for (var i = 0; i < n && !gainApplied; i++)
        {
            LockstepArithmetic.Scale(data.Slice(i * stride, width), Gain);
        }

        CausalStartMirror(data, n, stride, width, z);
        for (var i = 1; i < n; i++)
        {
            LockstepArithmetic.AddScaled(data.Slice(i * stride, width), data.Slice((i - 1) * stride, width), z);
        }

        var lastRow = data.Slice((n - 1) * stride, width);
        var beforeLast = data.Slice((n - 2) * stride, width);
        for (var w = 0; w < width; w++)
        {
            lastRow[w] = (z * beforeLast[w] + lastRow[w]) * z / (z * z - 1);
        }

        for (var i = n - 2; i >= 0; i--)
        {
            var next = data.Slice((i + 1) * stride, width);
            LockstepArithmetic.ScaledDifference(data.Slice(i * stride, width), next, z);
        }
    }

    // The causal filter's first value for a signal mirrored about both ends (period 2n - 2),
    // summed exactly rather than truncated, so short lines (30 slices) are filtered exactly.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CausalStartMirror(Span<double> data, int n, int stride, int width, double z)
    {
        var zn1 = Math.Pow(z, n - 1);
        var first = data.Slice(0, width);
        var last = data.Slice((n - 1) * stride, width);
        Span<double> sum = width <= ColumnChunk ? stackalloc double[width] : new double[width];
        sum.Clear();
        LockstepArithmetic.AddMirrorPair(sum, first, last, 1, zn1);

        var zi = z;
        for (var i = 1; i < n - 1; i++)
        {
            var mirror = data.Slice((n - 1 - i) * stride, width);
            LockstepArithmetic.AddMirrorPair(sum, data.Slice(i * stride, width), mirror, zi, zn1);
            zi *= z;
        }

        LockstepArithmetic.SetScaled(first, sum, 1 / (1 - zn1 * zn1));
    }
}
