using Experiments.Contracts.Components;
using Experiments.Contracts.Preprocessing;
using Experiments.Imaging;
using Microsoft.Extensions.Logging;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// The intracranial (brain) mask of a head CT, added to the case as the <c>brain</c> mask:
/// <list type="number">
/// <item>Otsu's threshold over the voxels within [otsu_min_hu, otsu_max_hu] splits soft tissue
/// from bone; voxels at or above it are bone.</item>
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
        OptionChecks.Require(options.RingClosingMm >= 0, "ring_closing_mm", $"must be >= 0, got {options.RingClosingMm}");
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
        var mask = BrainMask(image, threshold);

        var count = mask.Count(set => set);
        var volumeMl = count * CaseChecks.VoxelVolumeMm3(image) / 1000;
        if (volumeMl < _options.MinVolumeMl)
        {
            throw new CaseException(input.Id, FormattableString.Invariant(
                $"the brain mask from skull stripping is {volumeMl:F1} mL ({count} voxels), below the plausible ") +
                FormattableString.Invariant($"{_options.MinVolumeMl} mL (min_volume_ml); is this a head CT in HU?"));
        }

        _logger.LogDebug("Case {Case}: bone threshold {Threshold:F1} HU, brain mask {Volume:F0} mL",
            input.Id, threshold, volumeMl);
        var voxels = new float[mask.Length];
        for (var n = 0; n < mask.Length; n++)
        {
            voxels[n] = mask[n] ? 1 : 0;
        }

        return input.WithMask(ImagingCase.BrainMask, image.WithVoxels(voxels));
    }

    private double BoneThreshold(ImagingCase input)
    {
        var values = new List<float>();
        foreach (var value in input.Image.Voxels)
        {
            if (value >= _options.OtsuMinHu && value <= _options.OtsuMaxHu)
            {
                values.Add(value);
            }
        }

        if (values.Count == 0)
        {
            throw new CaseException(input.Id, FormattableString.Invariant(
                $"no voxel lies within [{_options.OtsuMinHu}, {_options.OtsuMaxHu}] HU for Otsu's threshold."));
        }

        var threshold = OtsuThreshold.Compute(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values));
        if (threshold < _options.MinBoneThresholdHu)
        {
            throw new CaseException(input.Id, FormattableString.Invariant(
                $"Otsu's threshold is {threshold:F1} HU, below {_options.MinBoneThresholdHu} HU ") +
                "(min_bone_threshold_hu): no distinct bone class, so no skull to strip. Is the image in HU?");
        }

        return threshold;
    }

    private bool[] BrainMask(Volume image, double boneThreshold)
    {
        var size = image.Size;
        double sx = image.Geometry.Spacing.X, sy = image.Geometry.Spacing.Y;
        var voxels = image.Voxels;
        var bone = new bool[voxels.Length];
        for (var n = 0; n < voxels.Length; n++)
        {
            bone[n] = voxels[n] >= boneThreshold;
        }

        var ring = InPlaneMorphology.Dilate(bone, size, sx, sy, _options.RingClosingMm);
        var filled = HoleFilling.FillSlices(ring, size);
        for (var n = 0; n < filled.Length; n++)
        {
            filled[n] &= !ring[n];
        }

        var enclosed = InPlaneMorphology.Dilate(filled, size, sx, sy, _options.RingClosingMm);
        var tissue = new bool[voxels.Length];
        for (var n = 0; n < voxels.Length; n++)
        {
            tissue[n] = enclosed[n] && voxels[n] >= _options.TissueMinHu && voxels[n] <= _options.TissueMaxHu;
        }

        var core = LargestComponent.Keep(InPlaneMorphology.Erode(tissue, size, sx, sy, _options.OpeningMm), size);
        var opened = InPlaneMorphology.Dilate(core, size, sx, sy, _options.OpeningMm);
        for (var n = 0; n < opened.Length; n++)
        {
            opened[n] &= tissue[n];
        }

        return HoleFilling.FillSlices(opened, size);
    }
}
