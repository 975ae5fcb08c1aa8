namespace Experiments.Imaging.Dicom.PixelData.Jpeg;

/// <summary>
/// A JPEG Huffman table (ITU T.81 Annex C / F.2.2.3) decoding difference categories, with an
/// 8-bit lookup for the short codes that make up most of a lossless stream.
/// </summary>
internal sealed class HuffmanTable
{
    private const int LookupBits = 8;

    private readonly int[] _maxCode = new int[18];
    private readonly int[] _valueOffset = new int[17];
    private readonly byte[] _values;
    private readonly byte[] _lookupLength = new byte[1 << LookupBits];
    private readonly byte[] _lookupValue = new byte[1 << LookupBits];

    /// <param name="counts">BITS: the number of codes of each length 1..16.</param>
    /// <param name="values">HUFFVAL: the symbols in code order.</param>
    public HuffmanTable(ReadOnlySpan<byte> counts, byte[] values)
    {
        _values = values;
        var code = 0;
        var index = 0;
        for (var length = 1; length <= 16; length++)
        {
            var count = counts[length - 1];
            _valueOffset[length] = index - code;
            _maxCode[length] = count > 0 ? code + count - 1 : -1;
            for (var n = 0; n < count && length <= LookupBits; n++)
            {
                var first = (code + n) << (LookupBits - length);
                for (var fill = 0; fill < 1 << (LookupBits - length); fill++)
                {
                    _lookupLength[first + fill] = (byte)length;
                    _lookupValue[first + fill] = values[index + n];
                }
            }

            code = (code + count) << 1;
            index += count;
        }

        _maxCode[17] = int.MaxValue;
    }

    /// <summary>Decodes one symbol; -1 when the bits match no code.</summary>
    public int Decode(JpegBitReader bits)
    {
        var peek = bits.Peek(LookupBits);
        var length = _lookupLength[peek];
        if (length > 0)
        {
            bits.Skip(length);
            return _lookupValue[peek];
        }

        var code = bits.Read(LookupBits);
        for (length = LookupBits + 1; length <= 16; length++)
        {
            code = (code << 1) | bits.Read(1);
            if (code <= _maxCode[length])
            {
                return _values[_valueOffset[length] + code];
            }
        }

        return -1;
    }
}
