namespace Experiments.Imaging.Dicom.Series;

/// <summary>Chooses the series to read: the one asked for, else the CT series with the most slices.</summary>
public static class SeriesSelector
{
    public static SeriesGroup Select(FolderScan scan, string? seriesInstanceUid)
    {
        if (scan.Series.Count == 0)
        {
            throw new DicomSeriesException(scan.Folder, scan.Skipped.Count == 0
                ? "the folder holds no files; expected the DICOM files of one CT series"
                : $"none of its {scan.Skipped.Count} files is a DICOM image slice: " +
                  string.Join("; ", scan.Skipped.Take(5).Select(s => $"{Path.GetFileName(s.Path)} ({s.Reason})")));
        }

        var candidates = seriesInstanceUid is null
            ? scan.Series.Where(s => s.Modality == "CT").ToList()
            : scan.Series.Where(s => s.SeriesInstanceUid == seriesInstanceUid).ToList();
        if (candidates.Count == 0)
        {
            var wanted = seriesInstanceUid is null ? "no CT series" : $"no series with UID {seriesInstanceUid}";
            throw new DicomSeriesException(scan.Folder, $"{wanted}; found: {Describe(scan.Series)}");
        }

        var most = candidates.Max(s => s.Slices.Count);
        var largest = candidates.Where(s => s.Slices.Count == most).ToList();
        if (largest.Count > 1)
        {
            var remedy = seriesInstanceUid is null
                ? "choose one by its Series Instance UID"
                : "the series mixes orientations or image sizes in equal parts; split its files into folders";
            throw new DicomSeriesException(scan.Folder,
                $"{largest.Count} series have {most} slices each ({Describe(largest)}); {remedy}");
        }

        return largest[0];
    }

    private static string Describe(IEnumerable<SeriesGroup> series) => string.Join("; ", series);
}
