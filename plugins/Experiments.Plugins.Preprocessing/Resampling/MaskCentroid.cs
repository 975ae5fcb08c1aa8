using System.Runtime.CompilerServices;
using Experiments.Imaging;

namespace Experiments.Plugins.Preprocessing.Resampling;

/// <summary>The mean voxel index (i, j, k) of a mask's set voxels (value above 0.5).</summary>
internal static class MaskCentroid
{
    /// <summary>The centroid in continuous voxel indices; null when no voxel is set.</summary>
    public static (double I, double J, double K)? Of(Volume mask)
    {
        var size = mask.Size;
        var voxels = mask.Voxels;
        var plane = size.X * size.Y;

        // Integer sums: exact in any order, so the slices can be summed in parallel.
        long si = 0, sj = 0, sk = 0, count = 0;
        var gate = new object();
        Parallel.For(0, size.Z, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (k) =>
        {
            long ti = 0, tj = 0, n = 0;
            for (var j = 0; j < size.Y; j++)
            {
                var row = voxels.AsSpan(k * plane + j * size.X, size.X);
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] > 0.5f)
                    {
                        ti += i;
                        tj += j;
                        n++;
                    }
                }
            }

            lock (gate)
            {
                si += ti;
                sj += tj;
                sk += n * k;
                count += n;
            }
        });

        return count == 0 ? null : ((double)si / count, (double)sj / count, (double)sk / count);
    }
}
