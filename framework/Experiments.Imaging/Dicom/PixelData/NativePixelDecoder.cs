using System.Buffers.Binary;
using System.Runtime.InteropServices;
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
        else if (!bigEndian && BitConverter.IsLittleEndian && IsPlain16Bit(pixels))
        {
            CopyPlain16Bit(bytes, pixels.IsSigned, destination);
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

    /// <summary>All 16 bits hold the value, so no masking or sign extension is needed.</summary>
    private static bool IsPlain16Bit(ImagePixelDescription pixels) =>
        pixels.BitsStored == 16 && pixels.HighBit == 15;

    private static void CopyPlain16Bit(ReadOnlySpan<byte> bytes, bool isSigned, Span<int> destination)
    {
        if (isSigned)
        {
            var values = MemoryMarshal.Cast<byte, short>(bytes);
            for (var n = 0; n < destination.Length; n++)
            {
                destination[n] = values[n];
            }
        }
        else
        {
            var values = MemoryMarshal.Cast<byte, ushort>(bytes);
            for (var n = 0; n < destination.Length; n++)
            {
                destination[n] = values[n];
            }
        }
    }
}
