using System.Runtime.CompilerServices;
using Experiments.Contracts.Components;
using Experiments.Contracts.Preprocessing;
using Experiments.Imaging.Geometry;
using Experiments.Imaging;
using Microsoft.Extensions.Logging;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// The intracranial (brain) mask of a head CT, added to the case as the <c>brain</c> mask:
/// <list type="number">
/// <item>Otsu's threshold over the voxels within [otsu_min_hu, otsu_max_hu] splits soft tissue
/// from bone; voxels at or above it and at or above min_bone_threshold_hu are bone.</item>
/// <item>Bone is grown in-plane by ring_closing_mm to close small gaps (sutures, thin bone).</item>
/// <item>Per axial slice, the region the closed skull ring encloses is filled; the ring is
/// removed and the region grown back by the same radius, up to the bone.</item>
/// <item>Of that region, voxels within [tissue_min_hu, tissue_max_hu] are tissue.</item>
/// <item>An in-plane opening (erode, keep the largest 6-connected 3D component, dilate, back
/// inside the tissue) cuts thin bridges (optic canals, partial-volume streaks).</item>
/// <item>Holes of every slice are filled (calcifications, dense clot).</item>
/// </list>
/// Slices where the skull ring is open (skull base, orbits) enclose nothing and stay outside the
/// mask. A mask below min_volume_ml fails the case.
/// </summary>
[Component(ComponentKind.Preprocessor, "skull-strip-otsu", Description = "Brain mask of a head CT by Otsu's threshold")]
public sealed class OtsuSkullStripper : IPreprocessor
{
    private readonly SkullStripOptions _options;
    private readonly ILogger _logger;

    public OtsuSkullStripper(SkullStripOptions options, ComponentContext context)
    {
        OptionChecks.Require(options.OtsuMinHu < options.OtsuMaxHu, "otsu_min_hu",
            $"must be below otsu_max_hu ({options.OtsuMaxHu}), got {options.OtsuMinHu}");
        OptionChecks.Require(options.TissueMinHu < options.TissueMaxHu, "tissue_min_hu",
            $"must be below tissue_max_hu ({options.TissueMaxHu}), got {options.TissueMinHu}");
        OptionChecks.Require(options.RingClosingMm >= 0, "ring_closing_mm",
            $"must be >= 0, got {options.RingClosingMm}");
        OptionChecks.Require(options.OpeningMm >= 0, "opening_mm", $"must be >= 0, got {options.OpeningMm}");
        OptionChecks.Require(options.MinVolumeMl > 0, "min_volume_ml", $"must be > 0, got {options.MinVolumeMl}");
        _options = options;
        _logger = context.LoggerFactory.CreateLogger<OtsuSkullStripper>();
    }

    public PipelineShape DescribeOutput(PipelineShape input) => input.WithMask(ImagingCase.BrainMask);

    public ImagingCase Apply(ImagingCase input)
    {
        CaseChecks.RequireMasksOnImageGrid(input);
        var image = input.Image;
        var threshold = BoneThreshold(input);
        var (voxels, count) = new IntracranialMask(_options, threshold, image.Geometry.Spacing.X,
            image.Geometry.Spacing.Y).Compute(image);
        var volumeMl = count * CaseChecks.VoxelVolumeMm3(image) / 1000;
        if (volumeMl < _options.MinVolumeMl)
        {
            throw new CaseException(input.Id, FormattableString.Invariant(
                $"the brain mask from skull stripping is {volumeMl:F1} mL ({count} voxels), below the plausible ") +
                FormattableString.Invariant($"{_options.MinVolumeMl} mL (min_volume_ml); is this a head CT in HU?"));
        }

        _logger.LogDebug("Case {Case}: bone threshold {Threshold:F1} HU, brain mask {Volume:F0} mL",
            input.Id, threshold, volumeMl);
        return input.WithMask(ImagingCase.BrainMask, image.WithVoxels(voxels));
    }

    private double BoneThreshold(ImagingCase input)
    {
        var computed = OtsuThreshold.Compute(input.Image.Voxels, _options.OtsuMinHu, _options.OtsuMaxHu);
        if (computed is not { } threshold)
        {
            throw new CaseException(input.Id, FormattableString.Invariant(
                $"no voxel lies within [{_options.OtsuMinHu}, {_options.OtsuMaxHu}] HU for Otsu's threshold."));
        }

        // On a clean scan nothing lies between soft tissue and bone, every threshold between the two
        // classes separates them equally well, and Otsu's takes the lowest: just above the brightest
        // tissue (e.g. 89 HU, which would call a fresh hematoma bone). Bone is therefore what lies
        // above both Otsu's threshold and min_bone_threshold_hu; only an upper class that is not bone
        // on average means the scan has no skull to strip.
        var upperMean = UpperClassMean(input.Image.Voxels, threshold);
        if (upperMean < _options.MinBoneThresholdHu)
        {
            throw new CaseException(input.Id, FormattableString.Invariant(
                $"the voxels above Otsu's threshold ({threshold:F1} HU) average {upperMean:F1} HU, below ") +
                FormattableString.Invariant($"{_options.MinBoneThresholdHu} HU (min_bone_threshold_hu): ") +
                "no distinct bone class, so no skull to strip. Is the image in HU?");
        }

        return Math.Max(threshold, _options.MinBoneThresholdHu);
    }

    // Summed in fixed chunks, in chunk order, so the mean does not depend on thread timing.
    private double UpperClassMean(float[] voxels, double threshold)
    {
        const int chunk = 1 << 18;
        var upper = FloatInterval.Of(threshold, _options.OtsuMaxHu);
        var parts = (voxels.Length + chunk - 1) / chunk;
        var sums = new double[parts];
        var counts = new long[parts];
        Parallel.For(0, parts, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (part) =>
        {
            double sum = 0;
            long count = 0;
            foreach (var value in voxels.AsSpan(part * chunk, Math.Min(chunk, voxels.Length - part * chunk)))
            {
                if (upper.Contains(value))
                {
                    sum += value;
                    count++;
                }
            }

            (sums[part], counts[part]) = (sum, count);
        });

        var count = counts.Sum();
        return count == 0 ? double.NegativeInfinity : sums.Sum() / count;
    }
}
