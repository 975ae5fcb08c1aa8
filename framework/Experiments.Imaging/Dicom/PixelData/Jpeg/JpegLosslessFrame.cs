namespace Experiments.Imaging.Dicom.PixelData.Jpeg;

/// <summary>What the headers of a lossless JPEG stream declare (SOF3, DHT, DRI, SOS).</summary>
internal sealed class JpegLosslessFrame
{
    public int Precision { get; set; }

    public int Lines { get; set; }

    public int SamplesPerLine { get; set; }

    public int ComponentCount { get; set; }

    public int RestartInterval { get; set; }

    public int Predictor { get; set; }

    public int PointTransform { get; set; }

    public int TableIndex { get; set; }

    public HuffmanTable?[] Tables { get; } = new HuffmanTable?[4];

    /// <summary>Where the entropy-coded data of the scan starts.</summary>
    public int ScanStart { get; set; }
}
