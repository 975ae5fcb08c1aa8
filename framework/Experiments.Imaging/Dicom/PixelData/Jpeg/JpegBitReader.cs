namespace Experiments.Imaging.Dicom.PixelData.Jpeg;

/// <summary>
/// Reads the entropy-coded bits of a JPEG scan MSB first, removing stuffed zero bytes after 0xFF
/// and stopping at markers. Past the data it feeds zero bits but counts them, so a stream that
/// ends early is detected instead of decoding padding into pixels.
/// </summary>
internal sealed class JpegBitReader
{
    private readonly byte[] _data;
    private int _position;
    private ulong _buffer;
    private int _bitCount;
    private bool _atMarker;
    private int _paddingBits;

    public JpegBitReader(byte[] data, int position)
    {
        _data = data;
        _position = position;
    }

    /// <summary>Zero bits that were fed past the end of the data and then consumed.</summary>
    public int ConsumedPaddingBits => Math.Max(0, _paddingBits - _bitCount);

    public int Peek(int count)
    {
        if (_bitCount < count)
        {
            Fill();
        }

        return (int)(_buffer >> (_bitCount - count)) & ((1 << count) - 1);
    }

    public void Skip(int count) => _bitCount -= count;

    public int Read(int count)
    {
        var value = Peek(count);
        _bitCount -= count;
        return value;
    }

    /// <summary>Drops the bits left in the current byte and passes the RSTn marker that must follow.</summary>
    public bool SkipRestartMarker()
    {
        _bitCount = 0;
        _buffer = 0;
        _paddingBits = 0;
        while (_position + 1 < _data.Length && _data[_position] == 0xFF && _data[_position + 1] == 0xFF)
        {
            _position++;
        }

        var found = _position + 1 < _data.Length
            && _data[_position] == 0xFF
            && _data[_position + 1] is >= 0xD0 and <= 0xD7;
        if (found)
        {
            _position += 2;
            _atMarker = false;
        }

        return found;
    }

    private void Fill()
    {
        while (_bitCount <= 48)
        {
            _buffer = (_buffer << 8) | NextByte();
            _bitCount += 8;
        }
    }

    private byte NextByte()
    {
        if (_atMarker || _position >= _data.Length)
        {
            _paddingBits += 8;
            return 0;
        }

        var value = _data[_position];
        if (value != 0xFF)
        {
            _position++;
            return value;
        }

        if (_position + 1 < _data.Length && _data[_position + 1] == 0x00)
        {
            _position += 2;
            return 0xFF;
        }

        _atMarker = true;
        _paddingBits += 8;
        return 0;
    }
}
