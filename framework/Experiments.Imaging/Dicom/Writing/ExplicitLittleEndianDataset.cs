using System.Buffers.Binary;
using System.Text;

namespace Experiments.Imaging.Dicom.Writing;

/// <summary>
/// Elements to be written in explicit VR little endian, kept in ascending tag order as PS3.5
/// requires, each value padded to an even length with its VR's padding byte.
/// </summary>
public sealed class ExplicitLittleEndianDataset
{
    private readonly SortedDictionary<DicomTag, (DicomVr Vr, byte[] Value)> _elements = [];

    public void AddText(DicomTag tag, DicomVr vr, string value) => Add(tag, vr, Encoding.ASCII.GetBytes(value));

    public void AddUInt16(DicomTag tag, ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        Add(tag, DicomVr.US, bytes);
    }

    public void AddUInt32(DicomTag tag, uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        Add(tag, DicomVr.UL, bytes);
    }

    public void Add(DicomTag tag, DicomVr vr, byte[] value)
    {
        if (value.Length % 2 == 1)
        {
            value = [.. value, vr.PaddingByte];
        }

        if (!vr.HasLongLength && value.Length > ushort.MaxValue)
        {
            throw new ArgumentException($"{tag} {vr}: {value.Length} bytes exceed a 16-bit length.", nameof(value));
        }

        _elements[tag] = (vr, value);
    }

    /// <summary>The number of bytes <see cref="WriteTo"/> writes.</summary>
    public long EncodedLength => _elements.Values.Sum(e => (e.Vr.HasLongLength ? 12L : 8L) + e.Value.Length);

    public void WriteTo(Stream stream)
    {
        Span<byte> header = stackalloc byte[12];
        foreach (var (tag, (vr, value)) in _elements)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header, tag.Group);
            BinaryPrimitives.WriteUInt16LittleEndian(header[2..], tag.Element);
            header[4] = vr.First;
            header[5] = vr.Second;
            if (vr.HasLongLength)
            {
                header[6] = 0;
                header[7] = 0;
                BinaryPrimitives.WriteUInt32LittleEndian(header[8..], (uint)value.Length);
                stream.Write(header[..12]);
            }
            else
            {
                BinaryPrimitives.WriteUInt16LittleEndian(header[6..], (ushort)value.Length);
                stream.Write(header[..8]);
            }

            stream.Write(value);
        }
    }
}
