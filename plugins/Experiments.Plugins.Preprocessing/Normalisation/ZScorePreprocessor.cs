using System.Numerics;
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
        var (mean, deviation, count) = RegionStatistics.Of(voxels, region);
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

        var normalised = GC.AllocateUninitializedArray<float>(voxels.Length);
        Parallel.For(0, RegionStatistics.Chunks(voxels.Length), part =>
        {
            var (from, to) = RegionStatistics.ChunkBounds(part, voxels.Length);
            Normalise(voxels.AsSpan(from..to), normalised.AsSpan(from..to), mean, deviation, _options.ClipNegative);
        });

        return input.WithImage(input.Image.WithVoxels(normalised));
    }

    // (value - mean) / deviation in double precision, rounded to float32, 4 values per instruction.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Normalise(ReadOnlySpan<float> source, Span<float> target, double mean, double deviation,
        bool clip)
    {
        var m = new Vector<double>(mean);
        var d = new Vector<double>(deviation);
        var n = 0;
        for (; n <= source.Length - Vector<float>.Count; n += Vector<float>.Count)
        {
            Vector.Widen(new Vector<float>(source[n..]), out var low, out var high);
            var z = Vector.Narrow((low - m) / d, (high - m) / d);
            if (clip)
            {
                z = Vector.ConditionalSelect(Vector.LessThan(z, Vector<float>.Zero), Vector<float>.Zero, z);
            }

            z.CopyTo(target[n..]);
        }

        for (; n < source.Length; n++)
        {
            var z = (float)((source[n] - mean) / deviation);
            target[n] = clip && z < 0 ? 0 : z;
        }
    }
}
