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
        var coefficients = new double[voxels.Length];
        for (var n = 0; n < voxels.Length; n++)
        {
            coefficients[n] = voxels[n];
        }

        FilterAxis(coefficients, size.X, 1, size.Y * size.Z, line => line * size.X);
        FilterAxis(coefficients, size.Y, size.X, size.X * size.Z,
            line => line % size.X + line / size.X * size.X * size.Y);
        FilterAxis(coefficients, size.Z, size.X * size.Y, size.X * size.Y, line => line);
        return coefficients;
    }

    private static void FilterAxis(double[] data, int length, int stride, int lineCount, Func<int, int> lineStart)
    {
        if (length < 2)
        {
            return;
        }

        Parallel.For(0, lineCount, () => new double[length], (line, _, buffer) =>
        {
            var start = lineStart(line);
            for (var n = 0; n < length; n++)
            {
                buffer[n] = data[start + n * stride];
            }

            FilterLine(buffer);
            for (var n = 0; n < length; n++)
            {
                data[start + n * stride] = buffer[n];
            }

            return buffer;
        }, _ => { });
    }

    private static void FilterLine(double[] c)
    {
        var n = c.Length;
        var z = Pole;
        var gain = (1 - z) * (1 - 1 / z);
        for (var i = 0; i < n; i++)
        {
            c[i] *= gain;
        }

        c[0] = CausalStartMirror(c, z);
        for (var i = 1; i < n; i++)
        {
            c[i] += z * c[i - 1];
        }

        c[n - 1] = (z * c[n - 2] + c[n - 1]) * z / (z * z - 1);
        for (var i = n - 2; i >= 0; i--)
        {
            c[i] = z * (c[i + 1] - c[i]);
        }
    }

    // The causal filter's first value for a signal mirrored about both ends (period 2n - 2),
    // summed exactly rather than truncated, so short lines (30 slices) are filtered exactly.
    private static double CausalStartMirror(double[] c, double z)
    {
        var n = c.Length;
        var zn1 = Math.Pow(z, n - 1);
        var sum = c[0] + zn1 * c[n - 1];
        var zi = z;
        for (var i = 1; i < n - 1; i++)
        {
            sum += zi * (c[i] + zn1 * c[n - 1 - i]);
            zi *= z;
        }

        return sum / (1 - zn1 * zn1);
    }
}
