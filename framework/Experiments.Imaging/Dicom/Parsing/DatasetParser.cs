using System.Buffers.Binary;

namespace Experiments.Imaging.Dicom.Parsing;

/// <summary>
/// Parses elements from a byte buffer in one encoding (explicit or implicit VR, either byte
/// order), following sequences and items of defined and undefined length. Every length is
/// checked against the bytes left, so a truncated file fails with the offset where it ends.
/// </summary>
internal sealed class DatasetParser
{
    private const uint UndefinedLength = 0xFFFFFFFF;

    private readonly ReadOnlyMemory<byte> _buffer;
    private readonly string _source;
    private readonly long _offsetBase;
    private readonly bool _stopAtPixelData;
    private int _depth;

    /// <param name="offsetBase">Added to buffer positions in messages (non-zero for an inflated dataset).</param>
    /// <param name="stopAtPixelData">Stop at the top-level pixel data element, keeping it without its value.</param>
    public DatasetParser(ReadOnlyMemory<byte> buffer, string source, long offsetBase, bool stopAtPixelData = false)
    {
        _buffer = buffer;
        _source = source;
        _offsetBase = offsetBase;
        _stopAtPixelData = stopAtPixelData;
    }

    /// <summary>True once parsing stopped at the pixel data element (header-only parsing).</summary>
    public bool StoppedAtPixelData { get; private set; }

    public readonly record struct Encoding(bool ExplicitVr, bool BigEndian)
    {
        /// <summary>CP-246: the content of a UN element of undefined length is implicit VR little endian.</summary>
        public static readonly Encoding ImplicitLittleEndian = new(false, false);
    }

    /// <summary>Parses elements from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="onlyGroup">Stops, without reading it, at the first element of another group.</param>
    /// <param name="untilItemDelimiter">The dataset is an item of undefined length, closed by a delimiter.</param>
    public DicomDataset Parse(
        int start,
        int end,
        Encoding encoding,
        out int position,
        ushort? onlyGroup = null,
        bool untilItemDelimiter = false)
    {
        var dataset = new DicomDataset(_source, encoding.BigEndian);
        position = start;
        while (position < end)
        {
            Require(position, 4, end, "an element tag");
            var tag = ReadTag(position, encoding.BigEndian);
            if (onlyGroup is not null && tag.Group != onlyGroup)
            {
                break;
            }

            if (tag == DicomTags.ItemDelimitation)
            {
                position += 8;
                return dataset;
            }

            if (tag.Group == 0xFFFE)
            {
                throw Malformed(position, $"unexpected delimiter {tag} inside a dataset");
            }

            if (_stopAtPixelData && _depth == 0 && tag == DicomTags.PixelData)
            {
                dataset.Add(new DicomElement(tag, DicomVr.OW, ReadOnlyMemory<byte>.Empty, _offsetBase + position));
                StoppedAtPixelData = true;
                position = end;
                return dataset;
            }

            dataset.Add(ReadElement(tag, ref position, end, encoding));
        }

        if (untilItemDelimiter)
        {
            throw Truncated(position, "the file ends inside a sequence item of undefined length (no item delimiter)");
        }

        return dataset;
    }

    private DicomElement ReadElement(DicomTag tag, ref int position, int end, Encoding encoding)
    {
        var elementStart = position;
        var (vr, length) = ReadVrAndLength(tag, ref position, end, encoding);
        if (length == UndefinedLength)
        {
            return ReadUndefinedLength(tag, vr, elementStart, ref position, end, encoding);
        }

        if (length > end - position)
        {
            throw Truncated(position, $"element {tag} {vr} declares {length} bytes but only {end - position} remain");
        }

        var valueStart = position;
        position += (int)length;
        if (vr == DicomVr.SQ)
        {
            return new DicomElement(tag, vr, ReadOnlyMemory<byte>.Empty, _offsetBase + valueStart)
            {
                Items = ReadItems(valueStart, position, encoding, undefinedLength: false, out _),
            };
        }

        return new DicomElement(tag, vr, _buffer.Slice(valueStart, (int)length), _offsetBase + valueStart);
    }

    private DicomElement ReadUndefinedLength(
        DicomTag tag, DicomVr vr, int elementStart, ref int position, int end, Encoding encoding)
    {
        var valueStart = position;
        if (tag == DicomTags.PixelData)
        {
            var fragments = ReadFragments(ref position, end, encoding);
            return new DicomElement(tag, vr, ReadOnlyMemory<byte>.Empty, _offsetBase + valueStart)
            {
                Fragments = fragments,
            };
        }

        if (vr != DicomVr.SQ && vr != DicomVr.UN)
        {
            throw Malformed(elementStart, $"element {tag} has VR {vr} with undefined length; only SQ, UN and " +
                "encapsulated pixel data may");
        }

        var itemEncoding = vr == DicomVr.UN && encoding.ExplicitVr ? Encoding.ImplicitLittleEndian : encoding;
        var items = ReadItems(position, end, itemEncoding, undefinedLength: true, out position);
        return new DicomElement(tag, DicomVr.SQ, ReadOnlyMemory<byte>.Empty, _offsetBase + valueStart)
        {
            Items = items,
        };
    }

    private List<DicomDataset> ReadItems(int start, int end, Encoding encoding, bool undefinedLength, out int position)
    {
        var items = new List<DicomDataset>();
        position = start;
        _depth++;
        while (position < end)
        {
            Require(position, 8, end, "an item header");
            var tag = ReadTag(position, encoding.BigEndian);
            var length = ReadUInt32(position + 4, encoding.BigEndian);
            position += 8;
            if (tag == DicomTags.SequenceDelimitation)
            {
                _depth--;
                return items;
            }

            if (tag != DicomTags.Item)
            {
                throw Malformed(position - 8, $"expected a sequence item, found tag {tag}");
            }

            if (length == UndefinedLength)
            {
                items.Add(Parse(position, end, encoding, out position, untilItemDelimiter: true));
                continue;
            }

            if (length > end - position)
            {
                throw Truncated(position, $"sequence item declares {length} bytes but only {end - position} remain");
            }

            var itemEnd = position + (int)length;
            items.Add(Parse(position, itemEnd, encoding, out _));
            position = itemEnd;
        }

        if (undefinedLength)
        {
            throw Truncated(position, "the file ends inside a sequence of undefined length (no sequence delimiter)");
        }

        _depth--;
        return items;
    }

    private List<ReadOnlyMemory<byte>> ReadFragments(ref int position, int end, Encoding encoding)
    {
        var fragments = new List<ReadOnlyMemory<byte>>();
        while (true)
        {
            Require(position, 8, end, "a pixel data fragment header");
            var tag = ReadTag(position, encoding.BigEndian);
            var length = ReadUInt32(position + 4, encoding.BigEndian);
            position += 8;
            if (tag == DicomTags.SequenceDelimitation)
            {
                return fragments;
            }

            if (tag != DicomTags.Item || length == UndefinedLength)
            {
                throw Malformed(position - 8, $"expected a pixel data fragment, found tag {tag}");
            }

            if (length > end - position)
            {
                throw Truncated(
                    position, $"pixel data fragment declares {length} bytes but only {end - position} remain");
            }

            fragments.Add(_buffer.Slice(position, (int)length));
            position += (int)length;
        }
    }

    private (DicomVr Vr, uint Length) ReadVrAndLength(DicomTag tag, ref int position, int end, Encoding encoding)
    {
        if (!encoding.ExplicitVr)
        {
            Require(position, 8, end, $"the header of element {tag}");
            var implicitLength = ReadUInt32(position + 4, encoding.BigEndian);
            position += 8;
            return (ImplicitVrDictionary.Lookup(tag), implicitLength);
        }

        Require(position, 8, end, $"the header of element {tag}");
        var span = _buffer.Span;
        var vr = DicomVr.FromBytes(span[position + 4], span[position + 5]);
        if (!vr.IsWellFormed)
        {
            throw Malformed(
                position + 4, $"element {tag} has no valid VR (bytes 0x{vr.Code:X4}) in an explicit VR dataset");
        }

        if (!vr.HasLongLength)
        {
            var shortLength = encoding.BigEndian
                ? BinaryPrimitives.ReadUInt16BigEndian(span[(position + 6)..])
                : BinaryPrimitives.ReadUInt16LittleEndian(span[(position + 6)..]);
            position += 8;
            return (vr, shortLength);
        }

        Require(position, 12, end, $"the header of element {tag}");
        var length = ReadUInt32(position + 8, encoding.BigEndian);
        position += 12;
        return (vr, length);
    }

    private DicomTag ReadTag(int position, bool bigEndian)
    {
        var span = _buffer.Span[position..];
        return bigEndian
            ? new DicomTag(BinaryPrimitives.ReadUInt16BigEndian(span), BinaryPrimitives.ReadUInt16BigEndian(span[2..]))
            : new DicomTag(
                BinaryPrimitives.ReadUInt16LittleEndian(span), BinaryPrimitives.ReadUInt16LittleEndian(span[2..]));
    }

    private uint ReadUInt32(int position, bool bigEndian)
    {
        var span = _buffer.Span[position..];
        return bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(span) : BinaryPrimitives.ReadUInt32LittleEndian(span);
    }

    private void Require(int position, int count, int end, string what)
    {
        if (end - position < count)
        {
            throw Truncated(
                position, $"the file ends in the middle of {what} ({end - position} of {count} bytes left)");
        }
    }

    private DicomFormatException Truncated(int position, string detail) =>
        new(DicomFormatProblem.Truncated, _source, _offsetBase + position, "truncated: " + detail);

    private DicomFormatException Malformed(int position, string detail) =>
        new(DicomFormatProblem.Malformed, _source, _offsetBase + position, detail);
}
