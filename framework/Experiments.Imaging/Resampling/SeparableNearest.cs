using System.Runtime.CompilerServices;
using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Resampling;

/// <summary>
/// Nearest-neighbour resampling between grids that share their axes: the input index along each
/// axis depends on that axis's output index only, so it is looked up once per axis, not per voxel.
/// Same voxels as <see cref="NearestSampler"/>.
/// </summary>
internal static class SeparableNearest
{
    private const int Outside = -1;

    public static float[] Resample(float[] voxels, IndexTransform transform, GridSize input, GridSize output,
        float outsideValue)
    {
        var ix = Indices(transform, 0, output.X, input.X);
        var iy = Indices(transform, 1, output.Y, input.Y);
        var iz = Indices(transform, 2, output.Z, input.Z);
        var result = GC.AllocateUninitializedArray<float>((int)output.VoxelCount);
        Parallel.For(0, output.Y * output.Z, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (row) =>
        {
            var j = row % output.Y;
            var k = row / output.Y;
            var target = result.AsSpan(row * output.X, output.X);
            if (iy[j] == Outside || iz[k] == Outside)
            {
                target.Fill(outsideValue);
                return;
            }

            var source = voxels.AsSpan(input.IndexOf(0, iy[j], iz[k]), input.X);
            for (var i = 0; i < target.Length; i++)
            {
                target[i] = ix[i] == Outside ? outsideValue : source[ix[i]];
            }
        });
        return result;
    }

    // Per output index, the input index at floor(index + 0.5) (SciPy's rounding), or Outside.
    private static int[] Indices(IndexTransform transform, int axis, int count, int inputLength)
    {
        var indices = new int[count];
        for (var n = 0; n < count; n++)
        {
            var at = VolumeResampler.Inside(transform.AlongAxis(axis, n), inputLength);
            indices[n] = double.IsNaN(at) ? Outside : MirrorIndex.Map((int)Math.Floor(at + 0.5), inputLength);
        }

        return indices;
    }
}
