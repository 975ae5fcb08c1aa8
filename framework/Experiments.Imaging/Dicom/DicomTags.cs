namespace Experiments.Imaging.Dicom;

/// <summary>The attributes this library reads or writes, named as in PS3.6.</summary>
public static class DicomTags
{
    public static readonly DicomTag FileMetaInformationGroupLength = new(0x0002, 0x0000);
    public static readonly DicomTag FileMetaInformationVersion = new(0x0002, 0x0001);
    public static readonly DicomTag MediaStorageSopClassUid = new(0x0002, 0x0002);
    public static readonly DicomTag MediaStorageSopInstanceUid = new(0x0002, 0x0003);
    public static readonly DicomTag TransferSyntaxUid = new(0x0002, 0x0010);
    public static readonly DicomTag ImplementationClassUid = new(0x0002, 0x0012);
    public static readonly DicomTag ImplementationVersionName = new(0x0002, 0x0013);

    public static readonly DicomTag SpecificCharacterSet = new(0x0008, 0x0005);
    public static readonly DicomTag ImageType = new(0x0008, 0x0008);
    public static readonly DicomTag SopClassUid = new(0x0008, 0x0016);
    public static readonly DicomTag SopInstanceUid = new(0x0008, 0x0018);
    public static readonly DicomTag StudyDate = new(0x0008, 0x0020);
    public static readonly DicomTag SeriesDate = new(0x0008, 0x0021);
    public static readonly DicomTag StudyTime = new(0x0008, 0x0030);
    public static readonly DicomTag SeriesTime = new(0x0008, 0x0031);
    public static readonly DicomTag AccessionNumber = new(0x0008, 0x0050);
    public static readonly DicomTag Modality = new(0x0008, 0x0060);
    public static readonly DicomTag Manufacturer = new(0x0008, 0x0070);
    public static readonly DicomTag ReferringPhysicianName = new(0x0008, 0x0090);
    public static readonly DicomTag StudyDescription = new(0x0008, 0x1030);
    public static readonly DicomTag SeriesDescription = new(0x0008, 0x103E);
    public static readonly DicomTag ManufacturerModelName = new(0x0008, 0x1090);

    public static readonly DicomTag PatientName = new(0x0010, 0x0010);
    public static readonly DicomTag PatientId = new(0x0010, 0x0020);
    public static readonly DicomTag PatientBirthDate = new(0x0010, 0x0030);
    public static readonly DicomTag PatientSex = new(0x0010, 0x0040);

    public static readonly DicomTag SliceThickness = new(0x0018, 0x0050);
    public static readonly DicomTag KilovoltagePeak = new(0x0018, 0x0060);
    public static readonly DicomTag GantryDetectorTilt = new(0x0018, 0x1120);
    public static readonly DicomTag PatientPosition = new(0x0018, 0x5100);

    public static readonly DicomTag StudyInstanceUid = new(0x0020, 0x000D);
    public static readonly DicomTag SeriesInstanceUid = new(0x0020, 0x000E);
    public static readonly DicomTag StudyId = new(0x0020, 0x0010);
    public static readonly DicomTag SeriesNumber = new(0x0020, 0x0011);
    public static readonly DicomTag InstanceNumber = new(0x0020, 0x0013);
    public static readonly DicomTag ImagePositionPatient = new(0x0020, 0x0032);
    public static readonly DicomTag ImageOrientationPatient = new(0x0020, 0x0037);
    public static readonly DicomTag FrameOfReferenceUid = new(0x0020, 0x0052);
    public static readonly DicomTag PositionReferenceIndicator = new(0x0020, 0x1040);
    public static readonly DicomTag SliceLocation = new(0x0020, 0x1041);

    public static readonly DicomTag SamplesPerPixel = new(0x0028, 0x0002);
    public static readonly DicomTag PhotometricInterpretation = new(0x0028, 0x0004);
    public static readonly DicomTag NumberOfFrames = new(0x0028, 0x0008);
    public static readonly DicomTag Rows = new(0x0028, 0x0010);
    public static readonly DicomTag Columns = new(0x0028, 0x0011);
    public static readonly DicomTag PixelSpacing = new(0x0028, 0x0030);
    public static readonly DicomTag BitsAllocated = new(0x0028, 0x0100);
    public static readonly DicomTag BitsStored = new(0x0028, 0x0101);
    public static readonly DicomTag HighBit = new(0x0028, 0x0102);
    public static readonly DicomTag PixelRepresentation = new(0x0028, 0x0103);
    public static readonly DicomTag WindowCenter = new(0x0028, 0x1050);
    public static readonly DicomTag WindowWidth = new(0x0028, 0x1051);
    public static readonly DicomTag RescaleIntercept = new(0x0028, 0x1052);
    public static readonly DicomTag RescaleSlope = new(0x0028, 0x1053);
    public static readonly DicomTag RescaleType = new(0x0028, 0x1054);
    public static readonly DicomTag ModalityLutSequence = new(0x0028, 0x3000);

    public static readonly DicomTag PixelData = new(0x7FE0, 0x0010);

    public static readonly DicomTag Item = new(0xFFFE, 0xE000);
    public static readonly DicomTag ItemDelimitation = new(0xFFFE, 0xE00D);
    public static readonly DicomTag SequenceDelimitation = new(0xFFFE, 0xE0DD);
}
