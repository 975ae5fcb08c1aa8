namespace Experiments.Imaging.Dicom.Writing;

/// <summary>Writes a DICOM Part 10 file: preamble, "DICM", the file meta group, then the dataset.</summary>
public static class Part10FileWriter
{
    private const string ImplementationVersion = "EXPERIMENTS_1";

    public static void Write(
        string path, string sopClassUid, string sopInstanceUid, ExplicitLittleEndianDataset dataset)
    {
        var meta = new ExplicitLittleEndianDataset();
        meta.Add(DicomTags.FileMetaInformationVersion, DicomVr.OB, [0, 1]);
        meta.AddText(DicomTags.MediaStorageSopClassUid, DicomVr.UI, sopClassUid);
        meta.AddText(DicomTags.MediaStorageSopInstanceUid, DicomVr.UI, sopInstanceUid);
        meta.AddText(DicomTags.TransferSyntaxUid, DicomVr.UI, DicomUids.ExplicitVrLittleEndian);
        meta.AddText(DicomTags.ImplementationClassUid, DicomVr.UI, DicomUids.ImplementationClass);
        meta.AddText(DicomTags.ImplementationVersionName, DicomVr.SH, ImplementationVersion);

        // The group length counts every meta element after itself, so it is computed before it is added.
        var groupLength = (uint)meta.EncodedLength;
        meta.AddUInt32(DicomTags.FileMetaInformationGroupLength, groupLength);

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        stream.Write(new byte[128]);
        stream.Write("DICM"u8);
        meta.WriteTo(stream);
        dataset.WriteTo(stream);
    }
}
