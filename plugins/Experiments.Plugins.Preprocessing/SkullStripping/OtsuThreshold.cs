using System.Numerics;
using System.Runtime.CompilerServices;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// Otsu's threshold: the histogram bin centre that maximises the between-class variance, computed
/// as scikit-image's <c>threshold_otsu(values, nbins)</c> does for float64 input (equal-width bins
/// spanning [min, max], the value of the first best bin's centre).
/// </summary>
public static class OtsuThreshold
{
    // Values per parallel chunk; chunks are merged exactly (minimum, maximum, integer counts).
    private const int Chunk = 1 << 18;

    public static double Compute(float[] values, int bins = 256) =>
        Compute(values, double.NegativeInfinity, double.PositiveInfinity, bins)
        ?? throw new ArgumentException("Otsu's threshold needs at least one value.", nameof(values));

    /// <summary>
    /// Otsu's threshold of the values within [<paramref name="lower"/>, <paramref name="upper"/>],
    /// the others ignored; null when no value lies in that range.
    /// </summary>
    public static double? Compute(float[] values, double lower, double upper, int bins = 256)
    {
        var interval = FloatInterval.Of(lower, upper);
        if (Range(values, interval) is not var (first, last))
        {
            return null;
        }

        if (first == last)
        {
            return first;
        }

        var edges = Edges(first, last, bins);
        var counts = Histogram(values, interval, edges, bins);
        var centres = new double[bins];
        for (var b = 0; b < bins; b++)
        {
            centres[b] = (edges[b] + edges[b + 1]) / 2;
        }

        return centres[BestSplit(counts, centres)];
    }

    private static (double First, double Last)? Range(float[] values, FloatInterval interval)
    {
        var min = float.PositiveInfinity;
        var max = float.NegativeInfinity;
        var gate = new object();
        Parallel.For(0, ChunkCount(values), part =>
        {
            var (low, high) = ChunkRange(values.AsSpan(part * Chunk, Math.Min(Chunk, values.Length - part * Chunk)),
                interval);
            lock (gate)
            {
                min = Math.Min(min, low);
                max = Math.Max(max, high);
            }
        });

        return min <= max ? (min, max) : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (float Min, float Max) ChunkRange(ReadOnlySpan<float> values, FloatInterval interval)
    {
        var low = new Vector<float>(interval.Low);
        var high = new Vector<float>(interval.High);
        var none = new Vector<float>(float.PositiveInfinity);
        var minimum = none;
        var maximum = -none;
        var n = 0;
        for (; n <= values.Length - Vector<float>.Count; n += Vector<float>.Count)
        {
            var v = new Vector<float>(values[n..]);
            var inside = Vector.GreaterThanOrEqual(v, low) & Vector.LessThanOrEqual(v, high);
            minimum = Vector.Min(minimum, Vector.ConditionalSelect(inside, v, none));
            maximum = Vector.Max(maximum, Vector.ConditionalSelect(inside, v, -none));
        }

        var min = float.PositiveInfinity;
        var max = float.NegativeInfinity;
        for (var lane = 0; lane < Vector<float>.Count; lane++)
        {
            min = Math.Min(min, minimum[lane]);
            max = Math.Max(max, maximum[lane]);
        }

        for (; n < values.Length; n++)
        {
            if (interval.Contains(values[n]))
            {
                min = Math.Min(min, values[n]);
                max = Math.Max(max, values[n]);
            }
        }

        return (min, max);
    }

    // As numpy.linspace: edge b is b * step + first, the last edge exactly the maximum.
    private static double[] Edges(double first, double last, int bins)
    {
        var edges = new double[bins + 1];
        var step = (last - first) / bins;
        for (var b = 0; b < bins; b++)
        {
            edges[b] = b * step + first;
        }

        edges[bins] = last;
        return edges;
    }

    private static double[] Histogram(float[] values, FloatInterval interval, double[] edges, int bins)
    {
        var counts = new long[bins];
        var gate = new object();
        Parallel.For(0, ChunkCount(values), part =>
        {
            var chunk = new long[bins];
            CountChunk(values.AsSpan(part * Chunk, Math.Min(Chunk, values.Length - part * Chunk)), interval, edges,
                chunk);
            lock (gate)
            {
                for (var b = 0; b < bins; b++)
                {
                    counts[b] += chunk[b];
                }
            }
        });

        return counts.Select(count => (double)count).ToArray();
    }

    // As numpy.histogram for equal bins: scaled index, then corrected against the edges themselves.
    // Blocks of voxels all outside the interval (the air around a head) are skipped whole.
    // Neighbouring voxels tend to fall in one bin; counting them in four interleaved histograms
    // keeps each increment from waiting on the one before.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CountChunk(ReadOnlySpan<float> values, FloatInterval interval, double[] edges, long[] counts)
    {
        const int lanes = 4;
        var bins = counts.Length;
        var interleaved = new int[lanes * bins];
        var norm = bins / (edges[bins] - edges[0]);
        var low = new Vector<float>(interval.Low);
        var high = new Vector<float>(interval.High);
        for (var start = 0; start < values.Length; start += Vector<float>.Count)
        {
            var block = values.Slice(start, Math.Min(Vector<float>.Count, values.Length - start));
            if (block.Length == Vector<float>.Count)
            {
                var v = new Vector<float>(block);
                var inside = Vector.GreaterThanOrEqual(v, low) & Vector.LessThanOrEqual(v, high);
                if (Vector.EqualsAll(inside, Vector<int>.Zero))
                {
                    continue;
                }
            }

            for (var n = 0; n < block.Length; n++)
            {
                if (interval.Contains(block[n]))
                {
                    interleaved[((start + n) & (lanes - 1)) * bins + Bin(block[n], edges, norm)]++;
                }
            }
        }

        for (var b = 0; b < bins; b++)
        {
            counts[b] = interleaved[b] + interleaved[bins + b] + interleaved[2 * bins + b] + interleaved[3 * bins + b];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Bin(double x, double[] edges, double norm)
    {
        var bins = edges.Length - 1;
        var index = (int)((x - edges[0]) * norm);
        if (index == bins)
        {
            index--;
        }

        if (x < edges[index])
        {
            index--;
        }
        else if (index != bins - 1 && x >= edges[index + 1])
        {
            index++;
        }

        return index;
    }

    private static int ChunkCount(float[] values) => (values.Length + Chunk - 1) / Chunk;

    private static int BestSplit(double[] counts, double[] centres)
    {
        var bins = counts.Length;
        var weightBelow = new double[bins];
        var meanBelow = new double[bins];
        double weight = 0, moment = 0;
        for (var b = 0; b < bins; b++)
        {
            weight += counts[b];
            moment += counts[b] * centres[b];
            weightBelow[b] = weight;
            meanBelow[b] = moment / weight;
        }

        var weightAbove = new double[bins];
        var meanAbove = new double[bins];
        weight = 0;
        moment = 0;
        for (var b = bins - 1; b >= 0; b--)
        {
            weight += counts[b];
            moment += counts[b] * centres[b];
            weightAbove[b] = weight;
            meanAbove[b] = moment / weight;
        }

        var best = 0;
        var bestVariance = double.NegativeInfinity;
        for (var b = 0; b < bins - 1; b++)
        {
            var difference = meanBelow[b] - meanAbove[b + 1];
            var variance = weightBelow[b] * weightAbove[b + 1] * difference * difference;
            if (variance > bestVariance)
            {
                best = b;
                bestVariance = variance;
            }
        }

        return best;
    }
}
