namespace Experiments.Imaging.Dicom;

/// <summary>Well-known UIDs: SOP classes and transfer syntaxes (PS3.6 Annex A).</summary>
public static class DicomUids
{
    public const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    public const string ImplicitVrLittleEndian = "1.2.840.10008.1.2";
    public const string ExplicitVrLittleEndian = "1.2.840.10008.1.2.1";
    public const string DeflatedExplicitVrLittleEndian = "1.2.840.10008.1.2.1.99";
    public const string ExplicitVrBigEndian = "1.2.840.10008.1.2.2";
    public const string JpegBaseline = "1.2.840.10008.1.2.4.50";
    public const string JpegExtended = "1.2.840.10008.1.2.4.51";
    public const string JpegLosslessProcess14 = "1.2.840.10008.1.2.4.57";
    public const string JpegLosslessProcess14Sv1 = "1.2.840.10008.1.2.4.70";
    public const string JpegLsLossless = "1.2.840.10008.1.2.4.80";
    public const string JpegLsNearLossless = "1.2.840.10008.1.2.4.81";
    public const string Jpeg2000Lossless = "1.2.840.10008.1.2.4.90";
    public const string Jpeg2000 = "1.2.840.10008.1.2.4.91";
    public const string RleLossless = "1.2.840.10008.1.2.5";

    /// <summary>This library's implementation class UID, under the UUID-derived 2.25 root.</summary>
    public const string ImplementationClass = "2.25.190813370585735284931538409526398627441";
}
