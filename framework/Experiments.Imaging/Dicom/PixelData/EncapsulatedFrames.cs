using System.Buffers.Binary;
using Experiments.Imaging.Dicom.Parsing;

namespace Experiments.Imaging.Dicom.PixelData;

/// <summary>Finds the bytes of one frame among encapsulated pixel data fragments (PS3.5 A.4).</summary>
internal static class EncapsulatedFrames
{
    public static byte[] Frame(DicomElement pixelData, int frame, int frameCount, string source)
    {
        var fragments = pixelData.Fragments!;
        if (fragments.Count < 2)
        {
            throw new DicomFormatException(DicomFormatProblem.Malformed, source, pixelData.Offset,
                "encapsulated pixel data holds no fragment after the offset table");
        }

        var data = fragments.Skip(1).ToList();
        if (frameCount == 1)
        {
            return Concatenate(data);
        }

        if (data.Count == frameCount)
        {
            return data[frame].ToArray();
        }

        return FromOffsetTable(fragments[0].Span, data, frame, frameCount, source, pixelData.Offset);
    }

    private static byte[] FromOffsetTable(
        ReadOnlySpan<byte> table,
        List<ReadOnlyMemory<byte>> data,
        int frame,
        int frameCount,
        string source,
        long offset)
    {
        if (table.Length < 4 * frameCount)
        {
            throw new DicomFormatException(DicomFormatProblem.Malformed, source, offset,
                $"{frameCount} frames in {data.Count} fragments need a basic offset table, which is missing or short");
        }

        var start = BinaryPrimitives.ReadUInt32LittleEndian(table[(4 * frame)..]);
        var end = frame + 1 < frameCount
            ? BinaryPrimitives.ReadUInt32LittleEndian(table[(4 * frame + 4)..])
            : uint.MaxValue;
        var selected = new List<ReadOnlyMemory<byte>>();
        long position = 0;
        foreach (var fragment in data)
        {
            if (position >= start && position < end)
            {
                selected.Add(fragment);
            }

            position += fragment.Length + 8;
        }

        return Concatenate(selected);
    }

    private static byte[] Concatenate(List<ReadOnlyMemory<byte>> fragments)
    {
        var result = new byte[fragments.Sum(f => f.Length)];
        var position = 0;
        foreach (var fragment in fragments)
        {
            fragment.Span.CopyTo(result.AsSpan(position));
            position += fragment.Length;
        }

        return result;
    }
}
