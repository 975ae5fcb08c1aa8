namespace Experiments.Imaging.Dicom.Series;

/// <summary>Something irregular about a series, with the files it concerns.</summary>
public sealed record SeriesIssue(SeriesIssueKind Kind, string Message, IReadOnlyList<string> Files)
{
    public override string ToString() => Files.Count == 0 ? Message : $"{Message} [{string.Join(", ", Files)}]";
}
