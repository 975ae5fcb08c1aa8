using System.Buffers.Binary;
using Experiments.Imaging.Dicom.Parsing;

namespace Experiments.Imaging.Dicom.PixelData;

/// <summary>Reads uncompressed 8- or 16-bit samples in the dataset's byte order.</summary>
internal static class NativePixelDecoder
{
    public static void Decode(
        DicomElement pixelData,
        ImagePixelDescription pixels,
        bool bigEndian,
        int frame,
        Span<int> destination,
        string source)
    {
        var bytesPerSample = pixels.BitsAllocated / 8;
        var frameBytes = (long)pixels.PixelsPerFrame * bytesPerSample;
        var start = frameBytes * frame;
        if (pixelData.Value.Length < start + frameBytes)
        {
            throw new DicomFormatException(DicomFormatProblem.Truncated, source, pixelData.Offset,
                $"truncated: pixel data holds {pixelData.Value.Length} bytes, frame {frame + 1} of " +
                $"{pixels.Rows} x {pixels.Columns} {pixels.BitsAllocated}-bit pixels needs bytes up to " +
                $"{start + frameBytes}");
        }

        var bytes = pixelData.Value.Span.Slice((int)start, (int)frameBytes);
        var layout = StoredValueLayout.Of(pixels);
        if (bytesPerSample == 1)
        {
            for (var n = 0; n < destination.Length; n++)
            {
                destination[n] = layout.Extract(bytes[n]);
            }
        }
        else if (bigEndian)
        {
            for (var n = 0; n < destination.Length; n++)
            {
                destination[n] = layout.Extract(BinaryPrimitives.ReadUInt16BigEndian(bytes[(2 * n)..]));
            }
        }
        else
        {
            for (var n = 0; n < destination.Length; n++)
            {
                destination[n] = layout.Extract(BinaryPrimitives.ReadUInt16LittleEndian(bytes[(2 * n)..]));
            }
        }
    }
}
