using System.Runtime.CompilerServices;
using Experiments.Contracts.Components;
using Experiments.Contracts.Preprocessing;

namespace Experiments.Plugins.Preprocessing.Normalisation;

/// <summary>
/// Z-score normalisation: subtracts the mean and divides by the standard deviation (population,
/// numpy's default) of the image inside a mask, over the whole image; then optionally sets
/// negative values to zero. A region with no voxels or with a deviation below 1e-6 fails the case.
/// </summary>
[Component(ComponentKind.Preprocessor, "zscore", Description = "Z-score inside a mask, negatives to zero")]
public sealed class ZScorePreprocessor : IPreprocessor
{
    /// <summary>Smallest standard deviation accepted; below it the region is constant.</summary>
    public const double MinDeviation = 1e-6;

    // Voxels per parallel chunk.
    private const int Chunk = 1 << 18;

    private readonly ZScoreOptions _options;

    public ZScorePreprocessor(ZScoreOptions options)
    {
        OptionChecks.Require(!string.IsNullOrWhiteSpace(options.Region), "region", "must name a mask, got nothing");
        _options = options;
    }

    public PipelineShape DescribeOutput(PipelineShape input)
    {
        if (!input.Masks.Contains(_options.Region))
        {
            var available = input.Masks.Count == 0 ? "none" : string.Join(", ", input.Masks.Order());
            throw new PipelineException(
                $"zscore normalises inside the '{_options.Region}' mask, but no earlier step provides it " +
                $"(masks available: {available}). Put a step that adds it (e.g. skull-strip-otsu) before zscore.");
        }

        return input;
    }

    public ImagingCase Apply(ImagingCase input)
    {
        CaseChecks.RequireMasksOnImageGrid(input);
        var region = input.RequireMask(_options.Region).Voxels;
        var voxels = input.Image.Voxels;
        var (mean, deviation, count) = Statistics(voxels, region);
        if (count == 0)
        {
            throw new CaseException(input.Id, $"the '{_options.Region}' mask is empty; zscore has no voxels to use.");
        }

        if (deviation < MinDeviation)
        {
            throw new CaseException(input.Id, FormattableString.Invariant(
                $"the image is constant ({mean:G6}) inside the '{_options.Region}' mask ({count} voxels, ") +
                FormattableString.Invariant($"standard deviation {deviation:G3}); zscore cannot divide by it."));
        }

        var normalised = new float[voxels.Length];
        var clip = _options.ClipNegative;
        Parallel.For(0, Chunks(voxels), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (part) =>
        {
            var (from, to) = ChunkBounds(part, voxels.Length);
            for (var n = from; n < to; n++)
            {
                var z = (float)((voxels[n] - mean) / deviation);
                normalised[n] = clip && z < 0 ? 0 : z;
            }
        });

        return input.WithImage(input.Image.WithVoxels(normalised));
    }

    // Two passes in double precision: the mean, then the squared deviations from it; each summed in
    // fixed chunks added in order, so the result does not depend on thread timing.
    private static (double Mean, double Deviation, long Count) Statistics(float[] voxels, float[] region)
    {
        var sums = new double[Chunks(voxels)];
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

    private static int Chunks(float[] voxels) => (voxels.Length + Chunk - 1) / Chunk;

    private static (int From, int To) ChunkBounds(int part, int length) =>
        (part * Chunk, Math.Min(length, (part + 1) * Chunk));
}
