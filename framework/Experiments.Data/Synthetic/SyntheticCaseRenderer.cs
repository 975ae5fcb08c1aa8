using Experiments.Data.Labels;
using Experiments.Imaging;
using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// Turns a case's specification into voxels: the head with its hematoma and markers plus
/// Gaussian noise, the baseline mask, and a follow-up mask grown so the case gets the
/// expansion outcome it was drawn with (the label itself is then computed from the masks).
/// </summary>
public static class SyntheticCaseRenderer
{
    private const float MinStoredHu = -1024;
    private const float MaxStoredHu = 3071;

    /// <summary>Relative growth of a case drawn to expand: 42 % to 102 %, clear of the 33 % edge.</summary>
    private const double MinExpandingGrowth = 0.42;
    private const double ExpandingGrowthRange = 0.6;

    /// <summary>A stable case stays under 22 % and 4 mL of growth, clear of both edges.</summary>
    private const double MaxStableGrowth = 0.22;
    private const double MaxStableGrowthMl = 4;
    private const double MaxStableShrinkage = 0.08;

    public static RenderedCase Render(SyntheticCaseSpec spec)
    {
        var size = spec.Acquisition.Size;
        var geometry = spec.Acquisition.Geometry;
        var image = new Volume(size, geometry);
        var hematoma = new Volume(size, geometry);
        var frame = HeadFrameStepper.For(spec.Pose, geometry);
        var box = VoxelBox.Around(spec.Hematoma, spec.Pose, geometry, size);
        var phantom = new HeadPhantom(spec.Anatomy);
        for (var k = 0; k < size.Z; k++)
        {
            RenderSlice(spec, phantom, frame, box, k, image, hematoma);
        }

        var baselineMl = HematomaVolume.Millilitres(hematoma);
        var followupShape = spec.Hematoma.Scaled(Math.Cbrt(1 + RelativeGrowth(spec, baselineMl)));
        var followup = PaintMask(followupShape, spec.Pose, geometry, size);
        var assessment = ExpansionRule.Assess(baselineMl, HematomaVolume.Millilitres(followup));
        return new RenderedCase(spec, image, hematoma, followup, assessment);
    }

    private static void RenderSlice(SyntheticCaseSpec spec, HeadPhantom phantom, HeadFrameStepper frame,
        VoxelBox box, int k, Volume image, Volume hematoma)
    {
        var size = image.Size;
        var noise = new NoiseStream(spec.NoiseSeed, (ulong)k);
        var sigma = (float)spec.NoiseSigmaHu;
        var shape = spec.Hematoma;
        for (var j = 0; j < size.Y; j++)
        {
            var index = size.IndexOf(0, j, k);
            for (var i = 0; i < size.X; i++, index++)
            {
                var head = frame.At(i, j, k);
                double hu;
                if (box.Contains(i, j, k) && shape.Contains(head))
                {
                    hematoma.Voxels[index] = 1;
                    hu = spec.Appearance.HuAt(head - shape.Centre);
                }
                else
                {
                    hu = phantom.HuAt(head);
                }

                var value = MathF.Round((float)hu + sigma * noise.Next());
                image.Voxels[index] = Math.Clamp(value, MinStoredHu, MaxStoredHu);
            }
        }
    }

    private static double RelativeGrowth(SyntheticCaseSpec spec, double baselineMl)
    {
        if (spec.ExpansionIntended)
        {
            return MinExpandingGrowth + spec.GrowthDraw * ExpandingGrowthRange;
        }

        var largest = Math.Min(MaxStableGrowth, MaxStableGrowthMl / baselineMl);
        return -MaxStableShrinkage + spec.GrowthDraw * (largest + MaxStableShrinkage);
    }

    private static Volume PaintMask(HematomaShape shape, HeadPose pose, VolumeGeometry geometry, GridSize size)
    {
        var mask = new Volume(size, geometry);
        var frame = HeadFrameStepper.For(pose, geometry);
        var box = VoxelBox.Around(shape, pose, geometry, size);
        for (var k = box.MinK; k <= box.MaxK; k++)
        for (var j = box.MinJ; j <= box.MaxJ; j++)
        for (var i = box.MinI; i <= box.MaxI; i++)
        {
            if (shape.Contains(frame.At(i, j, k)))
            {
                mask[i, j, k] = 1;
            }
        }

        return mask;
    }
}
