namespace Experiments.Imaging.Dicom.Series;

/// <summary>The image series found in a folder and the files that were not image slices.</summary>
public sealed record FolderScan(string Folder, IReadOnlyList<SeriesGroup> Series, IReadOnlyList<SkippedFile> Skipped);
