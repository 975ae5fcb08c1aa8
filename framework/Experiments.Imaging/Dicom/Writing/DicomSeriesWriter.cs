using System.Buffers.Binary;
using System.Globalization;
using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Dicom.Writing;

/// <summary>
/// Writes a Hounsfield-unit volume as a CT Image Storage series, one explicit VR little endian
/// file per slice with signed (or, when asked, unsigned) 16-bit pixels. The volume's RAS geometry
/// becomes DICOM's LPS.
/// </summary>
public static class DicomSeriesWriter
{
    /// <summary>Writes the slices as <c>slice-0001.dcm</c>... into <paramref name="folder"/>.</summary>
    /// <returns>The written files, in slice order (k = 0 first).</returns>
    public static IReadOnlyList<string> Write(string folder, Volume hu, CtSeriesDescription description)
    {
        ArgumentNullException.ThrowIfNull(hu);
        ArgumentNullException.ThrowIfNull(description);
        if (description.RescaleSlope == 0 || !double.IsFinite(description.RescaleSlope))
        {
            throw new ArgumentException(
                $"RescaleSlope must be a finite non-zero number, got {description.RescaleSlope}.", nameof(description));
        }

        if (hu.Size.X > ushort.MaxValue || hu.Size.Y > ushort.MaxValue)
        {
            throw new ArgumentException(
                $"A DICOM image has at most 65535 rows and columns, got {hu.Size}.", nameof(hu));
        }

        Directory.CreateDirectory(folder);
        var uids = new DicomUidGenerator(description.UidSeed);
        var shared = new SeriesUids(
            description.StudyInstanceUid ?? uids.Create("study"),
            description.SeriesInstanceUid ?? uids.Create("series"),
            uids.Create("frame-of-reference"));
        var files = new List<string>(hu.Size.Z);
        for (var k = 0; k < hu.Size.Z; k++)
        {
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"slice-{k + 1:D4}.dcm"));
            var sopInstanceUid = uids.Create(string.Create(CultureInfo.InvariantCulture, $"instance/{k}"));
            var dataset = BuildSlice(hu, k, description, shared, sopInstanceUid);
            Part10FileWriter.Write(path, DicomUids.CtImageStorage, sopInstanceUid, dataset);
            files.Add(path);
        }

        return files;
    }

    private static ExplicitLittleEndianDataset BuildSlice(
        Volume hu, int k, CtSeriesDescription description, SeriesUids shared, string sopInstanceUid)
    {
        var d = new ExplicitLittleEndianDataset();
        d.AddText(DicomTags.SpecificCharacterSet, DicomVr.CS, "ISO_IR 100");
        d.AddText(DicomTags.ImageType, DicomVr.CS, @"ORIGINAL\PRIMARY\AXIAL");
        d.AddText(DicomTags.SopClassUid, DicomVr.UI, DicomUids.CtImageStorage);
        d.AddText(DicomTags.SopInstanceUid, DicomVr.UI, sopInstanceUid);
        AddPatientStudyAndSeries(d, description, shared);
        d.AddText(DicomTags.InstanceNumber, DicomVr.IS, Invariant(k + 1));
        AddImagePlane(d, hu.Geometry, k, description);
        AddImagePixel(d, hu, k, description);
        return d;
    }

    private static void AddPatientStudyAndSeries(
        ExplicitLittleEndianDataset d, CtSeriesDescription description, SeriesUids shared)
    {
        var date = description.StudyDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var time = description.StudyTime.ToString("HHmmss", CultureInfo.InvariantCulture);
        d.AddText(DicomTags.StudyDate, DicomVr.DA, date);
        d.AddText(DicomTags.SeriesDate, DicomVr.DA, date);
        d.AddText(DicomTags.StudyTime, DicomVr.TM, time);
        d.AddText(DicomTags.SeriesTime, DicomVr.TM, time);
        d.AddText(DicomTags.AccessionNumber, DicomVr.SH, "");
        d.AddText(DicomTags.Modality, DicomVr.CS, "CT");
        d.AddText(DicomTags.Manufacturer, DicomVr.LO, description.Manufacturer);
        d.AddText(DicomTags.ReferringPhysicianName, DicomVr.PN, "");
        d.AddText(DicomTags.StudyDescription, DicomVr.LO, description.StudyDescription);
        d.AddText(DicomTags.SeriesDescription, DicomVr.LO, description.SeriesDescription);
        d.AddText(DicomTags.ManufacturerModelName, DicomVr.LO, description.ManufacturerModelName);
        d.AddText(DicomTags.PatientName, DicomVr.PN, description.PatientName);
        d.AddText(DicomTags.PatientId, DicomVr.LO, description.PatientId);
        d.AddText(DicomTags.PatientBirthDate, DicomVr.DA, "");
        d.AddText(DicomTags.PatientSex, DicomVr.CS, "O");
        d.AddText(DicomTags.KilovoltagePeak, DicomVr.DS, "120");
        d.AddText(DicomTags.PatientPosition, DicomVr.CS, "HFS");
        d.AddText(DicomTags.StudyInstanceUid, DicomVr.UI, shared.Study);
        d.AddText(DicomTags.SeriesInstanceUid, DicomVr.UI, shared.Series);
        d.AddText(DicomTags.StudyId, DicomVr.SH, "1");
        d.AddText(DicomTags.SeriesNumber, DicomVr.IS, Invariant(description.SeriesNumber));
        d.AddText(DicomTags.FrameOfReferenceUid, DicomVr.UI, shared.FrameOfReference);
        d.AddText(DicomTags.PositionReferenceIndicator, DicomVr.LO, "");
    }

    private static void AddImagePlane(
        ExplicitLittleEndianDataset d, VolumeGeometry geometry, int k, CtSeriesDescription description)
    {
        var row = ToLps(geometry.AxisI);
        var column = ToLps(geometry.AxisJ);
        var position = ToLps(geometry.VoxelToWorld(0, 0, k));
        d.AddText(DicomTags.ImagePositionPatient, DicomVr.DS,
            DecimalStringFormatter.Format(position.X, position.Y, position.Z));
        d.AddText(DicomTags.ImageOrientationPatient, DicomVr.DS,
            DecimalStringFormatter.Format(row.X, row.Y, row.Z, column.X, column.Y, column.Z));
        d.AddText(DicomTags.SliceLocation, DicomVr.DS, DecimalStringFormatter.Format(position.Dot(row.Cross(column))));
        d.AddText(DicomTags.SliceThickness, DicomVr.DS,
            DecimalStringFormatter.Format(description.SliceThickness ?? geometry.Spacing.Z));
        d.AddText(DicomTags.PixelSpacing, DicomVr.DS,
            DecimalStringFormatter.Format(geometry.Spacing.Y, geometry.Spacing.X));
    }

    private static void AddImagePixel(ExplicitLittleEndianDataset d, Volume hu, int k, CtSeriesDescription description)
    {
        d.AddUInt16(DicomTags.SamplesPerPixel, 1);
        d.AddText(DicomTags.PhotometricInterpretation, DicomVr.CS, "MONOCHROME2");
        d.AddUInt16(DicomTags.Rows, (ushort)hu.Size.Y);
        d.AddUInt16(DicomTags.Columns, (ushort)hu.Size.X);
        d.AddUInt16(DicomTags.BitsAllocated, 16);
        d.AddUInt16(DicomTags.BitsStored, 16);
        d.AddUInt16(DicomTags.HighBit, 15);
        d.AddUInt16(DicomTags.PixelRepresentation, (ushort)(description.UnsignedPixels ? 0 : 1));
        d.AddText(DicomTags.WindowCenter, DicomVr.DS, DecimalStringFormatter.Format(description.WindowCenter));
        d.AddText(DicomTags.WindowWidth, DicomVr.DS, DecimalStringFormatter.Format(description.WindowWidth));
        d.AddText(DicomTags.RescaleIntercept, DicomVr.DS, DecimalStringFormatter.Format(description.RescaleIntercept));
        d.AddText(DicomTags.RescaleSlope, DicomVr.DS, DecimalStringFormatter.Format(description.RescaleSlope));
        d.AddText(DicomTags.RescaleType, DicomVr.LO, "HU");
        d.Add(DicomTags.PixelData, DicomVr.OW, EncodeSlice(hu, k, description));
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static byte[] EncodeSlice(Volume hu, int k, CtSeriesDescription description)
    {
        var sliceLength = hu.Size.X * hu.Size.Y;
        var voxels = hu.Voxels.AsSpan(k * sliceLength, sliceLength);
        var bytes = new byte[sliceLength * 2];
        for (var n = 0; n < sliceLength; n++)
        {
            var stored = Math.Round((voxels[n] - description.RescaleIntercept) / description.RescaleSlope,
                MidpointRounding.AwayFromZero);
            double min = description.UnsignedPixels ? ushort.MinValue : short.MinValue;
            double max = description.UnsignedPixels ? ushort.MaxValue : short.MaxValue;
            if (!(stored >= min && stored <= max))
            {
                throw new ArgumentException(
                    $"Voxel ({n % hu.Size.X}, {n / hu.Size.X}, {k}) = {voxels[n]} HU gives stored value {stored}, " +
                    $"outside {(description.UnsignedPixels ? "unsigned" : "signed")} 16 bits with slope " +
                    $"{description.RescaleSlope} and intercept {description.RescaleIntercept}; choose another rescale.",
                    nameof(hu));
            }

            if (description.UnsignedPixels)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(n * 2), (ushort)stored);
            }
            else
            {
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(n * 2), (short)stored);
            }
        }

        return bytes;
    }

    private static Vector3D ToLps(Vector3D ras) => new(-ras.X, -ras.Y, ras.Z);

    private sealed record SeriesUids(string Study, string Series, string FrameOfReference);
}
