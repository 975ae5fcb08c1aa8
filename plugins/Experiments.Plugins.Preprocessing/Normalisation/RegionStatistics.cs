using System.Runtime.CompilerServices;

namespace Experiments.Plugins.Preprocessing.Normalisation;

/// <summary>Mean and standard deviation (population) of an image's voxels inside a mask.</summary>
internal static class RegionStatistics
{
    // Voxels per parallel chunk.
    private const int Chunk = 1 << 18;

    // Two passes in double precision: the mean, then the squared deviations from it; each summed in
    // fixed chunks added in order, so the result does not depend on thread timing.
    public static (double Mean, double Deviation, long Count) Of(float[] voxels, float[] region)
    {
        var sums = new double[Chunks(voxels.Length)];
        var counts = new long[sums.Length];
        Parallel.For(0, sums.Length, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (part) =>
        {
            var (from, to) = ChunkBounds(part, voxels.Length);
            double sum = 0;
            long count = 0;
            for (var n = from; n < to; n++)
            {
                if (region[n] > 0.5f)
                {
                    sum += voxels[n];
                    count++;
                }
            }

            (sums[part], counts[part]) = (sum, count);
        });

        var total = counts.Sum();
        if (total == 0)
        {
            return (0, 0, 0);
        }

        var mean = sums.Sum() / total;
        Parallel.For(0, sums.Length, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (part) =>
        {
            var (from, to) = ChunkBounds(part, voxels.Length);
            double squares = 0;
            for (var n = from; n < to; n++)
            {
                if (region[n] > 0.5f)
                {
                    var d = voxels[n] - mean;
                    squares += d * d;
                }
            }

            sums[part] = squares;
        });

        return (mean, Math.Sqrt(sums.Sum() / total), total);
    }

    public static int Chunks(int length) => (length + Chunk - 1) / Chunk;

    public static (int From, int To) ChunkBounds(int part, int length) =>
        (part * Chunk, Math.Min(length, (part + 1) * Chunk));
}
