using System.Numerics;
using System.Runtime.InteropServices;
using Experiments.Imaging.Dicom.Parsing;

namespace Experiments.Imaging.Dicom.PixelData;

/// <summary>
/// Decodes a frame straight to rescaled float values (stored * slope + intercept, e.g. HU). The
/// common CT case, plain signed 16-bit little-endian samples with slope 1, is converted with SIMD
/// in one pass; everything else goes through <see cref="PixelDataDecoder"/> and a double rescale.
/// </summary>
public static class RescaledFrameDecoder
{
    /// <param name="scratch">Room for one frame of stored values, reused across calls.</param>
    public static void Decode(
        DicomFile file,
        ImagePixelDescription pixels,
        int frame,
        double slope,
        double intercept,
        Span<float> destination,
        Span<int> scratch)
    {
        destination = destination[..pixels.PixelsPerFrame];
        if (slope == 1 && intercept == Math.Round(intercept) && Math.Abs(intercept) < 1 << 20
            && TryPlainSigned16(file, pixels, frame, out var samples))
        {
            ConvertWithOffset(samples, (float)intercept, destination);
            return;
        }

        PixelDataDecoder.DecodeFrame(file, pixels, frame, scratch);
        for (var n = 0; n < destination.Length; n++)
        {
            destination[n] = (float)(scratch[n] * slope + intercept);
        }
    }

    private static bool TryPlainSigned16(
        DicomFile file, ImagePixelDescription pixels, int frame, out ReadOnlySpan<short> samples)
    {
        samples = default;
        var pixelData = file.Dataset.Find(DicomTags.PixelData);
        var frameBytes = pixels.PixelsPerFrame * 2;
        if (!BitConverter.IsLittleEndian || file.TransferSyntax.PixelEncoding != PixelEncoding.Native
            || file.Dataset.BigEndian
            || pixels is not { BitsAllocated: 16, BitsStored: 16, HighBit: 15, IsSigned: true }
            || pixelData is null || pixelData.IsEncapsulated || pixelData.Value.Length < (long)frameBytes * (frame + 1))
        {
            return false;
        }

        samples = MemoryMarshal.Cast<byte, short>(pixelData.Value.Span.Slice(frameBytes * frame, frameBytes));
        return true;
    }

    /// <summary>Integer samples plus an integer offset are exact in float, so SIMD changes no value.</summary>
    private static void ConvertWithOffset(ReadOnlySpan<short> samples, float offset, Span<float> destination)
    {
        var shift = new Vector<float>(offset);
        var n = 0;
        for (; n <= samples.Length - Vector<short>.Count; n += Vector<short>.Count)
        {
            Vector.Widen(new Vector<short>(samples[n..]), out var low, out var high);
            (Vector.ConvertToSingle(low) + shift).CopyTo(destination[n..]);
            (Vector.ConvertToSingle(high) + shift).CopyTo(destination[(n + Vector<int>.Count)..]);
        }

        for (; n < samples.Length; n++)
        {
            destination[n] = samples[n] + offset;
        }
    }
}
