namespace Experiments.Imaging.Dicom.Series;

/// <summary>A folder or series that cannot become a volume: empty, ambiguous, or refused by policy.</summary>
public sealed class DicomSeriesException : Exception
{
    public DicomSeriesException(string folder, string detail, IReadOnlyList<SeriesIssue>? issues = null)
        : base($"{folder}: {detail}")
    {
        Folder = folder;
        Issues = issues ?? [];
    }

    public string Folder { get; }

    public IReadOnlyList<SeriesIssue> Issues { get; }
}
