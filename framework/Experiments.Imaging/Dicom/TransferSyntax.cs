namespace Experiments.Imaging.Dicom;

/// <summary>
/// How a dataset is encoded (PS3.5 section 10): VR explicit or implicit, byte order, whether it
/// is deflated, and how its pixel data is stored.
/// </summary>
public sealed record TransferSyntax(
    string Uid, string Name, bool ExplicitVr, bool BigEndian, bool Deflated, PixelEncoding PixelEncoding)
{
    public static readonly TransferSyntax ImplicitVrLittleEndian =
        new(DicomUids.ImplicitVrLittleEndian, "Implicit VR Little Endian", false, false, false, PixelEncoding.Native);

    public static readonly TransferSyntax ExplicitVrLittleEndian =
        new(DicomUids.ExplicitVrLittleEndian, "Explicit VR Little Endian", true, false, false, PixelEncoding.Native);

    public static readonly TransferSyntax ExplicitVrBigEndian =
        new(DicomUids.ExplicitVrBigEndian, "Explicit VR Big Endian", true, true, false, PixelEncoding.Native);

    private static readonly Dictionary<string, TransferSyntax> Known = new[]
    {
        ImplicitVrLittleEndian,
        ExplicitVrLittleEndian,
        ExplicitVrBigEndian,
        new(DicomUids.DeflatedExplicitVrLittleEndian, "Deflated Explicit VR Little Endian", true, false, true,
            PixelEncoding.Native),
        new(DicomUids.RleLossless, "RLE Lossless", true, false, false, PixelEncoding.Rle),
        new(DicomUids.JpegLosslessProcess14, "JPEG Lossless, Non-Hierarchical (Process 14)", true, false, false,
            PixelEncoding.JpegLossless),
        new(DicomUids.JpegLosslessProcess14Sv1, "JPEG Lossless, Non-Hierarchical, First-Order Prediction " +
            "(Process 14, Selection Value 1)", true, false, false, PixelEncoding.JpegLossless),
        Unsupported(DicomUids.JpegBaseline, "JPEG Baseline (Process 1)"),
        Unsupported(DicomUids.JpegExtended, "JPEG Extended (Process 2 & 4)"),
        Unsupported(DicomUids.JpegLsLossless, "JPEG-LS Lossless"),
        Unsupported(DicomUids.JpegLsNearLossless, "JPEG-LS Lossy (Near-Lossless)"),
        Unsupported(DicomUids.Jpeg2000Lossless, "JPEG 2000 Image Compression (Lossless Only)"),
        Unsupported(DicomUids.Jpeg2000, "JPEG 2000 Image Compression"),
    }.ToDictionary(syntax => syntax.Uid);

    /// <summary>The syntax for a UID; an unknown UID is taken as some encapsulated, undecodable encoding.</summary>
    public static TransferSyntax FromUid(string uid) =>
        Known.TryGetValue(uid, out var syntax) ? syntax : Unsupported(uid, "an unknown transfer syntax");

    /// <summary>The commands that convert a file in this syntax to an uncompressed one we can read.</summary>
    public string ConversionHint => Uid switch
    {
        DicomUids.JpegBaseline or DicomUids.JpegExtended =>
            "`dcmdjpeg IN OUT` (dcmtk) or `gdcmconv --raw IN OUT` (gdcm)",
        DicomUids.JpegLsLossless or DicomUids.JpegLsNearLossless =>
            "`dcmdjpls IN OUT` (dcmtk) or `gdcmconv --raw IN OUT` (gdcm)",
        _ => "`gdcmconv --raw IN OUT` (gdcm)",
    };

    public override string ToString() => $"{Name} ({Uid})";

    private static TransferSyntax Unsupported(string uid, string name) =>
        new(uid, name, true, false, false, PixelEncoding.Unsupported);
}
