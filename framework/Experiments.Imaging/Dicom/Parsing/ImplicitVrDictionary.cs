namespace Experiments.Imaging.Dicom.Parsing;

/// <summary>
/// The VRs of the attributes this library interprets, for implicit VR datasets whose elements do
/// not carry one. Everything else is kept as UN bytes, which is all a reader that skips it needs.
/// </summary>
internal static class ImplicitVrDictionary
{
    private static readonly Dictionary<DicomTag, DicomVr> Vrs = new()
    {
        [DicomTags.SamplesPerPixel] = DicomVr.US,
        [DicomTags.Rows] = DicomVr.US,
        [DicomTags.Columns] = DicomVr.US,
        [DicomTags.BitsAllocated] = DicomVr.US,
        [DicomTags.BitsStored] = DicomVr.US,
        [DicomTags.HighBit] = DicomVr.US,
        [DicomTags.PixelRepresentation] = DicomVr.US,
        [DicomTags.PixelData] = DicomVr.OW,
    };

    public static DicomVr Lookup(DicomTag tag) =>
        Vrs.TryGetValue(tag, out var vr) ? vr : tag.Element == 0 ? DicomVr.UL : DicomVr.UN;
}
