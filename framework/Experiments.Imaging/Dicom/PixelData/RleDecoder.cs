using System.Buffers.Binary;
using Experiments.Imaging.Dicom.Parsing;

namespace Experiments.Imaging.Dicom.PixelData;

/// <summary>
/// Decodes one RLE Lossless frame (PS3.5 Annex G): a 64-byte header of segment offsets, then one
/// PackBits segment per byte of each sample, most significant byte first.
/// </summary>
internal static class RleDecoder
{
    private const int HeaderLength = 64;

    public static void Decode(byte[] frame, ImagePixelDescription pixels, Span<int> destination, string source)
    {
        if (frame.Length < HeaderLength)
        {
            throw Error(source, $"an RLE frame of {frame.Length} bytes has no 64-byte header");
        }

        var bytesPerSample = pixels.BitsAllocated / 8;
        var segmentCount = BinaryPrimitives.ReadInt32LittleEndian(frame);
        if (segmentCount != bytesPerSample)
        {
            throw Error(source, $"the RLE header lists {segmentCount} segments, {bytesPerSample} expected for " +
                $"{pixels.BitsAllocated}-bit single-sample pixels");
        }

        var pixelCount = pixels.Rows * pixels.Columns;
        var raw = new int[pixelCount];
        for (var segment = 0; segment < segmentCount; segment++)
        {
            var start = BinaryPrimitives.ReadInt32LittleEndian(frame.AsSpan(4 + 4 * segment));
            var end = segment + 1 < segmentCount
                ? BinaryPrimitives.ReadInt32LittleEndian(frame.AsSpan(8 + 4 * segment))
                : frame.Length;
            if (start < HeaderLength || end > frame.Length || start > end)
            {
                throw Error(source,
                    $"RLE segment {segment + 1} spans bytes {start}..{end} of a {frame.Length}-byte frame");
            }

            var shift = 8 * (bytesPerSample - 1 - segment);
            UnpackSegment(frame.AsSpan(start, end - start), raw, shift, segment, source);
        }

        var layout = StoredValueLayout.Of(pixels);
        for (var n = 0; n < pixelCount; n++)
        {
            destination[n] = layout.Extract(raw[n]);
        }
    }

    /// <summary>PackBits: n in 0..127 copies n+1 bytes, n in -127..-1 repeats the next byte 1-n times.</summary>
    private static void UnpackSegment(ReadOnlySpan<byte> segment, int[] raw, int shift, int index, string source)
    {
        var output = 0;
        var input = 0;
        while (output < raw.Length && input < segment.Length)
        {
            var header = (sbyte)segment[input++];
            if (header >= 0)
            {
                var count = header + 1;
                if (input + count > segment.Length || output + count > raw.Length)
                {
                    throw Error(source, $"RLE segment {index + 1} overruns its literal run at byte {input - 1}");
                }

                for (var n = 0; n < count; n++)
                {
                    raw[output++] |= segment[input++] << shift;
                }
            }
            else if (header != -128)
            {
                var count = 1 - header;
                if (input >= segment.Length || output + count > raw.Length)
                {
                    throw Error(source, $"RLE segment {index + 1} overruns its repeat run at byte {input - 1}");
                }

                var value = segment[input++] << shift;
                for (var n = 0; n < count; n++)
                {
                    raw[output++] |= value;
                }
            }
        }

        if (output != raw.Length)
        {
            throw Error(source, $"RLE segment {index + 1} decodes to {output} bytes, {raw.Length} expected");
        }
    }

    private static DicomFormatException Error(string source, string detail) =>
        new(DicomFormatProblem.Malformed, source, null, detail);
}
