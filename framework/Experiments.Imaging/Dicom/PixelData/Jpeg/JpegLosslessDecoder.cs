namespace Experiments.Imaging.Dicom.PixelData.Jpeg;

/// <summary>
/// Decodes a greyscale lossless JPEG (ITU T.81 process 14, Huffman coded) with any of the seven
/// predictors, restart intervals and a point transform, into P-bit sample values.
/// </summary>
internal static class JpegLosslessDecoder
{
    /// <summary>Decodes <paramref name="data"/> into <paramref name="destination"/> (row-major samples).</summary>
    public static void Decode(byte[] data, int rows, int columns, Span<int> destination, Func<string, Exception> error)
    {
        var frame = JpegLosslessHeaderReader.Read(data, error);
        if (frame.Lines != rows || frame.SamplesPerLine != columns)
        {
            throw error($"the JPEG frame is {frame.SamplesPerLine} x {frame.Lines}, the DICOM image " +
                $"{columns} x {rows}");
        }

        var table = frame.Tables[frame.TableIndex]!;
        var bits = new JpegBitReader(data, frame.ScanStart);
        var previous = new int[columns];
        var current = new int[columns];
        var defaultPrediction = 1 << (frame.Precision - frame.PointTransform - 1);
        var firstLineLeft = columns;
        var untilRestart = frame.RestartInterval;
        for (var y = 0; y < rows; y++)
        {
            for (var x = 0; x < columns; x++)
            {
                if (frame.RestartInterval > 0 && untilRestart-- == 0)
                {
                    if (!bits.SkipRestartMarker())
                    {
                        throw error($"a restart marker is missing before sample ({x}, {y}) of the JPEG stream");
                    }

                    untilRestart = frame.RestartInterval - 1;
                    firstLineLeft = columns;
                }

                var prediction = firstLineLeft == columns ? defaultPrediction
                    : x == 0 ? previous[0]
                    : firstLineLeft > 0 ? current[x - 1]
                    : Predict(frame.Predictor, current[x - 1], previous[x], previous[x - 1]);
                firstLineLeft = Math.Max(0, firstLineLeft - 1);
                current[x] = (prediction + ReadDifference(table, bits, x, y, error)) & 0xFFFF;
                destination[y * columns + x] = current[x] << frame.PointTransform;
            }

            (previous, current) = (current, previous);
        }

        if (bits.ConsumedPaddingBits > 0)
        {
            throw error($"the JPEG stream ends {bits.ConsumedPaddingBits} bits before its last sample");
        }
    }

    private static int Predict(int predictor, int a, int b, int c) => predictor switch
    {
        1 => a,
        2 => b,
        3 => c,
        4 => a + b - c,
        5 => a + ((b - c) >> 1),
        6 => b + ((a - c) >> 1),
        _ => (a + b) >> 1,
    };

    /// <summary>A difference: category SSSS from the table, then SSSS extra bits (T.81 H.1.2.2).</summary>
    private static int ReadDifference(
        HuffmanTable table, JpegBitReader bits, int x, int y, Func<string, Exception> error)
    {
        var category = table.Decode(bits);
        switch (category)
        {
            case 0:
                return 0;
            case 16:
                return 32768;
            case < 0 or > 16:
                throw error($"an invalid Huffman code at sample ({x}, {y}) of the JPEG stream");
        }

        var value = bits.Read(category);
        return value < 1 << (category - 1) ? value - (1 << category) + 1 : value;
    }
}
