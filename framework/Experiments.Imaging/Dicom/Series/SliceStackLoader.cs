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
        var voxels = new float[(long)sliceLength * stack.Slices.Count];
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
            var file = DicomFile.Read(slice.Path);
            var pixels = ImagePixelDescription.FromDataset(file.Dataset);
            if (pixels.NumberOfFrames != 1)
            {
                throw new NotSupportedException(
                    $"{slice.Path}: {pixels.NumberOfFrames} frames; series assembly reads single-frame slices only.");
            }

            PixelDataDecoder.DecodeFrame(file, pixels, 0, stored);
            var target = voxels.AsSpan(k * sliceLength, sliceLength);
            for (var n = 0; n < sliceLength; n++)
            {
                target[n] = (float)(stored[n] * slice.RescaleSlope + slice.RescaleIntercept);
            }

            return stored;
        }, _ => { });
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
