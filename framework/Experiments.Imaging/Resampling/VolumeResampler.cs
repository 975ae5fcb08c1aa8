using System.Runtime.CompilerServices;
using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Resampling;

/// <summary>
/// Samples a volume onto another grid placed anywhere in the same world frame. Each output voxel
/// centre is mapped to the input's continuous voxel index through both affines (shear included);
/// inside the input grid it is interpolated, outside it gets a fill value (SciPy's
/// <c>mode="constant"</c>: no extrapolation, mirror-symmetric spline boundary inside).
/// </summary>
public static class VolumeResampler
{
    /// <summary>
    /// Output points this close (in input voxels) outside the first or last voxel centre count as
    /// on it, so rounding in the affines does not drop the edge of an identical grid.
    /// </summary>
    public const double EdgeTolerance = 1e-6;

    /// <summary>Resamples an image; points outside the input grid get <paramref name="outsideValue"/>.</summary>
    public static Volume Resample(
        Volume source, GridSize size, VolumeGeometry geometry, Interpolation interpolation, float outsideValue)
    {
        var transform = new IndexTransform(source.Geometry, geometry);
        return interpolation switch
        {
            Interpolation.Nearest => transform.IsAxisAligned
                ? new Volume(size, geometry,
                    SeparableNearest.Resample(source.Voxels, transform, source.Size, size, outsideValue))
                : Run(new NearestSampler(source.Voxels, source.Size), source.Size, transform, size, geometry,
                    outsideValue),
            Interpolation.Linear => Run(new LinearSampler(source.Voxels, source.Size), source.Size, transform,
                size, geometry, outsideValue),
            Interpolation.Cubic => Cubic(source, transform, size, geometry, outsideValue),
            _ => throw new ArgumentOutOfRangeException(nameof(interpolation), interpolation, null),
        };
    }

    /// <summary>
    /// Resamples a binary mask so it stays binary: nearest neighbour, or linear interpolation
    /// thresholded at 0.5. Outside the input grid the mask is 0.
    /// </summary>
    public static Volume ResampleMask(Volume mask, GridSize size, VolumeGeometry geometry, Interpolation interpolation)
    {
        switch (interpolation)
        {
            case Interpolation.Nearest:
                return Resample(mask, size, geometry, Interpolation.Nearest, 0);
            case Interpolation.Linear:
                var fraction = Resample(mask, size, geometry, Interpolation.Linear, 0);
                var voxels = fraction.Voxels;
                for (var n = 0; n < voxels.Length; n++)
                {
                    voxels[n] = voxels[n] >= 0.5f ? 1 : 0;
                }

                return fraction;
            default:
                throw new ArgumentException(
                    "Masks are resampled with nearest or linear interpolation (thresholded at 0.5), " +
                    $"not {interpolation}.",
                    nameof(interpolation));
        }
    }

    private static Volume Cubic(
        Volume source, IndexTransform transform, GridSize size, VolumeGeometry geometry, float outsideValue)
    {
        var window = InputWindow.Covering(transform, size, source.Size);
        var coefficients = CubicBSplineCoefficients.Compute(source.Voxels, source.Size, window);
        return transform.IsAxisAligned
            ? new Volume(size, geometry,
                SeparableCubic.Resample(coefficients, window, transform, source.Size, size, outsideValue))
            : Run(new CubicSampler(coefficients, window), source.Size, transform, size, geometry, outsideValue);
    }

    private static Volume Run<TSampler>(TSampler sampler, GridSize inputSize, IndexTransform transform,
        GridSize size, VolumeGeometry geometry, float outsideValue)
        where TSampler : struct, IVoxelSampler
    {
        var output = new float[size.VoxelCount];
        var step = transform.StepI;
        Parallel.For(0, size.Y * size.Z, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (row) =>
        {
            var j = row % size.Y;
            var k = row / size.Y;
            var start = transform.RowStart(j, k);
            var offset = size.IndexOf(0, j, k);
            for (var i = 0; i < size.X; i++)
            {
                var x = Inside(start.X + step.X * i, inputSize.X);
                var y = Inside(start.Y + step.Y * i, inputSize.Y);
                var z = Inside(start.Z + step.Z * i, inputSize.Z);
                output[offset + i] = double.IsNaN(x) || double.IsNaN(y) || double.IsNaN(z)
                    ? outsideValue
                    : sampler.Sample(x, y, z);
            }
        });

        return new Volume(size, geometry, output);
    }

    // NaN marks a coordinate outside the grid; the edge band is snapped onto the edge.
    internal static double Inside(double at, int length)
    {
        if (at >= 0 && at <= length - 1)
        {
            return at;
        }

        if (at < 0 && at >= -EdgeTolerance)
        {
            return 0;
        }

        return at > length - 1 && at <= length - 1 + EdgeTolerance ? length - 1 : double.NaN;
    }
}
