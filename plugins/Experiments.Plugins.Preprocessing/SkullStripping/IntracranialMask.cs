using System.Runtime.CompilerServices;
using Experiments.Imaging;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// Builds the brain mask of <see cref="OtsuSkullStripper"/> once the bone threshold is known.
/// Every step but the 3D largest component works within one axial slice, so the steps run slice
/// by slice in parallel, each slice's buffers staying in cache: first bone, ring, enclosed region,
/// tissue and its erosion; then the largest component; then its dilation within the tissue and
/// the filled holes, written straight into the mask volume. The loops of these steps are marked
/// AggressiveOptimization (compiled optimised on first use): they run a few times per case, too
/// few calls for tiered compilation to reach optimised code before the first cases are done.
/// </summary>
internal sealed class IntracranialMask
{
    private readonly float _bone;
    private readonly FloatInterval _tissue;
    private readonly InPlaneDisk _ring;
    private readonly InPlaneDisk _opening;
    private readonly int _margin;
    private readonly double _boxThreshold;

    public IntracranialMask(SkullStripOptions options, double boneThreshold, double spacingX, double spacingY)
    {
        _bone = FloatInterval.AtLeast(boneThreshold);
        _tissue = FloatInterval.Of(options.TissueMinHu, options.TissueMaxHu);
        _ring = new InPlaneDisk(options.RingClosingMm, spacingX, spacingY);
        _opening = new InPlaneDisk(options.OpeningMm, spacingX, spacingY);
        _margin = (int)Math.Ceiling((options.RingClosingMm + options.OpeningMm) / Math.Min(spacingX, spacingY)) + 2;
        _boxThreshold = Math.Min(options.TissueMinHu, boneThreshold);
    }

    /// <summary>The mask on the image's grid as 0/1 voxels, and how many voxels are set.</summary>
    public (float[] Voxels, long Count) Compute(Volume image)
    {
        var box = InPlaneBox.Around(image, _boxThreshold, _margin);
        var size = box.Size;
        var plane = size.X * size.Y;
        var tissue = new bool[size.VoxelCount];
        var eroded = new bool[size.VoxelCount];
        Parallel.For(0, size.Z, Workspace(size.X, size.Y), (k, _, work) =>
        {
            Enclose(image.Voxels, box, k, work, tissue.AsSpan(k * plane, plane), eroded.AsSpan(k * plane, plane));
            return work;
        }, _ => { });

        var core = LargestComponent.Keep(eroded, size);
        var mask = new float[image.Voxels.Length];
        long count = 0;
        Parallel.For(0, size.Z, Workspace(size.X, size.Y), (k, _, work) =>
        {
            var set = Open(core.AsSpan(k * plane, plane), tissue.AsSpan(k * plane, plane), work, mask, box, k);
            Interlocked.Add(ref count, set);
            return work;
        }, _ => { });
        return (mask, count);
    }

    private static Func<SliceWorkspace> Workspace(int width, int height) => () => new SliceWorkspace(width, height);

    // Bone, its ring closed by ring_closing_mm, the region the ring encloses grown back up to the
    // bone, the tissue within it, and that tissue eroded by opening_mm.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Enclose(float[] image, InPlaneBox box, int k, SliceWorkspace work, Span<bool> tissue,
        Span<bool> eroded)
    {
        var width = work.Width;
        var voxels = work.Voxels;
        for (var y = 0; y < box.Size.Y; y++)
        {
            image.AsSpan(box.RowStart(y, k), width).CopyTo(voxels.AsSpan(y * width));
        }

        var (bone, ring, filled) = (work.First, work.Second, work.Third);
        BinarySlice.AtLeast(voxels, _bone, bone);

        InPlaneMorphology.Dilate(bone, ring, width, _ring, work.Runs);
        HoleFilling.FillSlice(ring, filled, width, work.Runs, work.Sets);
        BinarySlice.AndNot(filled, ring);

        var enclosed = work.First; // the bone is no longer needed
        InPlaneMorphology.Dilate(filled, enclosed, width, _ring, work.Runs);
        BinarySlice.InsideWhere(voxels, _tissue, enclosed, tissue);

        InPlaneMorphology.Erode(tissue, eroded, width, _opening, work.Runs);
    }

    // The core dilated back by opening_mm within the tissue, holes filled, written into the mask;
    // returns the number of set voxels.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long Open(ReadOnlySpan<bool> core, ReadOnlySpan<bool> tissue, SliceWorkspace work, float[] mask,
        InPlaneBox box, int k)
    {
        var width = work.Width;
        var opened = work.First;
        InPlaneMorphology.Dilate(core, opened, width, _opening, work.Runs);
        BinarySlice.And(opened, tissue);

        var filled = work.Second;
        HoleFilling.FillSlice(opened, filled, width, work.Runs, work.Sets);
        long count = 0;
        for (var y = 0; y < box.Size.Y; y++)
        {
            count += BinarySlice.ToFloats(filled.AsSpan(y * width, width), mask.AsSpan(box.RowStart(y, k), width));
        }

        return count;
    }
}
