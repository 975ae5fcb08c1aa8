using System.Buffers;
using Experiments.Imaging.Dicom.Parsing;
using Experiments.Imaging.Dicom.PixelData;

namespace Experiments.Imaging.Dicom.Series;

/// <summary>
/// Decodes the slices of a stack into one float array of Hounsfield units, rescaling each slice by
/// its own slope and intercept.
/// </summary>
internal static class SliceStackLoader
{
    public static float[] Load(SliceStack stack)
    {
        var first = stack.First;
        var sliceLength = first.Columns * first.Rows;
        // Every voxel is written by its slice's decoder, so the array need not be zeroed first.
        var voxels = GC.AllocateUninitializedArray<float>(sliceLength * stack.Slices.Count);
        try
        {
            DecodeAll(stack, voxels, sliceLength);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Parallel.For wraps what a slice threw; the caller needs the slice's own error.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return voxels;
    }

    private static void DecodeAll(SliceStack stack, float[] voxels, int sliceLength)
    {
        var first = stack.First;
        Parallel.For(0, stack.Slices.Count, () => ArrayPool<int>.Shared.Rent(sliceLength), (k, _, stored) =>
        {
            var slice = stack.Slices[k];
            RequireSamePlane(slice, first);
            DecodeSlice(slice, voxels.AsSpan(k * sliceLength, sliceLength), stored);
            return stored;
        }, stored => ArrayPool<int>.Shared.Return(stored));
    }

    /// <summary>Decodes from the memory-mapped file, sparing a copy of every slice's bytes.</summary>
    private static void DecodeSlice(SliceHeader slice, Span<float> target, int[] stored)
    {
        using var mapped = new MappedFile(slice.Path);
        var file = DicomFile.Parse(mapped.Memory, slice.Path);
        var pixels = ImagePixelDescription.FromDataset(file.Dataset);
        if (pixels.NumberOfFrames != 1)
        {
            throw new NotSupportedException(
                $"{slice.Path}: {pixels.NumberOfFrames} frames; series assembly reads single-frame slices only.");
        }

        RescaledFrameDecoder.Decode(file, pixels, 0, slice.RescaleSlope, slice.RescaleIntercept, target, stored);
    }

    private static void RequireSamePlane(SliceHeader slice, SliceHeader first)
    {
        if (Math.Abs(slice.RowSpacing - first.RowSpacing) > 1e-4
            || Math.Abs(slice.ColumnSpacing - first.ColumnSpacing) > 1e-4)
        {
            throw new DicomFormatException(DicomFormatProblem.InvalidAttribute, slice.Path, null,
                $"Pixel Spacing {slice.RowSpacing} \\ {slice.ColumnSpacing} differs from {first.RowSpacing} \\ " +
                $"{first.ColumnSpacing} in {first.Path} of the same series");
        }
    }
}
