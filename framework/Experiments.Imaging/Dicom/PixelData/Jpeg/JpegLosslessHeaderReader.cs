using System.Buffers.Binary;

namespace Experiments.Imaging.Dicom.PixelData.Jpeg;

/// <summary>Reads the markers before a lossless JPEG scan (ITU T.81 Annex B).</summary>
internal static class JpegLosslessHeaderReader
{
    public static JpegLosslessFrame Read(byte[] data, Func<string, Exception> error)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            throw error("the JPEG stream does not start with an SOI marker (FF D8)");
        }

        var frame = new JpegLosslessFrame();
        var position = 2;
        while (true)
        {
            while (position + 1 < data.Length && data[position] == 0xFF && data[position + 1] == 0xFF)
            {
                position++;
            }

            if (position + 4 > data.Length || data[position] != 0xFF)
            {
                throw error($"expected a JPEG marker at byte {position} of the stream");
            }

            var marker = data[position + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(position + 2));
            var segment = position + 4;
            if (segment + length - 2 > data.Length)
            {
                throw error($"JPEG marker FF{marker:X2} declares {length} bytes past the end of the stream");
            }

            var body = data.AsSpan(segment, length - 2);
            switch (marker)
            {
                case 0xC3:
                    ReadFrameHeader(body, frame, error);
                    break;
                case 0xC4:
                    ReadHuffmanTables(body, frame, error);
                    break;
                case 0xDD:
                    frame.RestartInterval = BinaryPrimitives.ReadUInt16BigEndian(body);
                    break;
                case 0xDA:
                    ReadScanHeader(body, frame, error);
                    frame.ScanStart = segment + length - 2;
                    return frame;
                case >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC:
                    throw new NotSupportedException(
                        $"the JPEG stream uses SOF{marker - 0xC0} (marker FF{marker:X2}), not the lossless " +
                        "process 14 (SOF3) this decoder implements");
            }

            position = segment + length - 2;
        }
    }

    private static void ReadFrameHeader(ReadOnlySpan<byte> body, JpegLosslessFrame frame, Func<string, Exception> error)
    {
        frame.Precision = body[0];
        frame.Lines = BinaryPrimitives.ReadUInt16BigEndian(body[1..]);
        frame.SamplesPerLine = BinaryPrimitives.ReadUInt16BigEndian(body[3..]);
        frame.ComponentCount = body[5];
        if (frame.Precision is < 2 or > 16)
        {
            throw error($"JPEG lossless precision {frame.Precision} is outside 2..16");
        }
    }

    private static void ReadHuffmanTables(
        ReadOnlySpan<byte> body, JpegLosslessFrame frame, Func<string, Exception> error)
    {
        var position = 0;
        while (position < body.Length)
        {
            var index = body[position] & 0x0F;
            if (position + 17 > body.Length || index > 3)
            {
                throw error("a JPEG Huffman table (DHT) is malformed");
            }

            var counts = body.Slice(position + 1, 16);
            var total = 0;
            foreach (var count in counts)
            {
                total += count;
            }

            if (position + 17 + total > body.Length)
            {
                throw error("a JPEG Huffman table (DHT) lists more symbols than it holds");
            }

            frame.Tables[index] = new HuffmanTable(counts, body.Slice(position + 17, total).ToArray());
            position += 17 + total;
        }
    }

    private static void ReadScanHeader(ReadOnlySpan<byte> body, JpegLosslessFrame frame, Func<string, Exception> error)
    {
        var components = body[0];
        if (components != 1 || frame.ComponentCount != 1)
        {
            throw new NotSupportedException(
                $"JPEG lossless streams with {frame.ComponentCount} components are not supported; only greyscale (1)");
        }

        frame.TableIndex = body[2] >> 4;
        frame.Predictor = body[3];
        frame.PointTransform = body[5] & 0x0F;
        if (frame.Predictor is < 1 or > 7)
        {
            throw error($"JPEG lossless predictor (selection value) {frame.Predictor} is outside 1..7");
        }

        if (frame.Tables[frame.TableIndex] is null)
        {
            throw error($"the JPEG scan uses Huffman table {frame.TableIndex}, which no DHT defines");
        }
    }
}
