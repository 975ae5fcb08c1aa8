using System.Globalization;
using Experiments.Imaging.Dicom.Parsing;

namespace Experiments.Imaging.Dicom.Series;

/// <summary>
/// Reads the headers of every file in a folder and groups the image slices into series. Files
/// that are not DICOM, or DICOM without an image plane (reports, DICOMDIR), are skipped and
/// listed; a DICOM file that is broken (e.g. truncated) stops the scan with its name and offset.
/// </summary>
public static class DicomFolderScanner
{
    public static FolderScan Scan(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The DICOM folder '{folder}' does not exist.");
        }

        var slices = new List<SliceHeader>();
        var skipped = new List<SkippedFile>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var slice = TryReadSlice(path, out var reason);
            if (slice is null)
            {
                skipped.Add(new SkippedFile(path, reason!));
            }
            else
            {
                slices.Add(slice);
            }
        }

        return new FolderScan(folder, Group(slices), skipped);
    }

    private static SliceHeader? TryReadSlice(string path, out string? reason)
    {
        reason = null;
        DicomFile file;
        try
        {
            file = DicomFile.ReadHeader(path);
        }
        catch (DicomFormatException e) when (e.Problem == DicomFormatProblem.NotDicom)
        {
            reason = "not a DICOM file";
            return null;
        }

        if (!file.Dataset.Contains(DicomTags.PixelData))
        {
            reason = "DICOM without pixel data";
            return null;
        }

        var dataset = file.Dataset;
        if (!dataset.Contains(DicomTags.ImagePositionPatient) || !dataset.Contains(DicomTags.ImageOrientationPatient))
        {
            reason = "DICOM image without Image Position/Orientation (Patient), e.g. a secondary capture";
            return null;
        }

        return SliceHeader.FromDataset(file.Dataset);
    }

    private static List<SeriesGroup> Group(List<SliceHeader> slices)
    {
        var groups = new List<SeriesGroup>();
        var series = slices.GroupBy(s => s.SeriesInstanceUid ?? "").OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var bySeries in series)
        {
            var byPlane = bySeries.GroupBy(PlaneKey).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            for (var n = 0; n < byPlane.Count; n++)
            {
                var label = bySeries.Key.Length == 0 ? "(no Series Instance UID)" : bySeries.Key;
                if (byPlane.Count > 1)
                {
                    label += string.Create(
                        CultureInfo.InvariantCulture, $" [orientation/size group {n + 1}: {byPlane[n].Key}]");
                }

                var members = byPlane[n].ToList();
                groups.Add(new SeriesGroup(bySeries.Key, label, members[0].Modality, members));
            }
        }

        return groups;
    }

    /// <summary>Orientation rounded to 1e-4 and image size: slices that can share one volume.</summary>
    private static string PlaneKey(SliceHeader slice)
    {
        var (row, column) = (slice.RowDirection, slice.ColumnDirection);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Round(row.X)},{Round(row.Y)},{Round(row.Z)},{Round(column.X)},{Round(column.Y)},{Round(column.Z)} " +
            $"{slice.Columns}x{slice.Rows}");
    }

    /// <summary>Rounds to 4 decimals, folding -0 into 0 so that "-0.0000" does not split a series.</summary>
    private static string Round(double value)
    {
        var rounded = Math.Round(value, 4);
        return (rounded == 0 ? 0 : rounded).ToString("F4", CultureInfo.InvariantCulture);
    }
}
