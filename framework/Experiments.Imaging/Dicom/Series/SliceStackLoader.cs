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
        Parallel.For(0, stack.Slices.Count, () => new int[sliceLength], (k, _, stored) =>
        {
            var slice = stack.Slices[k];
            RequireSamePlane(slice, first);
            DecodeSlice(slice, voxels.AsSpan(k * sliceLength, sliceLength), stored);
            return stored;
        }, _ => { });
    }

    /// <summary>
    /// Reads the file into a pooled buffer: slices are large-object-heap sized, and allocating one
    /// per file would keep a series' worth of dead buffers alive until the next full collection.
    /// </summary>
    private static void DecodeSlice(SliceHeader slice, Span<float> target, int[] stored)
    {
        using var stream = new FileStream(slice.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var length = checked((int)stream.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            stream.ReadExactly(buffer, 0, length);
            var file = DicomFile.Parse(buffer.AsMemory(0, length), slice.Path);
            var pixels = ImagePixelDescription.FromDataset(file.Dataset);
            if (pixels.NumberOfFrames != 1)
            {
                throw new NotSupportedException(
                    $"{slice.Path}: {pixels.NumberOfFrames} frames; series assembly reads single-frame slices only.");
            }

            RescaledFrameDecoder.Decode(file, pixels, 0, slice.RescaleSlope, slice.RescaleIntercept, target, stored);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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
